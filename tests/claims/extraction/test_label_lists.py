"""Numbers in a list that names numbered things are labels (`label_lists.is_list_label`)."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The flooding hit Zones 3 (Riverside), 4 (Old Town), 7 (Harbour) and 9 (Hillcrest).", []),
        ("He was convicted on counts 2, 5, 6 and 11 of the indictment.", []),
        ("Three bus routes were suspended (14, 22 and 31) after the storm.", ["Three bus routes"]),
        ("The agency shut articles 4, 9 and 12 of the old law down.", []),
        # Round 31: the singular some copy keeps before a list of labels.
        ("The council said 212 homes were flooded in district 2, 4, 6, 8 and Eastgate.", ["212 homes"]),
        ("Repairs were reported in zone 3, 10, 11, 12 and the port area.", []),
    ],
)
def test_a_list_of_labels_is_no_figure(text, kept):
    assert [c.quote for c in extract_figures(text)] == kept


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Turnout was 30, 40 and 50 percent in the three rounds.", {30, 40, 50}),
        ("The district recorded 45 deaths, 30 of them children, 12 of them women.", {45, 30, 12}),
        ("Two ferries carried passengers (120, 95 and 80) on Sunday.", {120, 95, 80}),
    ],
)
def test_a_list_of_counts_stays(text, values):
    assert values <= {int(c.value) for c in extract_figures(text)}
