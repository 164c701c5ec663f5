"""Tests for `claims.extraction.extractor`: the public API end to end."""

import json
from decimal import Decimal

import pytest

from claims.extraction import ChainLink, FigureCandidate, SpeakerDirectory, extract_figures
from claims.extraction.extractor import MAX_CANDIDATES
from claims.extraction.sentences import MAX_SENTENCE_LENGTH

DIRECTORY = SpeakerDirectory(
    [
        (7, "National Intelligence Service", ["the spy agency", "South Korean intelligence agency"]),
        (21, "The Hill", []),
    ]
)

PASSAGE = (
    "Seoul's spy chief spoke on Monday.\n"
    "The North sent some 3,000 troops in May, and hundreds of them were wounded, according to "
    "Nordic officials. It may send thousands more by winter, the South Korean intelligence agency "
    "said on Friday. Regional deputies briefed by the spy agency said the new contingent could "
    "reach about 2,500 soldiers. The depot lists over 50 Javelin missiles, CBS News reported, "
    "citing five sources."
)


def test_public_names():
    import claims.extraction as extraction

    assert set(extraction.__all__) >= {"extract_figures", "FigureCandidate", "ChainLink", "SpeakerDirectory"}


def test_candidates_and_offsets():
    candidates = extract_figures(PASSAGE, outlet="The Hill", speakers=DIRECTORY)
    assert [(c.quote, c.value, c.qualifier, c.unit) for c in candidates] == [
        ("some 3,000 troops", Decimal(3000), "approx", "troops"),
        ("hundreds of them", Decimal(100), "magnitude", "troops"),
        ("thousands more", Decimal(1000), "magnitude", "troops"),
        ("about 2,500 soldiers", Decimal(2500), "approx", "soldiers"),
        ("over 50 Javelin missiles", Decimal(50), "more_than", "missiles"),
    ]
    for candidate in candidates:
        assert isinstance(candidate, FigureCandidate)
        assert PASSAGE[candidate.start : candidate.end] == candidate.quote
        assert PASSAGE[candidate.sentence_start :].startswith(candidate.sentence)
        assert candidate.quote in candidate.sentence
        assert isinstance(candidate.value, Decimal)


def test_chains_are_outermost_first_with_the_origin_last():
    candidates = extract_figures(PASSAGE, outlet="The Hill", speakers=DIRECTORY)
    troops, _, more, soldiers, missiles = candidates
    assert [(link.name, link.role, link.verb) for link in troops.chain] == [
        ("The Hill", "relay", "reported"),
        ("Nordic officials", "origin", "according_to"),
    ]
    assert troops.chain[0].actor_id == 21 and not troops.chain[0].is_new
    assert troops.chain[1].is_new and troops.chain[1].actor_id is None
    assert more.origin.actor_id == 7 and more.origin.name == "the South Korean intelligence agency"
    assert [(link.name, link.role, link.verb, link.actor_id) for link in soldiers.chain] == [
        ("The Hill", "relay", "reported", 21),
        ("Regional deputies", "relay", "said", None),
        ("the spy agency", "origin", "briefed", 7),
    ]
    origin = missiles.origin
    assert [(link.name, link.role) for link in missiles.chain] == [
        ("The Hill", "relay"), ("CBS News", "relay"), ("five sources", "origin"),
    ]  # fmt: skip
    assert (origin.verb, origin.anonymous, origin.source_count) == ("citing", True, 5)


def test_no_speaker_means_the_outlet_is_the_origin():
    [candidate] = extract_figures("The fund paid out $3.5bn last year.", outlet="The Hill")
    assert candidate.chain == (ChainLink("The Hill", "reported", "origin"),)
    assert (candidate.value, candidate.unit) == (Decimal(3500000000), "USD")


def test_no_outlet_and_no_speaker_gives_an_empty_chain():
    [candidate] = extract_figures("Crews cleared 16 roads.")
    assert candidate.chain == () and candidate.origin is None


