"""Tests for `claims.extraction.sentences`: splitting with exact offsets."""

from claims.extraction.sentences import split_sentences, unwrap_lines


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
