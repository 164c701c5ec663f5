"""Tests for `claims.extraction.sentences`: splitting with exact offsets."""

from claims.extraction.sentences import split_sentences


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


def test_closing_quotes_stay_with_their_sentence():
    text = "'We will win.' The crowd cheered."
    assert [s.text for s in split_sentences(text)] == ["'We will win.'", "The crowd cheered."]


def test_lowercase_after_a_full_stop_does_not_split():
    assert len(split_sentences("The vote was 52 vs. 48 in the end.")) == 1