def test_to_dict_is_json_ready():
    [candidate] = extract_figures("Between 1.5 and 2 million people fled, the UN said.", outlet="Wire")
    data = candidate.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert (data["value"], data["value_max"], data["qualifier"]) == ("1500000", "2000000", "range")
    assert data["chain"][-1] == {
        "name": "the UN", "verb": "said", "role": "origin", "actor_id": None,
        "actor_name": None, "is_new": True, "anonymous": False, "source_count": None,
    }  # fmt: skip


def test_confidence_is_lower_for_context_and_zero_figures():
    candidates = extract_figures(
        "The army sent 500 troops. It has issued no new permits and may send hundreds more.",
        outlet="Wire",
    )
    confidence = {c.quote: c.confidence for c in candidates}
    assert confidence["500 troops"] > confidence["no new permits"] >= 0.5
    assert confidence["hundreds more"] < confidence["500 troops"]
    assert all(0 < value <= 1 for value in confidence.values())


def test_following_sentence_attribution_is_borrowed_only_for_the_same_scene():
    borrowed = extract_figures(
        "Ortega stood beside about a half-dozen urns. A tearful Ortega bowed before one urn, "
        "according to footage aired on state television.",
        outlet="Wire",
    )
    assert [c.origin.name for c in borrowed] == ["state television"]
    assert borrowed[0].confidence < 0.8
    not_borrowed = extract_figures(
        "The government imposed thousands of fines. But this year the effort stalled, according to a Wire analysis.",
        outlet="Wire",
    )
    assert [c.origin.name for c in not_borrowed] == ["Wire"]


def test_figures_in_quotations_belong_to_the_speaker_but_narration_does_not():
    candidates = extract_figures(
        "'We shot down 40 drones,' Moreau added, referring to the strike on three fuel depots.",
        outlet="Wire",
    )
    assert [(c.unit, c.origin.name) for c in candidates] == [("drones", "Moreau"), ("depots", "Wire")]


def test_empty_text():
    assert extract_figures("") == []


def test_anonymous_sources_match_the_entry_of_who_cites_them():
    directory = SpeakerDirectory([(9, "CBS News", ["CBS"]), (10, "Anonymous sources (CBS News)", [])])
    text = (
        "The depot lists over 50 missiles, CBS reported, citing five sources. Some 40 tanks left, citing two officials."
    )
    first, second = extract_figures(text, outlet="The Hill", speakers=directory)
    origin = first.origin
    assert (origin.name, origin.actor_id, origin.actor_name, origin.source_count) == (
        "five sources", 10, "Anonymous sources (CBS News)", 5,
    )  # fmt: skip
    # Sources cited by the outlet itself are the outlet's, and unknown here.
    assert (second.origin.actor_id, second.origin.is_new) == (None, True)


def origins(text, **kwargs):
    return [
        (candidate.quote, candidate.origin.name if candidate.origin else None)
        for candidate in extract_figures(text, **kwargs)
    ]


def test_he_and_she_take_up_a_speaker_named_by_office_or_with_a_title():
    text = (
        "The regional governor said 40 homes were destroyed overnight. Later he said about 120 people "
        "had been evacuated. Union leader Maria Lopez said 300 workers had walked out. "
        "She said the firm had paid its chief executive £2.4 million."
    )
    assert origins(text, outlet="Wire") == [
        ("40 homes", "The regional governor"),
        ("about 120 people", "The regional governor"),
        # The title before a name describes the speaker: the name is the speaker.
        ("300 workers", "Maria Lopez"),
        ("£2.4 million", "Maria Lopez"),
    ]


def test_a_pronoun_nobody_explains_is_left_out_of_the_chain():
    # "He" names nobody an editor could confirm: the outlet stays the origin, and no
    # speaker "He" is proposed; the candidate says it is less sure.
    [unexplained] = extract_figures("He said 300 drones were launched.", outlet="The Hill")
    assert [link.name for link in unexplained.chain] == ["The Hill"]
    [named] = extract_figures("The ministry said 300 drones were launched.", outlet="The Hill")
    assert unexplained.confidence < named.confidence


def test_a_pronoun_never_matches_an_actor_named_like_it():
    directory = SpeakerDirectory([(5, "He", []), (21, "The Hill", [])])
    [candidate] = extract_figures("He said 300 drones were launched.", outlet="The Hill", speakers=directory)
    assert 5 not in {link.actor_id for link in candidate.chain}


