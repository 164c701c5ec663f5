"""Tests for `claims.extraction.quote_tags`: a quotation closed by a tag with any verb (invented texts)."""

from claims.extraction import extract_figures


def test_a_quotation_closed_by_a_name_and_an_unlisted_verb_is_that_name_s():
    text = '"The count of the six districts cannot change the final tally of 40 seats," Maria Lenz assured.'
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["40 seats"] == "Maria Lenz"


def test_a_quotation_tag_with_a_time_after_the_verb_is_still_a_tag():
    text = '"We expect 300 new trucks by March," the cooperative chairman cautioned on Monday.'
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["300 new trucks"] != "Wire"


def test_a_verb_with_an_object_after_the_quotation_is_no_tag():
    # The verb takes an object ("promised the crowd …"): the shape is no closing tag, and nothing changes.
    text = '"We will win," Lenz promised the crowd of 4,000 supporters.'
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["4,000 supporters"] == "Wire"


def test_a_reported_statement_closed_by_a_pronoun_and_an_unlisted_verb_is_the_pronoun_s():
    text = (
        '"Our harbour is the busiest in the region," Port Director Elsa Brandt said on Friday. '
        "Cargo rose by 12 percent this year, she highlighted."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["12 percent"] == "Port Director Elsa Brandt"


def test_a_pronoun_after_an_opening_subordinate_clause_is_no_tag():
    text = '"We will grow," Port Director Elsa Brandt said. After cargo fell by 12 percent, she resigned.'
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["12 percent"] == "Wire"


def test_a_name_with_its_role_in_commas_closes_a_quotation_opened_a_sentence_before():
    text = (
        '"Nine of the 20 coaches of the train derailed early morning. The injured have been taken to hospitals," '
        "Ravi Das, divisional railway manager, said."
    )
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert found == [("Nine of the 20 coaches", "Ravi Das"), ("20 coaches", "Ravi Das")]


def test_a_question_closed_by_an_inverted_tag_with_an_unlisted_verb_is_the_name_s():
    # "…?” asks Leader Ana Ruiz.": the verb before the name after a quotation is a tag whatever the verb is; the
    # quotation that opens the next paragraph goes on in her words.
    text = (
        "“Why should anyone believe the forecast now?” asks Greens Leader Ana Ruiz.\n\n"
        "“Spending on interest has risen by $2.1 billion since December.”"
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Party Press")}
    assert origins["$2.1 billion"] == "Greens Leader Ana Ruiz"


def test_an_inverted_verb_followed_by_lowercase_words_is_no_tag():
    text = "“We lost,” writes nothing about the 40 seats."
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["40 seats"] == "Wire"


def test_a_long_speaker_described_after_an_inverted_tag_speaks_the_quotation():
    # "…,” said <a long title and name> on condition of anonymity …": right after a closed quotation the words
    # after the verb are its subject, up to what describes the occasion; the sentences before are theirs too.
    text = (
        "“The bridge was closed at dawn. Some 240 cars were turned back. The road stays shut,” said a regional "
        "transport officer in Kalmar on condition of anonymity because he was not cleared to speak.\n\n"
        "“Turnout reached 61 percent. We are pleased,” said Harbour Mayor and deputy party chair Lena Ostrova "
        "while opening the count."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["Some 240 cars"] == "a regional transport officer in Kalmar"
    assert origins["61 percent"] == "Harbour Mayor and deputy party chair Lena Ostrova"


def test_a_sentence_after_a_closed_quotation_and_a_verb_with_no_speaker_is_no_tag():
    text = "“It will pass,” said. Some 240 cars were turned back that day."
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["Some 240 cars"] == "Wire"
