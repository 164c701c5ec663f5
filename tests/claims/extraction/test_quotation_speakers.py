"""Tests for `claims.extraction.quotation_speakers`: who speaks a quotation that names nobody."""

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


def test_a_quotation_paragraph_after_prose_goes_on_with_the_paragraph_speaker():
    # The speaker's paragraph closes with a sentence of the writer's own; the next paragraph quotes the speaker.
    text = (
        "Orchard owner Mara Quill said frost had cost her most of the spring blossom. She keeps bees as well.\n\n"
        "“We lost about 40 per cent of the apple crop in one night.”"
    )
    assert origin_of(text, "about 40 per cent") == "Mara Quill"


def test_two_sentences_of_prose_after_the_speaker_still_go_on_with_them():
    text = (
        "The harbour master, Ivo Brandt, said the channel was dredged in May. He was speaking on Tuesday. "
        "The port reopened.\n\n"
        "“Since then 212 ships have docked.”"
    )
    assert origin_of(text, "212 ships") == "Ivo Brandt"


def test_a_quotation_paragraph_after_a_paragraph_with_no_speaker_is_the_outlets():
    text = (
        "Frost hit the valley overnight. Orchards were white by dawn.\n\n"
        "“We lost about 40 per cent of the apple crop in one night.”"
    )
    assert origin_of(text, "about 40 per cent") == "Wire"


def test_the_walk_back_stops_at_the_paragraph_start():
    text = (
        "Orchard owner Mara Quill said frost had hit.\n\n"
        "The valley is cold. Orchards were white by dawn.\n\n"
        "“We lost about 40 per cent of the apple crop in one night.”"
    )
    assert origin_of(text, "about 40 per cent") == "Wire"