def chains(text, **kwargs):
    return [
        (candidate.quote, [(link.name, link.role) for link in candidate.chain])
        for candidate in extract_figures(text, **kwargs)
    ]


def test_an_outlet_a_speaker_told_is_a_relay_of_the_chain():
    text = "Up to 600 aid trucks a day may enter Gaza, two Israeli officials told Reuters on Sunday."
    assert chains(text, outlet="Daily Courier") == [
        (
            "Up to 600 aid trucks a day",
            [("Daily Courier", "relay"), ("Reuters", "relay"), ("two Israeli officials", "origin")],
        ),
    ]
    # Told to the outlet that publishes the text: the outlet is not repeated.
    assert chains(text, outlet="Reuters") == [
        ("Up to 600 aid trucks a day", [("Reuters", "relay"), ("two Israeli officials", "origin")]),
    ]
    # An audience that is not an outlet is no link.
    assert chains("The minister told parliament that 40 bases would close.", outlet="Wire") == [
        ("40 bases", [("Wire", "relay"), ("The minister", "origin")]),
    ]


def test_quoted_and_interview_relays():
    text = (
        "Russia will send about 2,000 tonnes of grain a month, Deputy Minister Pavel Orlov was quoted as saying "
        "by Interfax. In an interview with the BBC, the mayor said as many as 10,000 people were missing."
    )
    assert chains(text, outlet="Wire") == [
        (
            "about 2,000 tonnes of grain a month",
            [("Wire", "relay"), ("Interfax", "relay"), ("Deputy Minister Pavel Orlov", "origin")],
        ),
        ("as many as 10,000 people", [("Wire", "relay"), ("the BBC", "relay"), ("the mayor", "origin")]),
    ]


def test_a_poll_named_once_is_taken_up_by_the_poll_and_the_pollster():
    text = (
        "A poll by Gallup published on Thursday found that 39% approve. The survey of 1,004 adults has a "
        "margin of error of 4 percentage points. The pollster said 28% were undecided."
    )
    # "The survey" is the document Gallup published: it speaks, Gallup relaying it (see `chains`).
    assert origins(text, outlet="Wire") == [
        ("39%", "Gallup"),
        ("1,004 adults", "The survey"),
        ("4 percentage points", "The survey"),
        ("28%", "Gallup"),
    ]
    assert [link.name for link in extract_figures(text, outlet="Wire")[1].chain] == ["Wire", "Gallup", "The survey"]
    # No poll named before: the document is the speaker as written (the annotation policy's
    # "documents count as speakers"), with less confidence than a named one.
    unnamed = extract_figures("The survey found that 8% were undecided.", outlet="Wire")
    named = extract_figures("Gallup found that 8% were undecided.", outlet="Wire")
    assert [(c.quote, c.origin.name) for c in unnamed] == [("8%", "The survey")]
    assert unnamed[0].confidence < named[0].confidence


def test_an_unowned_document_is_the_speaker_as_written():
    assert origins("According to the report, 40 schools closed.", outlet="Wire") == [("40 schools", "the report")]
    # A sentence opening on the document gives its design and sample: the settled conventions credit
    # the study ("The study looked at five trials"), not the outlet that describes it.
    assert origins("The study followed 3,150 nurses for a decade.", outlet="Wire") == [("3,150 nurses", "The study")]
    assert origins("The survey covered 412 shops.", outlet="Wire") == [("412 shops", "The survey")]


def test_an_unnamed_spokesperson_speaks_for_the_body():
    text = (
        "Moderna expects to deliver 50 million doses this autumn, the company's spokesperson said, adding that "
        "about 15% of orders came from Europe. A spokesperson for NHS England said 7.4 million people were waiting."
    )
    assert origins(text, outlet="Wire") == [
        ("50 million doses", "Moderna"),
        ("about 15%", "Moderna"),
        ("7.4 million people", "NHS England"),
    ]


