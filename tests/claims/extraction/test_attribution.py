"""Tests for `claims.extraction.attribution`: speakers and chains inside a sentence."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.attribution import find_attributions


def links(sentence):
    return [[(link.name, link.verb) for link in clause.links] for clause in find_attributions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 900 troops left, according to Nordic officials.", [[("Nordic officials", "according_to")]]),
        ("According to the ministry, 40 people died.", [[("the ministry", "according_to")]]),
        ("Crowds gathered, the regional governor said last week.", [[("the regional governor", "said")]]),
        ("The agency estimated that 300 died.", [[("The agency", "estimated")]]),
        ("Russian media reported after the visit that 500 would go.", [[("Russian media", "reported")]]),
        ("The workers may leave, the agency told lawmakers on Friday.", [[("the agency", "told")]]),
        ("'We lost 20,' said Colonel Ana Ruiz, a spokeswoman.", [[("Colonel Ana Ruiz", "said")]]),
        (
            "The list includes 100 rockets, CBS News reported on Friday, citing five sources.",
            [[("CBS News", "reported"), ("five sources", "citing")]],
        ),
        (
            "Regional deputies briefed by the spy agency said 900 had gone.",
            [[("Regional deputies", "said"), ("the spy agency", "briefed")]],
        ),
        (
            "Recruiting has begun, the deputies said, citing the security service.",
            [[("the deputies", "said"), ("the security service", "citing")]],
        ),
        (
            "Reuters, citing three people familiar with the matter, said 400 tanks were lost.",
            [[("Reuters", "said"), ("three people familiar with the matter", "citing")]],
        ),
        (
            "The envoy bowed to the crowd, according to footage aired on Arirang TV.",
            [[("Arirang TV", "according_to")]],
        ),
        (
            "Actions stalled, according to a Financial Times analysis of trade records.",
            [[("Financial Times", "according_to")]],
        ),
        (
            "Many fled, according to British, French, and Polish officials.",
            [[("British, French, and Polish officials", "according_to")]],
        ),
        (
            "Up to 600 trucks a day may enter, two officials told Reuters on Sunday.",
            [[("Reuters", "reported"), ("two officials", "told")]],
        ),
        ("Police seized 1.2 tonnes of cocaine, as reported by the BBC.", [[("the BBC", "reported")]]),
        (
            "Russia will send 2,000 tonnes, Deputy Minister Pavel Orlov was quoted as saying by Interfax.",
            [[("Interfax", "reported"), ("Deputy Minister Pavel Orlov", "said")]],
        ),
        (
            "Interfax quoted a defence official as saying 40 drones were downed.",
            [[("Interfax", "reported"), ("a defence official", "said")]],
        ),
        (
            "In an interview with the BBC, the mayor said 120 homes were destroyed.",
            [[("the BBC", "reported"), ("the mayor", "said")]],
        ),
        (
            "The World Health Organization recorded 2.7 million cases.",
            [[("The World Health Organization", "reported")]],
        ),
    ],
)
def test_patterns(sentence, expected):
    assert links(sentence) == expected


def test_direction_of_clauses():
    [forward] = find_attributions("The ministry said on Monday that 40 people died.")
    [backward] = find_attributions("Forty people died, the ministry said on Monday.")
    assert forward.forward and not backward.forward


def test_quotation_clause_sources_only_the_quotation():
    [clause] = find_attributions("'Just ask Iran,' Kelly added, referring to the bombing of three sites.")
    assert clause.closes_quote


@pytest.mark.parametrize(
    "sentence",
    [
        "An estimated 5,000 people fled.",
        "It was reported that prices rose.",
        "There were 300 reported cases.",
    ],
)
def test_no_speaker(sentence):
    assert find_attributions(sentence) == []


def test_link_offsets_are_exact():
    sentence = "Prices rose, the central bank said, citing two economists."
    for clause in find_attributions(sentence):
        for link in clause.links:
            assert sentence[link.start : link.end] == link.name


def test_a_body_that_recorded_figures_speaks_only_when_nobody_else_does():
    """ "Chicago recorded 573 homicides, the police chief said": the chief speaks."""
    clauses = find_attributions("Chicago recorded 573 homicides last year, the police chief said.")
    assert [[link.name for link in clause.links] for clause in clauses] == [["the police chief"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A name, then what the person is, then the verb: the name speaks.
        ("Imran Qadir, police chief in the district, told reporters on Monday that 7 guards died.", [["Imran Qadir"]]),
        ("Lena Brandt, the port's spokeswoman, however said that 12 ships waited.", [["Lena Brandt"]]),
        # "X said, according to Y": Y relays X.
        (
            "Exports fell 4%, the statistics office announced in a statement, according to Interfax.",
            [["Interfax", "the statistics office"]],
        ),
        # Documents speak for themselves.
        ("Turnout was 61 per cent, as Chart 2 shows.", [["Chart 2"]]),
        ("In the north, as shown in Table 4, the party won 38 per cent.", [["Table 4"]]),
        ("The national study showed that 72% of patients recovered.", [["The national study"]]),
        ("The regional breakdowns indicated that 91% of pupils passed.", [["The regional breakdowns"]]),
        ("A statement issued by the Interior Ministry states that 40 fighters died.", [["the Interior Ministry"]]),
    ],
)
def test_attribution_in_real_prose(sentence, expected):
    assert [[name for name, _ in clause] for clause in links(sentence)] == expected


def test_a_body_whose_name_holds_a_report_noun_speaks_through_its_verb():
    assert links("Output fell 2%, the Office for Farm Statistics said.") == [
        [("the Office for Farm Statistics", "said")]
    ]


def test_an_assessment_of_something_is_not_owned_by_what_it_assesses():
    sentence = "According to the assessment of expected spending of the regional budget, outlays reach $4 billion."
    assert links(sentence) == [[("the assessment of expected spending of the regional budget", "according_to")]]


def test_for_a_counting_body_is_according_to_it():
    text = "Marchers topped 800,000 for the police, while for the unions there were 2.1 million."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("topped 800,000", "the police"), ("2.1 million", "the unions"),
    ]  # fmt: skip


def test_a_vote_for_a_party_names_no_speaker():
    [candidate] = extract_figures("The state gave a 42 per cent vote for the BJP.", outlet="Wire")
    assert candidate.origin.name == "Wire"


def test_a_prison_term_sought_is_a_figure_of_who_sought_it():
    [candidate] = extract_figures("Prosecutors had sought a 15-year prison term for him.", outlet="Wire")
    assert (candidate.value, candidate.unit, candidate.origin.name) == (15, "years", "Prosecutors")


def test_according_to_then_a_closing_speaker_is_a_relay():
    text = "Fares rose 9%, according to a survey by the consumer group, the BBC reported."
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "the BBC", "the consumer group"]


def origin_names(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline names its source after a closing colon
        ("300 migrants rescued off the coast, 12 missing: Greek coast guard",
         [("300 migrants", "Greek coast guard"), ("12", "Greek coast guard")]),
        ("Flood toll rises to 48: UNICEF", [("48", "UNICEF")]),
    ],
)  # fmt: skip
def test_a_headline_names_its_source_after_a_colon(text, expected):
    assert origin_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The breakdown: 40 for fuel and food",  # what follows the colon is no speaker
        "Average cost rose to 40 dollars: a record high for the quarter",
    ],
)
def test_a_colon_before_words_that_name_nobody_gives_no_speaker(text):
    assert {origin for _, origin in origin_names(text)} == {"Wire"}


def test_results_announced_by_a_body_are_its_figures():
    text = "The results announced by the examinations council on Monday show a pass rate of 81.5 per cent."
    assert origin_names(text) == [("81.5 per cent", "the examinations council")]


def test_a_report_cited_with_reference_to_is_taken_up_by_the_report():
    text = (
        "Izvestia writes with reference to the report by Argus Media. "
        "“Output fell by 0.4 million barrels a day,” the report says."
    )
    assert origin_names(text) == [("0.4 million barrels a day", "the report")]  # Argus Media relays it
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "Argus Media", "the report"]


def test_a_note_from_a_body_is_the_body_speaking():
    text = "Insured losses could reach $2 billion, according to a note from Halden Ratings."
    assert origin_names(text) == [("$2 billion", "Halden Ratings")]


def test_an_outlet_closing_the_sentence_relays_its_opening_speaker():
    text = "The ministry said on Tuesday that 40 drones had been downed, state news agencies reported."
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "state news agencies", "The ministry"]
    # a second speaker who is no outlet stays a speaker of its own
    assert links("The army said 40 drones were downed, the governor said.") == [
        [("The army", "said")],
        [("the governor", "said")],
    ]


def test_an_office_named_for_something_keeps_its_whole_name():
    text = "Figures from the Office for Budget Statistics show inflation fell to 3.9%."
    assert origin_names(text) == [("3.9%", "the Office for Budget Statistics")]


def test_according_to_an_outlet_closing_the_sentence_relays_its_speaker():
    text = "The director told a briefing that 80 people were still missing, according to Xinhua."
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "Xinhua", "The director"]


def test_results_announced_closing_the_sentence_are_its_source():
    text = "The drug cut deaths by 35 per cent in patients on ventilators, the results were announced on Tuesday."
    assert origin_names(text) == [("35 per cent", "the results")]


def test_an_outlet_described_by_its_trade_relays_the_opening_speaker():
    text = "The interior ministry put the number of arrests at 1,250, state news agency KNA reported."
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "KNA", "The interior ministry"]


def test_each_figure_before_according_to_takes_its_own_source():
    # "N according to X and M according to Y": each source points back to the figure before it,
    # and "and" opens the next pair, no part of the first source's name
    text = "Thousands marched, 50,000 according to police and 200,000 according to organisers."
    origins = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert origins == [("50,000", "police"), ("200,000", "organisers")]


def test_a_participle_after_the_source_is_no_part_of_its_name():
    text = "At least 19 people died, according to a tally by Reuters based on hospital records."
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "Reuters"


def test_a_possessive_after_the_owner_of_data_is_no_part_of_its_name():
    text = "The Ministry of Transport's latest data shows 4,200 crashes last year."
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "Ministry of Transport"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source followed by a second count with its own source gives the count before it
        (
            "About 1.5 million marched, according to the unions, and 410,000 for the Ministry of the Interior.",
            [("About 1.5 million", "the unions"), ("410,000", "the Ministry of the Interior")],
        ),
        (
            "The crowd reached 60,000 people, according to the organisers (22,000, according to the police).",
            [("60,000 people", "the organisers"), ("22,000", "the police")],
        ),
        # a participle saying when the source came out is no part of its name
        (
            "Rice output hit 118 million tonnes, according to the second estimates of the farm ministry released on Friday.",
            [("118 million tonnes", "the farm ministry")],
        ),
    ],
)
def test_paired_sources_and_released_estimates(text, expected):
    assert origin_names(text) == expected


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Output is seen at 310 million tonnes, according to the fourth advance estimates of crop production"
            " released by the farm ministry on Friday.",
            "the farm ministry",
        ),
        (
            "Exports rose 12 percent, according to figures published on Monday by the statistics office.",
            "the statistics office",
        ),
        ("Some 40 people died, according to a tally compiled by Reuters from hospital records.", "Reuters"),
    ],
)
def test_according_to_a_document_put_out_by_a_body_gives_the_body(text, origin):
    """The document's title is no speaker ("crop production released by …" was proposed as one)."""
    assert [candidate.origin.name for candidate in extract_figures(text)] == [origin]


