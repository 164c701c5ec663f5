"""Tests for `claims.extraction.spoken_of`: words before a verb of speech that hold no speaker (invented texts)."""

from claims.extraction import extract_figures


def test_a_noun_before_a_pronoun_that_speaks_is_spoken_of_not_a_speaker():
    # "an incident it said killed …": a relative clause without "that"; "it" speaks, never "an incident".
    text = (
        "The coast guard said 40 boats were stopped on Monday. "
        "A patrol fired on a boat, an incident it said killed 3 smugglers."
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][-1] == (
        "3 smugglers",
        "The coast guard",
    )


def test_a_phrase_opened_by_with_is_no_speaker():
    # "With two more deaths reported from …": an absolute phrase; its participle has no speaker.
    text = "With three more deaths reported from Norden county, the toll from the storm rose to 47 on Sunday."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][-1] == ("47", "Wire")