def test_a_body_that_recorded_or_posted_figures_gives_them_and_is_taken_up():
    text = (
        "The World Health Organization recorded 2.7 million cholera cases last year. It said more than 4,000 "
        "people had died. JPMorgan Chase posted a profit of $14.6 billion. The bank said it had 318,000 "
        "employees. Boeing delivered 48 737 MAX jets in May, the planemaker said."
    )
    assert origins(text, outlet="Wire") == [
        ("2.7 million cholera cases", "The World Health Organization"),
        ("more than 4,000 people", "The World Health Organization"),
        ("$14.6 billion", "JPMorgan Chase"),
        ("318,000 employees", "JPMorgan Chase"),
        ("48 737 MAX jets", "Boeing"),
    ]


def test_a_speaker_opening_a_later_clause_does_not_take_the_figures_before_it():
    text = (
        "The central bank cut its key rate by 25 basis points to 2.75%, its seventh cut, and Governor Anna "
        "Lindqvist said the economy could shrink by as much as 1.5%."
    )
    assert origins(text, outlet="Wire") == [
        ("25 basis points", "Wire"),
        ("2.75%", "Wire"),
        ("as much as 1.5%", "Governor Anna Lindqvist"),
    ]


def test_a_conversion_in_brackets_is_a_figure_with_the_hedge_and_speaker_of_what_it_converts():
    text = "Japan spent more than ¥9.8 trillion ($62 billion) on it, Finance Ministry data showed."
    candidates = extract_figures(text, outlet="Wire")
    assert [(c.quote, c.qualifier, c.origin.name) for c in candidates] == [
        ("more than ¥9.8 trillion", "more_than", "Finance Ministry"),
        ("$62 billion", "more_than", "Finance Ministry"),
    ]


def test_a_product_names_the_firm_that_opened_the_text():
    text = "Apple sold 232 million iPhones last year. The iPhone maker said revenue rose 2%."
    assert origins(text, outlet="Wire")[-1] == ("2%", "Apple")
    # A proper name is not a description: "the World Bank" is the World Bank.
    assert origins("Damage is estimated at $2 billion, the World Bank said.", outlet="Wire") == [
        ("estimated at $2 billion", "the World Bank"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quotation is what was said: its verbs name no speaker.
        (
            '"We have now confirmed more than 6,000 planets," said Elena Marsh, an astronomer.',
            [("more than 6,000 planets", "Elena Marsh")],
        ),
        ('"We confirmed 6,000 planets," Elena Marsh said.', [("6,000 planets", "Elena Marsh")]),
        # "reported losing" is an experience, not a report.
        (
            "Americans reported losing $16.6 billion to fraud, the FBI's complaint centre said.",
            [("$16.6 billion", "the FBI's complaint centre")],
        ),
        # Verbs of speech that also take an object speak only before a clause.
        (
            "Housing minister Clara Johansson conceded on Wednesday that only 410,000 homes would be built.",
            [("410,000 homes", "Clara Johansson")],
        ),
        (
            "Hospitals have admitted more than 2,300 people, according to the health ministry.",
            [("more than 2,300 people", "the health ministry")],
        ),
        # A description before a name: the name speaks.
        (
            "More than 1,300 flights were cancelled, according to aviation analytics firm Cirium.",
            [("More than 1,300 flights", "Cirium")],
        ),
        (
            "Tanker carrying about 2 million barrels seized, says maritime security firm Ambrey.",
            [("about 2 million barrels", "Ambrey")],
        ),
        (
            "Some 14,000 claims were lodged, the German Insurance Association, known as GDV, said.",
            [("Some 14,000 claims", "the German Insurance Association")],
        ),
        # Who published the report, survey or figures.
        (
            "Two-thirds of GPs are overworked, according to a survey of 1,032 doctors by the British Medical Association.",
            [("Two-thirds", "the British Medical Association"), ("1,032 doctors", "the British Medical Association")],
        ),
        (
            "The backlog reached 73,105 cases, Ministry of Justice figures showed.",
            [("73,105 cases", "Ministry of Justice")],
        ),
        (
            "Crossings rose 64%, the Financial Times reported, citing preliminary figures from Frontex.",
            [("64%", "Frontex")],
        ),
        # A passive estimate whose figure follows its agent.
        (
            "Insured losses were estimated by reinsurer Munich Re at about €2.6bn, the costliest since 2021.",
            [("about €2.6bn", "Munich Re")],
        ),
    ],
)
def test_speakers_in_varied_phrasing(text, expected):
    assert origins(text, outlet="Wire") == expected


