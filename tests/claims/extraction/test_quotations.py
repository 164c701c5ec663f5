"""Tests for `claims.extraction.quotations`: quotations over sentences and paragraphs."""

from claims.extraction import extract_figures
from claims.extraction.quotations import Quotations, quotation_spans


def test_a_quotation_continued_in_a_new_paragraph_is_one_span():
    text = "“We lost it all.\n\n“Nothing is left,” she said.\n\nNext."
    [span] = quotation_spans(text)
    assert text[span[0] : span[1]] == "“We lost it all.\n\n“Nothing is left,”"


def test_straight_quotes_alternate_and_an_unclosed_paragraph_closes_at_its_end():
    text = 'He said "yes" and "no".\n\n"Open quote here\n\nPlain text.'
    assert [text[a:b] for a, b in quotation_spans(text)] == ['"yes"', '"no"', '"Open quote here']


def test_lookup_by_position():
    quotations = Quotations("a “bc” d")
    assert quotations.around(3) == (2, 6) and quotations.around(7) is None


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_a_quotation_over_two_sentences_belongs_to_the_speaker_after_it():
    text = "“Since March, 310 rebels were killed. Another 45 guards were hurt,” the navy said."
    assert origins(text) == [("310 rebels", "the navy"), ("Another 45 guards", "the navy")]


def test_a_quotation_continued_after_a_quoted_speaker_stays_theirs():
    text = "“It was grim,” said Mara Voss. “Then it changed.\n\n“Sixty percent recovered.”"
    assert origins(text) == [("Sixty percent", "Mara Voss")]


def test_single_line_breaks_separate_paragraphs_of_a_quotation():
    # Web copy often puts one line break between paragraphs: a quotation continued in the
    # next paragraph must not leave the marks after it paired the wrong way round.
    text = (
        'Ana Ruiz, a broker, said: "Prices are firm.\n"Buyers are back."\n'
        "Rents rose 4%.\n"
        'Tom Lee, an agent, said: "It is grim. In Leeds, rents have risen by 8.2% this year.'
    )
    candidates = {c.quote: c for c in extract_figures(text, outlet="Wire")}
    assert candidates["4%"].origin.name == "Wire"
    assert candidates["8.2%"].origin.name == "Tom Lee"


def test_a_quotation_paragraph_goes_on_with_the_speaker_who_closed_the_paragraph_before():
    text = (
        "Sales of the new line rose 14 percent in spring, Director Lena Brandt said.\n\n"
        "“Concerning exports, shipments reached 3,200 crates a month.”\n\n"
        "Rain fell on 12 days."
    )
    assert [origin for _, origin in origins(text)] == ["Director Lena Brandt", "Director Lena Brandt", "Wire"]


def test_a_quotation_inside_a_paragraph_is_not_given_to_the_previous_speaker():
    text = "Sales rose 14 percent in spring, Director Lena Brandt said. Posters read “3,200 crates a month”."
    assert [origin for _, origin in origins(text)] == ["Director Lena Brandt", "Wire"]


def test_a_quotation_paragraph_after_a_forward_speech_clause_is_that_speakers():
    text = "The harbour master said that 14 berths were closed.\n\n“We have moved 300 boats to the outer basin.”"
    assert origins(text) == [("14 berths", "The harbour master"), ("300 boats", "The harbour master")]


def test_a_document_closing_a_quotation_goes_on_speaking_the_next_quotation_paragraph():
    text = "“Over 80% of the wells were dry,” the survey concluded.\n\n“Only 12 wells met the standard.”"
    assert origins(text) == [("Over 80%", "the survey"), ("12 wells", "the survey")]


def test_first_person_speech_inside_a_quotation_is_the_quotations_speakers():
    text = (
        "Board chairman Tomas Evers met reporters on Monday. “We have published the scores of 4,200 pupils. "
        "We expect about 65 percent to pass. I have asked the schools to send their marks within 12 days,” he said."
    )
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert found == [
        ("4,200 pupils", "Tomas Evers"),
        ("about 65 percent", "Tomas Evers"),
        ("within 12 days", "Tomas Evers"),
    ]


