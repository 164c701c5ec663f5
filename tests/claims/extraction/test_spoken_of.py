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


def test_each_speaker_of_a_with_phrase_keeps_its_own_figure():
    # "with X reporting N and Y estimating M": an active participle names its speaker, and the later speaker
    # gives none of the earlier figure.
    text = (
        "The toll climbed on Friday in the valley, with a rights group reporting 14 villagers killed "
        "and the Red Cross estimating more than 3,100 people have died since June."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["more than 3,100 people"] == "the Red Cross"
    assert origins["14 villagers"] != "the Red Cross"