def test_an_opening_going_by_is_according_to():
    assert links("Going by the latest estimates, wheat output is 9.7 million tonnes.") == [
        [("the latest estimates", "according_to")]
    ]
    assert links("Going by car, the trip takes 4 hours.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to the 2021-22 survey, a total of 4,310 pupils sat the test.", "the 2021-22 survey"),
        ("According to its 2020 census, 7,800 people live on the island.", "its 2020 census"),
        # A count after the name still ends it.
        ("According to these results 40 groups qualified.", "these results"),
    ],
)
def test_a_year_dating_a_document_is_part_of_its_name(sentence, expected):
    assert [link.name for clause in find_attributions(sentence) for link in clause.links] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two counts each followed by its own "according to", the pair set off by a bare comma
        (
            "In Nantes, 6,500 people marched according to the police, 42,000 according to the organisers.",
            [("6,500 people", "the police"), ("42,000", "the organisers")],
        ),
        # the second count quoted and named, then its source after a comma
        (
            "Between 3,100 people, according to the prefecture, and “almost 20,000 marchers”, according to the unions, "
            "walked in Rennes.",
            [("3,100 people", "the prefecture"), ("almost 20,000 marchers", "the unions")],
        ),
    ],
)
def test_paired_counts_with_a_bare_comma_or_a_quoted_count(text, expected):
    assert origin_names(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an opening "based on" a report or data is "according to"
        ("Based on the preliminary figures, Kasai province has 12,440 displaced families.",
         [[("the preliminary figures", "according_to")]]),
        ("Based on official census data, the town has 8,200 residents.", [[("official census data", "according_to")]]),
    ],
)  # fmt: skip
def test_based_on_a_report_opening_the_sentence(sentence, expected):
    assert links(sentence) == expected