def test_a_quotation_right_after_a_closing_tag_goes_on_in_its_speakers_words():
    text = (
        "The raid was part of a wider effort, Colonel Ray Dunn said. "
        "“That operation went on while we searched for our 16 that we lost.”"
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("16", "Colonel Ray Dunn")]
    text = (
        "The raid was part of a wider effort, Colonel Ray Dunn said. "
        "“We searched for our 16 men,” a villager told the paper."
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("16 men", "a villager")]


def test_a_paragraph_quoted_in_single_marks_goes_on_with_the_speaker_who_closed_the_one_before():
    # British copy quotes in single marks; a paragraph that is one such quotation, right after a paragraph
    # closed by a named speaker, is that speaker's (an apostrophe inside it changes nothing).
    text = (
        "‘Our fighters have seized the depot’s weapons,’ rebel spokesman Omar Haddad said.\n\n"
        "‘In the raid two fighters were killed and five others were wounded.’"
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["two fighters"] == "Omar Haddad"
    assert origins["five others"] == "Omar Haddad"


def test_a_paragraph_in_single_marks_is_one_quotation_only_when_it_closes_with_its_mark():
    text = "‘Brexit’ has cost the region 4,000 jobs, the council said.\n\nThe port’s owners hired 300 staff."
    assert [span for span in Quotations(text).spans if text[span[0]] == "‘"] == []


def test_quotation_paragraphs_in_a_row_go_on_with_the_speaker_who_opened_the_first():
    # A long statement quoted paragraph by paragraph, each closed with its mark, the speaker named only where
    # the first one opens: every following paragraph that is only a quotation is theirs.
    text = (
        "In its monthly note the board gave its figures.\n\n"
        "The chief economist said: “Output grew in May. Exports were flat.”\n\n"
        '"Imports (8.4%) rose faster than in April (6.2%)."\n\n'
        '"Services grew by 2.0% in the quarter."\n\n'
        "Shares closed 1.5% higher."
    )
    assert origins(text) == [
        ("8.4%", "The chief economist"),
        ("6.2%", "The chief economist"),
        ("2.0%", "The chief economist"),
        ("1.5%", "Wire"),
    ]


def test_a_quotation_paragraph_after_one_that_is_not_wholly_a_quotation_keeps_no_speaker():
    text = 'Posters on the wall read "No entry".\n\n"Imports rose 8.4% in April."'
    assert origins(text) == [("8.4%", "Wire")]


def test_a_statement_in_single_marks_opened_after_a_colon_goes_on_over_paragraphs():
    # British copy: "X said: 'Our …" leaves its paragraph open, and each next paragraph opens with the mark again.
    text = (
        "Crossings fell last year.\n\n"
        "A Border Agency spokeswoman said: 'Our patrols have been stepped up along the whole coast.\n\n"
        "'This work cut crossings by 28 per cent, and more than 9,000 attempts were stopped.\n\n"
        "'We will keep going.'\n\n"
        "On Monday, 140 people arrived."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Daily")}
    assert origins["28 per cent"] == "Border Agency"
    assert origins["more than 9,000 attempts"] == "Border Agency"
    assert origins["140 people"] == "Daily"


def test_an_apostrophe_opens_no_quotation():
    text = "The farmers' union said: 'Prices must rise.' Yields fell by 12 per cent, officials' data showed."
    spans = Quotations(text).spans
    assert [text[a:b] for a, b in spans] == ["'Prices must rise.'"]


def test_a_quotation_tagged_where_it_opens_keeps_its_speaker_over_ten_sentences():
    # A party's press statement quotes its leader over many short sentences, naming him once, at the top.
    sentences = " ".join(f"Item {word} went up again." for word in ("one", "two", "three", "four", "five", "six"))
    text = (
        "“The budget tells a sad story,” says Party Leader Tom Vale.\n\n"
        f"“Debt went up. {sentences} Interest went up. The peak of debt is $15 billion higher than forecast.”"
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Party Press")}
    assert origins["$15 billion"] == "Party Leader Tom Vale"