def test_it_and_a_spokesperson_take_up_the_body_that_spoke_or_opened_the_text():
    text = (
        "In a statement, carmaker Nordvik Motors said profit fell 48%. "
        "The company will also shed 2,300 jobs, a spokesperson said."
    )
    assert origins(text, outlet="Wire") == [("48%", "Nordvik Motors"), ("2,300 jobs", "Nordvik Motors")]
    text = "Agrolux said it would appeal. Its latest annual report put the number of claims at about 61,000."
    assert origins(text, outlet="Wire") == [("about 61,000", "Agrolux")]
    text = "Ofgem will raise its price cap by 6.4% to £1,849 a year, it said on Friday."
    assert origins(text, outlet="Wire") == [("6.4%", "Ofgem"), ("£1,849 a year", "Ofgem")]
    # A subject it cannot name ("Britain's regulator") leaves "it" to the outlet, never to "Britain's".
    text = "Britain's regulator will raise its cap to £1,849 a year, it said."
    assert origins(text, outlet="Wire") == [("£1,849 a year", "Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party won 87 seats, up from 64 four years ago.", [("87", "seats"), ("64", "seats")]),
        (
            "Only 410,000 homes were built, well short of the 600,000 it had promised.",
            [("410000", "homes"), ("600000", "homes")],
        ),
        (
            "Asylum applications in the EU fell 11% last year to almost 1 million.",
            [("11", "percent"), ("1000000", "applications")],
        ),
        (
            "Crossings into the EU via the central Mediterranean rose 64% in the first seven months, to about 30,900.",
            [("64", "percent"), ("30900", "crossings")],
        ),
        (
            "Output would be between 350 and 370 terawatt hours, after 18 of its 57 reactors were halted.",
            [("350", "terawatt hours"), ("18", "reactors"), ("57", "reactors")],
        ),
        ("Solar gave 2,131 TWh.", [("2131", "terawatt hours")]),
        ("It will cost about 15 billion Swiss francs.", [("15000000000", "CHF")]),
    ],
)
def test_figures_in_varied_phrasing(text, expected):
    assert [(str(candidate.value), candidate.unit) for candidate in extract_figures(text, outlet="Wire")] == expected


def test_a_text_of_figures_gives_at_most_max_candidates():
    candidates = extract_figures("12,000 troops, " * (MAX_CANDIDATES + 200))
    assert len(candidates) == MAX_CANDIDATES
    assert [c.start for c in candidates] == sorted(c.start for c in candidates)


def test_figures_are_read_sentence_by_sentence_within_the_cap(monkeypatch):
    """Reading a sentence's figures looks back over the sentence for each figure; the work is
    linear in the text because no sentence handed to it is longer than MAX_SENTENCE_LENGTH."""
    from claims.extraction import figures

    lengths = []
    read_figures = figures.read_figures
    monkeypatch.setattr(
        "claims.extraction.extractor.read_figures",
        lambda sentence, *args: lengths.append(len(sentence)) or read_figures(sentence, *args),
    )
    extract_figures("12,000 troops, " * 600)
    assert lengths and max(lengths) <= MAX_SENTENCE_LENGTH


def test_a_number_too_large_for_a_figure_is_skipped_not_an_error():
    """ "1" × 5,000 was a decimal.InvalidOperation (a 500 from the API)."""
    assert extract_figures("1" * 5000) == []
    assert extract_figures("\u0661" * 5000) == []
    assert [c.value for c in extract_figures("1" * 5000 + " and 40 troops were sent.")] == [Decimal(40)]