def test_based_on_a_trend_names_no_source():
    assert links("Based on current trends, output will reach 5 million tonnes.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing source after an aside weighing the figure against a forecast gives the forecast only
        (
            "Contoso earned 31 cents a share, beating the average forecast of 28 cents, according to Fabrikam Polls.",
            [("31 cents", "Contoso"), ("28 cents", "Fabrikam Polls")],
        ),
        (
            "Northwind posted a loss of $2.1 million, compared with estimates of $1.8 million, according to LSEG data.",
            [("$2.1 million", "Northwind"), ("$1.8 million", "LSEG data")],
        ),
    ],
)
def test_a_source_closing_a_forecast_aside_gives_only_the_forecast(text, expected):
    assert origin_names(text) == expected


def test_a_consensus_of_analysts_is_credited_to_who_compiled_it():
    text = (
        "Northwind forecast sales of $4.1 billion, with the mid-point below the average analyst estimate "
        "of $4.3 billion, according to Fabrikam Estimates."
    )
    assert origin_names(text) == [("$4.1 billion", "Northwind"), ("$4.3 billion", "Fabrikam Estimates")]


def test_the_who_speaks_for_its_figures():
    # The acronym of the World Health Organization is no relative pronoun.
    (cases, deaths) = extract_figures("The WHO said more than 1,200 cholera cases and 31 deaths had been recorded.")
    assert (cases.origin.name, deaths.origin.name) == ("The WHO", "The WHO")


