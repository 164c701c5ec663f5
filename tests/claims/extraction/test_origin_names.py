"""Tests for `claims.extraction.origin_names`: when an extracted speaker names the annotator's."""

from claims.extraction import ChainLink, SpeakerDirectory, extract_figures
from claims.extraction.origin_names import origin_matches

DIRECTORY = SpeakerDirectory([(3, "Ukrainian Air Force", ["the air force"])])


def test_origin_matches_by_name_alias_or_containment():
    [candidate] = extract_figures("About 40 jets were lost, the air force said.", outlet="Wire", speakers=DIRECTORY)
    assert origin_matches(candidate.origin, "Ukrainian Air Force")
    assert origin_matches(candidate.origin, "The Air Force")
    assert not origin_matches(candidate.origin, "Wire")
    assert not origin_matches(None, "Wire")
    assert origin_matches(None, None)


def test_an_origin_names_the_same_body_by_its_words_or_a_surname():
    link = ChainLink(name="Security officials in the northern district", verb="said", role="origin")
    assert origin_matches(link, "security officials in the district")
    assert origin_matches(ChainLink(name="Okafor", verb="said", role="origin"), "Finance Minister Ada Okafor")
    assert origin_matches(ChainLink(name="a nationwide study", verb="said", role="origin"), "the study")
    assert not origin_matches(ChainLink(name="the army", verb="said", role="origin"), "the police")


def test_an_origin_names_a_person_with_an_honorific_or_a_body_by_its_acronym():
    assert origin_matches(
        ChainLink(name="Ms. Pouilly", verb="said", role="origin"), "UNHCR spokesperson Cécile Pouilly"
    )
    assert origin_matches(ChainLink(name="Dr Okafor", verb="said", role="origin"), "Ada Okafor")
    assert origin_matches(
        ChainLink(name="the rebels with the Sudan Liberation Army", verb="said", role="origin"), "SLA statement"
    )
    assert origin_matches(ChainLink(name="ECP", verb="said", role="origin"), "Election Commission of Pakistan")
    assert not origin_matches(ChainLink(name="Ms. Pouilly", verb="said", role="origin"), "Cécile Durand")
    assert not origin_matches(ChainLink(name="the SLA", verb="said", role="origin"), "the Sudanese Armed Forces")


def test_an_origin_names_a_person_the_annotator_glossed_in_brackets():
    # The chain's last link carries the annotator's gloss ("(education minister)"); the text
    # gives the same person with a title and an honorific: one person.
    link = ChainLink(name="Health Minister Dr. Ana Okafor", verb="said", role="origin")
    assert origin_matches(link, "Ana Okafor (Ruritanian health minister)")
    assert origin_matches(ChainLink(name="Ana Okafor", verb="said", role="origin"), "Ana Okafor (minister)")
    # Another person with the same gloss still does not match.
    assert not origin_matches(link, "Ana Durand (Ruritanian health minister)")
    # "Mr Okafor", later in the story, is the glossed person too; "Mr Durand" is not.
    assert origin_matches(ChainLink(name="Mr Okafor", verb="said", role="origin"), "Ana Okafor (health minister)")
    assert not origin_matches(ChainLink(name="Mr Durand", verb="said", role="origin"), "Ana Okafor (health minister)")
    # A title, or its acronym, before the surname: "Judge Okafor", "CEC Okafor". A body's name is no title.
    assert origin_matches(ChainLink(name="Judge Okafor", verb="said", role="origin"), "Ana Okafor (judge)")
    assert origin_matches(ChainLink(name="CEC Okafor", verb="said", role="origin"), "Ana Bello Okafor")
    assert not origin_matches(ChainLink(name="Judge Durand", verb="said", role="origin"), "Ana Okafor (judge)")
    assert not origin_matches(ChainLink(name="Lagos Okafor", verb="said", role="origin"), "Ana Okafor")