def test_a_bare_number_takes_the_state_written_after_it_and_no_unit_from_another_sentence():
    text = "The storm destroyed 40 bridges. Later, 11 dead and 79 injured were counted, and 300 fled."
    # "300 fled": people flee; the casualty state of the number before is not what they are.
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [
        ("40 bridges", "bridges"), ("11", "dead"), ("79", "injured"), ("300", "people"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two estimates in one sentence, each with its own speaker.
        (
            "Stewards put the crowd at 2,500 while the union claimed 18,000.",
            [("2,500", "people", "Stewards"), ("18,000", "people", "the union")],
        ),
        # An estimate by one body inside another's sentence.
        (
            "The damage, which the Asian Development Bank put at $40 million, was severe, officials said.",
            [("$40 million", "USD", "the Asian Development Bank")],
        ),
        # A report relayed by a body: the body speaks, never "Report relayed by …".
        ("Note issued by the port authority said 14 cranes failed.", [("14 cranes", "cranes", "the port authority")]),
        # A locative "over" is not a hedge.
        ("Balloons over nine provinces were tracked, the army said.", [("nine provinces", "provinces", "the army")]),
        # Units do not leak: each amount keeps its own currency.
        (
            "Losses reached 640 million meticais. Officials said 2.3 billion meticais and 9 ferries were lost.",
            [("640 million meticais", "MZN", "Wire"), ("2.3 billion meticais", "MZN", "Officials"),
             ("9 ferries", "ferries", "Officials")],
        ),
    ],
)  # fmt: skip
def test_attribution_and_units_in_real_prose(text, expected):
    assert [(c.quote, c.unit, c.origin.name) for c in extract_figures(text, outlet="Wire")] == expected


def test_a_capitalised_common_noun_opening_a_sentence_is_not_it():
    text = "Turnover rose 8%. Analysts were pleased. In May, it expects turnover of $3 billion."
    assert extract_figures(text, outlet="Wire")[-1].origin.name == "Wire"


def test_the_highest_total_reported_according_to_a_body_is_the_body_s():
    text = "The storm left 41 cm of snow in Brandt, the highest total reported, according to the weather office."
    assert [c.origin.name for c in extract_figures(text, outlet="Wire")] == ["the weather office"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed three and wounded 25 more.", [("three", "people"), ("25 more", "people")]),
        ("Fighting resumed as 640 fled.", [("640", "people")]),
        ("Twelve divers were rescued.", [("Twelve divers", "divers")]),
        ("Cholera reached 31 countries.", [("31 countries", "countries")]),
    ],
)
def test_figures_without_a_counted_noun_and_number_words_opening_sentences(text, expected):
    assert [(c.quote, c.unit) for c in extract_figures(text)] == expected


def test_a_report_relayed_across_clauses_keeps_every_link():
    text = "AFP said a report in a regional daily, which cited no source, said 18 guards were held."
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "AFP", "a regional daily"]


def test_a_pronoun_goes_back_to_a_speaker_earlier_in_its_own_sentence():
    text = (
        "The port operator told local radio it had moved 40,000 containers. "
        "Harbour master Ian Reed said the count was not final but he told Wire it was more than 52,000."
    )
    assert origins(text, outlet="Wire")[-1] == ("more than 52,000", "Ian Reed")


def test_a_person_who_opens_a_sentence_is_who_a_later_he_goes_back_to():
    text = (
        "The minister said 300 schools had reopened. "
        "Tomas Berg, a farmer from the valley, lost 40 cows in the flood. "
        "“We lost 12 years of work,” he said."
    )
    assert origins(text, outlet="Wire")[-1] == ("12 years", "Tomas Berg")


def test_a_name_only_read_from_is_not_the_he_of_a_later_sentence():
    text = (
        "The minister said output reached 2.2m barrels a day, according to Nafta. "
        "It has now risen to 3.4m barrels a day, he said."
    )
    assert origins(text, outlet="Wire")[-1] == ("3.4m barrels a day", "The minister")


def test_an_acronym_is_a_body_not_a_person():
    text = "Metro operator CTMA said it carried 470,000 riders. He said the record was 520,000."
    # "He" is nobody named before: CTMA is a body, so the outlet stays the origin
    assert origins(text, outlet="Wire")[-1] == ("520,000", "Wire")


