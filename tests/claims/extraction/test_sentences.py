"""Tests for `claims.extraction.sentences`: splitting with exact offsets."""

from claims.extraction import extract_figures
from claims.extraction import sentences as sentences_module
from claims.extraction.sentences import BOUNDARY, MAX_SENTENCE_LENGTH, split_sentences, unwrap_lines


def test_offsets_point_back_into_the_text():
    text = "First one here. Second, with 1.5 million. \n\nThird line\nFourth?  Yes."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "First one here.", "Second, with 1.5 million.", "Third line", "Fourth?", "Yes.",
    ]  # fmt: skip
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Joseph R. Biden Jr. imposed sanctions on U.S. firms at 5 p.m. on Friday. Gen. Lee said so."
    assert [s.text for s in split_sentences(text)] == [
        "Joseph R. Biden Jr. imposed sanctions on U.S. firms at 5 p.m. on Friday.",
        "Gen. Lee said so.",
    ]


def test_initials_written_together_do_not_end_sentences():
    text = "A bench of Justices R.K. Mehta and H.L. Dutt cut the fine to 10,000 rupees. The court rose."
    assert [s.text for s in split_sentences(text)] == [
        "A bench of Justices R.K. Mehta and H.L. Dutt cut the fine to 10,000 rupees.",
        "The court rose.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = "'We will win.' The crowd cheered."
    assert [s.text for s in split_sentences(text)] == ["'We will win.'", "The crowd cheered."]


def test_lowercase_after_a_full_stop_does_not_split():
    assert len(split_sentences("The vote was 52 vs. 48 in the end.")) == 1


def test_a_run_without_a_sentence_end_is_cut_at_spaces_under_the_cap():
    """A table pasted as text, or "12,000 troops, " × 13,000: one sentence of 195 KB made
    reading its figures quadratic. Pieces are at most MAX_SENTENCE_LENGTH, cut at spaces."""
    text = "12,000 troops, " * 1000 + "The end."
    sentences = split_sentences(text)
    assert all(len(sentence.text) <= MAX_SENTENCE_LENGTH for sentence in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(s.end == len(text) or text[s.end] == " " for s in sentences)  # cut between words
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_a_word_longer_than_the_cap_is_cut_inside():
    text = "x" * (2 * MAX_SENTENCE_LENGTH + 5)
    assert [len(s.text) for s in split_sentences(text)] == [MAX_SENTENCE_LENGTH, MAX_SENTENCE_LENGTH, 5]


def test_a_run_of_full_stops_is_one_candidate_boundary():
    """The boundary pattern was tried from every mark of a run ("." × 199,000 never answered):
    it starts only at the run's first mark now, and finds the same boundaries."""
    assert BOUNDARY.match("... Next", 1) is None and BOUNDARY.match("... Next", 0).group() == "..."
    text = "." * 200_000 + " Done."
    assert [s.text for s in split_sentences(text)] == ["." * MAX_SENTENCE_LENGTH] * 200 + ["Done."]


def test_abbreviation_checks_look_only_a_short_way_back(monkeypatch):
    """Each full stop once searched the whole line before it for the word it ends."""
    searched = []
    pattern = sentences_module.WORD_BEFORE

    class Recording:
        def search(self, text, start, end):
            searched.append(end - start)
            return pattern.search(text, start, end)

    monkeypatch.setattr(sentences_module, "WORD_BEFORE", Recording())
    split_sentences("It rose by 4 p.m. after Gen. Smith spoke. " * 2000)
    assert searched and max(searched) <= sentences_module.WORD_WINDOW


def test_hard_wrapped_wire_copy_is_unwrapped_without_moving_offsets():
    text = (
        "LIMA, May 3 Rescue teams were still searching on Friday\n"
        "for survivors after landslides that buried about\n"
        "1,200 homes, regional officials said.\n"
        "Roads in the north of the region reopened on Saturday and\n"
        "* Exports rose by a modest amount in the last quarter to\n"
        "310 million soles"
    )
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert "buried about 1,200 homes, regional officials said.\nRoads" in unwrapped
    assert "Saturday and\n* Exports" in unwrapped
    assert "last quarter to 310 million" in unwrapped


def test_headlines_and_short_lines_keep_their_line_breaks():
    text = "Floods sweep the delta\nAt least 18 people died.\nRelated\nPorts closed"
    assert unwrap_lines(text) == text


def test_a_company_suffix_ends_the_sentence_before_a_sentence_opener():
    text = "It was run by Baxter and Lowe, Inc. The survey shows 40% agree. Acme Inc. said so."
    assert [s.text for s in split_sentences(text)] == [
        "It was run by Baxter and Lowe, Inc.",
        "The survey shows 40% agree.",
        "Acme Inc. said so.",
    ]


def test_a_currency_written_with_a_full_stop_does_not_end_the_sentence():
    # "Rs. 2.50", "Rp. 15,200", "Tk. 900": the stop abbreviates the currency before its amount.
    text = "The board paid Rs. 2.50 a share and Tk. 900 each. The rupiah held at Rp. 15,200 on Monday."
    assert [s.text for s in split_sentences(text)] == [
        "The board paid Rs. 2.50 a share and Tk. 900 each.",
        "The rupiah held at Rp. 15,200 on Monday.",
    ]
    # Without an amount after it the stop still ends the sentence.
    assert len(split_sentences("They paid in Rs. The rest was dollars.")) == 2


def test_a_stop_after_metric_tonnes_can_end_the_sentence():
    # Sixteenth round: "to 1.41 mt. The ministry said …": after a number "mt" is a unit, not "Mt." (Mount).
    text = "Rice stocks fell to 2.6 mt. The agency said imports would resume. Climbers reached Mt. Kenya."
    assert [s.text for s in split_sentences(text)] == [
        "Rice stocks fell to 2.6 mt.",
        "The agency said imports would resume.",
        "Climbers reached Mt. Kenya.",
    ]


def test_a_letter_after_a_degree_sign_or_a_slash_is_no_initial():
    # "°C." is a unit and "I/B/E/S." the end of a slashed acronym: the stop after them may end the sentence.
    text = (
        "Highs reached 47 °C. The weather office warned of more heat. "
        "Analysts had expected a profit, according to the L/S/E/G. It was not clear why. Harry S. Truman spoke."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Highs reached 47 °C.",
        "The weather office warned of more heat.",
        "Analysts had expected a profit, according to the L/S/E/G.",
        "It was not clear why.",
        "Harry S. Truman spoke.",
    ]


def test_one_sentence_wrapped_over_short_and_long_lines_is_joined():
    # A print page wraps its opening sentence on a short first line: no line but the last closes a sentence.
    text = (
        "THE Northern Water Board\n"
        "(NWB) has cut supplies to 3,000 homes in the eastern districts of the city\n"
        "over a burst main.\n\n"
        "Headline Of The Day\nRain fell."
    )
    unwrapped = unwrap_lines(text)
    assert unwrapped.startswith("THE Northern Water Board (NWB) has cut supplies to 3,000 homes in the eastern")
    assert "city over a burst main." in unwrapped
    assert "Headline Of The Day\nRain fell." in unwrapped


def test_a_sentence_broken_over_two_paragraphs_by_the_page_is_one_sentence():
    # A scraped page broke the sentence after "said": the lowercase "that" opening the next paragraph goes on.
    text = "Worried by the fall, the council said\n\nthat the rate could drop to 10 to 20 per cent.\n\nNext Story"
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert [s.text for s in split_sentences(unwrapped)] == [
        "Worried by the fall, the council said  that the rate could drop to 10 to 20 per cent.",
        "Next Story",
    ]
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Times")}
    assert origins["10 to 20 per cent"] == "the council"


def test_a_headline_then_a_capitalised_paragraph_stays_two_sentences():
    text = "Toll rises to 600\n\nThe death toll rose on Monday."
    assert [s.text for s in split_sentences(unwrap_lines(text))] == [
        "Toll rises to 600",
        "The death toll rose on Monday.",
    ]


def test_a_sentence_broken_by_one_line_break_keeps_its_speaker():
    # "The cooperative also said it had sold\nsix million bottles": a break after a lowercase word or a comma,
    # before a lowercase word or a figure, is inside a sentence; the figures after it keep the speaker before it.
    text = (
        "Sales rose 4 percent.\nThe cooperative also said it had sold\nsix million bottles since the launch, and "
        "losses shrank to $9 million.\n\nAccording to the port authority, 40.7 percent of\nthe cargo was grain, "
        "11.8 percent coal."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Daily")}
    assert origins["six million bottles"] == "The cooperative"
    assert origins["$9 million"] == "The cooperative"
    assert origins["11.8 percent"] == "the port authority"


def test_a_numbered_list_after_a_line_with_no_stop_keeps_its_line_breaks():
    text = "The plan covers\n1. new roads\n2. schools"
    assert unwrap_lines(text) == text