def test_an_origin_names_a_body_by_an_acronym_with_an_ampersand_a_small_word_or_an_inner_acronym():
    # Seen on real news: the extractor named "P&G", "RIM" and "the USDA" where the annotators
    # wrote the full names; one body each time.
    assert origin_matches(ChainLink(name="P&G", verb="said", role="origin"), "Procter & Gamble")
    assert origin_matches(ChainLink(name="RIM", verb="said", role="origin"), "Research in Motion")
    assert origin_matches(ChainLink(name="the USDA", verb="said", role="origin"), "US Department of Agriculture")
    assert origin_matches(ChainLink(name="Johnson & Johnson", verb="said", role="origin"), "J&J")
    assert not origin_matches(ChainLink(name="P&G", verb="said", role="origin"), "Pfizer Genentech")
    assert not origin_matches(ChainLink(name="RIM", verb="said", role="origin"), "Research on Markets")
    assert not origin_matches(ChainLink(name="the USDA", verb="said", role="origin"), "US Department of Energy")
    assert not origin_matches(
        ChainLink(name="UN Security Council", verb="said", role="origin"), "UN Environment Programme"
    )


def test_an_origin_names_a_body_in_british_or_american_spelling():
    # Two annotators of one real story wrote "Ministry of Defence" and "Ministry of Defense".
    link = ChainLink(name="the Ruritanian Ministry of Defense", verb="said", role="origin")
    assert origin_matches(link, "Ruritanian Ministry of Defence")
    assert origin_matches(ChainLink(name="the Labor Party", verb="said", role="origin"), "Labour Party")
    assert origin_matches(
        ChainLink(name="World Health Organization", verb="said", role="origin"), "the World Health Organisation"
    )
    assert not origin_matches(link, "Ruritanian Ministry of Finance")


def test_an_origin_names_a_company_whatever_its_legal_form():
    # Seen on real news: the text named "… Ltd" and the annotator glossed it "… Company".
    link = ChainLink(name="Ruritania Cement Ltd", verb="said", role="origin")
    assert origin_matches(link, "Ruritania Cement Company")
    assert origin_matches(ChainLink(name="Ruritania Cement Co.", verb="said", role="origin"), "Ruritania Cement Plc")
    assert not origin_matches(link, "Ruritania Steel Company")


def test_an_acronym_written_with_full_stops_names_the_body_it_abbreviates():
    # Seen on real news: the text wrote "R.I.M." where the annotator's chain names "Research In Motion".
    assert origin_matches(ChainLink(name="R.I.M.", verb="said", role="origin"), "Research In Motion")
    assert origin_matches(ChainLink(name="the U.S.D.A.", verb="said", role="origin"), "US Department of Agriculture")
    assert not origin_matches(ChainLink(name="R.I.M.", verb="said", role="origin"), "Research on Markets")
    assert not origin_matches(ChainLink(name="U.N.", verb="said", role="origin"), "UN Environment Programme")


def test_a_fragment_that_holds_a_word_of_the_gold_is_no_match():
    # Seen on real news: the speaker "Friday" scored as "data released Friday", and "They included two
    # women" as "two women"; a time alone names no body, and a clause opened by a pronoun is no name.
    assert not origin_matches(ChainLink(name="Friday", verb="said", role="origin"), "data released Friday")
    assert not origin_matches(
        ChainLink(name="Last week", verb="said", role="origin"), "the ministry's report last week"
    )
    assert not origin_matches(ChainLink(name="They included two women", verb="said", role="origin"), "two women")
    # Still one body: a description, a name with its date, and a surname that is also a month.
    assert origin_matches(ChainLink(name="May", verb="said", role="origin"), "Theresa May (prime minister)")
    assert origin_matches(ChainLink(name="the study", verb="said", role="origin"), "a decade-long global study")
    assert origin_matches(ChainLink(name="Monday's report", verb="said", role="origin"), "the report")


def test_a_name_with_an_apostrophe_inside_is_one_name():
    # Seen on real news: "Education CS Fred Matiang'i" against the annotator's "Fred Matiang'i (Education CS)";
    # the "i" after the apostrophe is no pronoun "I".
    link = ChainLink(name="Education CS Fred Matiang'i", verb="said", role="origin")
    assert origin_matches(link, "Fred Matiang'i (Education CS)")
    assert not origin_matches(link, "Fred Okoth (Education CS)")