def test_he_after_an_unnamed_spokesman_is_the_body_he_speaks_for():
    text = (
        "Prosecutor Ali Khan said 12 people were charged. "
        "A spokesman for the electoral commission said turnout was 61.2 percent. "
        "He added that 4.1 million ballots were spoiled."
    )
    assert origins(text, outlet="Wire")[-1] == ("4.1 million ballots", "the electoral commission")


def test_authors_et_al_are_never_the_company_or_the_newspaper():
    text = (
        "Berg et al reported that 60 percent of mice gained weight. "
        "The firm will cut 4,000 jobs, the newspaper said, citing unnamed sources."
    )
    assert all(link.name != "Berg" for c in extract_figures(text, outlet="Wire")[1:] for link in c.chain)


def test_it_goes_back_to_a_body_known_by_its_initials_after_the():
    text = (
        "In a statement, the ministry said 40 people were hurt. The statement added that 12 remained in hospital. "
        "The WHO published its report on Monday. It said 1.3 million people had died of tuberculosis."
    )
    assert origins(text, outlet="Wire")[-1] == ("1.3 million people", "The WHO")


def test_the_company_does_not_go_back_to_a_body_named_many_sentences_before():
    text = (
        "The UN says at least 40,000 people have fled. Aid groups said 300 trucks were waiting. "
        "Heavy rain fell for 12 hours. Roads were cut in 20 places. Prices rose by 8%. "
        "Sales rose 9% to $4.2 billion, the company said in a filing."
    )
    assert origins(text, outlet="Wire")[-1] == ("$4.2 billion", "the company")
    # named in the sentence before, the body is still the one "the company" means
    recent = "Lumio Systems makes phones. Sales rose 9% to $4.2 billion, the company said."
    assert origins(recent, outlet="Wire")[-1] == ("$4.2 billion", "Lumio Systems")


def test_a_bodys_figures_named_by_its_common_noun_go_back_to_it():
    text = (
        "More than 1,500 migrants have arrived since Friday, the Maltese interior ministry said. "
        "The ministry's figures also show 40,532 arrivals this year."
    )
    assert origins(text, outlet="Wire")[-1] == ("40,532 arrivals", "the Maltese interior ministry")


def test_a_body_with_an_apposition_records_its_figures():
    text = "Frontex, the EU border agency, recorded 12,000 irregular crossings in May."
    assert origins(text, outlet="Wire") == [("12,000 irregular crossings", "Frontex")]


def test_a_person_named_with_a_title_who_opens_a_sentence_is_a_later_she():
    text = (
        "Rebel commander Ali Hamid said 40 soldiers were killed. "
        "Judge Maria Costa ordered the firm to pay a fine of $2.3 million. "
        "She said the company had misled 12,000 customers."
    )
    assert origins(text, outlet="Wire")[-1] == ("12,000 customers", "Judge Maria Costa")


def test_a_day_both_sentences_name_does_not_lend_the_next_sentences_speaker():
    """A quotation told "on Tuesday" does not source "Tuesday's" flight cancellations before it."""
    text = (
        "As part of Tuesday's actions, a third of flights were cancelled at Orly because of strikes.\n\n"
        '"It is going to be a big day," the union leader, Ana Roux, told BFM television on Tuesday.'
    )
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire"]


def test_a_measured_quantity_opening_a_sentence_is_no_it_later():
    # "Revenue rose …" is what was measured: the "It" of the next sentence is the bank that reported.
    text = (
        "Harbour Bank on Wednesday posted a net profit of $2.1 billion. Revenue rose six per cent to $9 billion. "
        "It will pay a dividend of $1.15 a share."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["$1.15 a share"] == "Harbour Bank"


def test_a_quotation_right_after_a_sentence_a_speaker_opens_goes_on_in_their_words():
    text = (
        "Industry bodies put the loss at 25,000 crore rupees.\n\n"
        "The dock unions responded by saying that the owners were to blame. "
        "“It is not about whether the loss is 25,000 crore rupees or more.”"
    )
    assert origins(text, outlet="Wire")[-1] == ("25,000 crore rupees", "The dock unions")