def test_according_to_a_titled_person_after_a_bodys_acronym():
    sentence = "Some 41,000 homes were flooded, according to Provincial Flood Relief Board (PFRB) chairman Tariq Awan."
    assert links(sentence) == [[("Provincial Flood Relief Board (PFRB) chairman Tariq Awan", "according_to")]]


def test_based_on_a_bodys_monitoring_opens_the_sentence():
    sentence = "Based on the Fisheries Bureau (FB)-Inspection Unit’s monitoring, 4,180 boats are idle."
    assert links(sentence) == [[("the Fisheries Bureau", "according_to")]]


def test_by_a_bodys_count_opening_a_sentence_is_according_to_it():
    text = "The war has gone on for a year. By the health ministry's count, 12,400 people have died since March."
    chain = extract_figures(text, outlet="Wire")[-1].chain
    assert [(link.name, link.verb) for link in chain] == [("Wire", "reported"), ("the health ministry", "according_to")]


def test_according_to_in_spanish_portuguese_french_or_italian_before_a_name():
    # Real-news sets carry Spanish and Portuguese records; their "according to" names the source.
    sentence = "Según el Instituto Nacional de Estadística, la inflación fue del 11% en marzo."
    assert links(sentence) == [[("el Instituto Nacional de Estadística", "according_to")]]
    assert links("Segundo o Ministério da Saúde, foram registados 240 casos.") == [
        [("o Ministério da Saúde", "according_to")]
    ]
    # "segundo" before a lowercase word is the ordinal ("el segundo trimestre"): no source.
    assert links("El PIB creció 2,1% en el segundo trimestre.") == []


def test_a_lone_letter_names_no_speaker():
    text = "Officers searched the district for a week. H said the drive was underway. He said 72 men were held."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("72 men", "Wire")]
