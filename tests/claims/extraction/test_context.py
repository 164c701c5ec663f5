"""Tests for `claims.extraction.context`: what a bare figure counts."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.context import unit_named_before


@pytest.mark.parametrize(
    ("before", "unit"),
    [
        ("The death toll rose to ", "deaths"),
        ("The number of refugees reached ", "refugees"),
        ("Nigeria's population is estimated at ", "people"),
        ("Drug overdose deaths in the United States topped ", "deaths"),
        ("Calls to the 988 crisis hotline rose by nearly 40% in its second year, to about ", "calls"),
        ("The index rose 2% to ", None),
    ],
)
def test_unit_named_before(before, unit):
    assert unit_named_before(before, len(before)) == unit


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        # an auxiliary and a participle after a bare number: the count of the sentence goes on
        (
            "Israel approved up to 600 aid trucks a day, though fewer than 200 had crossed on Saturday.",
            "fewer than 200",
            "trucks",
        ),
        # a comparison keeps the rate of what it is compared with
        (
            "Hospitals could see 8,000 flu admissions a week, up from about 5,000 now.",
            "about 5,000",
            "admissions per week",
        ),
        # a share names what it divides
        (
            "Iran has rebuilt about a third of the missile launchers it lost and now has some 200 in service.",
            "some 200",
            "launchers",
        ),
        # "head of" counts the animals
        ("The floods killed some 12,000 head of cattle.", "some 12,000 head of cattle", "cattle"),
        # a rate after a short "of" complement
        ("Russia will ship 2,000 tonnes of grain a month.", "2,000 tonnes of grain a month", "tonnes per month"),
        # money with "more" before its rate
        ("Each club will receive around $1.8 million more a year.", "around $1.8 million more a year", "USD per year"),
    ],
)
def test_bare_figures_take_their_unit_from_context(sentence, quote, unit):
    [candidate] = [c for c in extract_figures(sentence) if c.quote == quote]
    assert candidate.unit == unit


def test_a_forecaster_after_a_figure_is_not_its_noun():
    text = "The economy added 142,000 jobs, fewer than the 165,000 economists had forecast."
    candidates = extract_figures(text, outlet="Wire")
    assert [(c.quote, c.unit, c.origin.name) for c in candidates] == [
        ("142,000 jobs", "jobs", "Wire"),
        ("165,000", "jobs", "economists"),
    ]


def _unit_of(sentence, quote):
    candidate = next(c for c in extract_figures(sentence) if c.quote == quote)
    return candidate.unit


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        # the level of a count named before outranks a count inside the subject
        (
            "The number of visitors who came to the four new museums across the region stood at 2,31,400 last year.",
            "2,31,400",
            "visitors",
        ),
        # one noun counted by a list of numbers
        ("The two parties, which took 21 and 17 seats in the north and south, joined the coalition.", "21", "seats"),
        # a bare number that is killed or injured counts people, not the toll named before it
        (
            "Officials raised the death toll in the north to 23, as radio stations said at least four were killed.",
            "at least four",
            "people",
        ),
        # a plural subject with a participle: "Tonnes shipped were down 3% to 4,120"
        ("Tonnes shipped were down 3% however, to 4,120 from 4,250.", "4,120", "tonnes"),
        # a multiplier lends no unit: the count compared with is the one before it
        ("Some 8,120 students enrolled, more than three times the 2,600 in the previous year.", "2,600", "students"),
    ],
)
def test_bare_number_counts_what_the_sentence_counts(sentence, quote, unit):
    assert _unit_of(sentence, quote) == unit


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        # a crowd at a game is its spectators; at a march it is people
        ("Saturday's derby drew a crowd of 52,140, the stadium's best.", "52,140", "spectators"),
        ("The league's average attendance rose to 31,200 this season.", "31,200", "spectators"),
        ("The record came in 1951, when 76,400 showed up for the cup final.", "76,400", "spectators"),
        ("Organisers said a crowd of 6,000 marched to parliament.", "6,000", "people"),
        # a compound counted noun: the collective noun after the plural is what is counted
        ("Officials said 6 border police personnel were hurt.", "6 border police personnel", "personnel"),
        # a name's acronym between the name and the counted noun
        ("Some 12 Malian Armed Forces (FAMA) soldiers died.", "Some 12 Malian Armed Forces (FAMA) soldiers",
         "soldiers"),
    ],
)  # fmt: skip
def test_what_a_crowd_and_a_compound_count(sentence, quote, unit):
    assert _unit_of(sentence, quote) == unit


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        # "others" beside a toll are people, not deaths: the people injured (`casualties.others_harmed`)
        ("The death toll stood at 61, with 230 others injured, officials said.", "230 others", "people injured"),
        ("Police arrested 40 protesters and 12 others.", "12 others", "protesters"),
        # a magnitude written before its number
        ("The survey measured it at magnitude 5.4.", "5.4", "magnitude"),
    ],
)
def test_others_and_magnitudes(sentence, quote, unit):
    assert _unit_of(sentence, quote) == unit


@pytest.mark.parametrize(
    ("before", "unit"),
    [
        # The subject's acronym in brackets between it and the verb of reaching.
        ("Daily ferry crossings (DFCs) totalled ", "crossings"),
        ("Registered voters (RVs) in the district numbered ", "voters"),
        # A participle after the subject: the noun is still what is counted.
        ("Tourists welcomed totalled ", "tourists"),
        # "were up/down by X to": a change of the subject's level.
        ("Library loans were down 4% to ", "loans"),
        ("Hospital admissions were up by a fifth to ", "admissions"),
        # "the number of" a noun with a name or a grade before it.
        ("The number of IELTS 8.5 achievers climbed by ", "achievers"),
        # Never a verb or a place after the number of.
        ("The number of voters in cities rose to ", "voters"),
    ],
)
def test_the_counted_subject_through_an_acronym_a_participle_or_a_change(before, unit):
    assert unit_named_before(before, len(before)) == unit


def test_the_number_of_a_determined_noun_outranks_an_earlier_duration():
    # "the number of the passing trucks from 14,000": trucks, not the hours counted before.
    sentence = (
        "The plan cuts waiting from 20 hours to 10 hours and raises the number of the passing trucks from 14,000."
    )
    assert unit_named_before(sentence, sentence.index("14,000")) == "trucks"
    [*_, figure] = extract_figures(sentence)
    assert (figure.value, figure.unit) == (14000, "trucks")


# Seventeenth round: a plural subject that changed "by" a bare number is what it counts, and an adverb
# may stand between a subject's participle and its verb ("Homes flooded now totalled …").
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Factory payrolls fell by 12,000 in March, the ministry said.", "12,000", "payrolls"),
        ("Homes flooded now totalled 8,340 across the province.", "8,340", "homes"),
    ],
)
def test_a_subject_counted_by_its_change_or_past_an_adverb(text, quote, unit):
    assert (quote, unit) in [(c.quote, c.unit) for c in extract_figures(text)]


# Seventeenth round: "the number of (those|the) injured" names the harmed by their state.
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The number of those wounded was later raised to 240.", "240", "wounded"),
        ("The number of the injured stands at 318, officials added.", "318", "injured"),
    ],
)
def test_the_number_of_the_harmed_counts_them(text, quote, unit):
    assert (quote, unit) in [(c.quote, c.unit) for c in extract_figures(text)]


def test_a_breakdown_by_place_in_brackets_counts_the_noun_it_opened_with():
    # Round 22: "Most cases were from Central Luzon (9,426), Central Visayas (7,741)" (unseen54) read no unit.
    text = "Most infections came from Northvale (4,310), Eastport (2,905) and Lowmoor (1,122), officials said."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [
        ("4,310", "infections"),
        ("2,905", "infections"),
        ("1,122", "infections"),
    ]


# Round 23: a toll far before its verb of reaching ("The death toll from … (international name: …) has
# climbed to 16", "… from a massive U.S. landslide rose to 17") read no unit (unseen11, 39, 56).
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        (
            "THE death toll from the storms driven by the late monsoon over the western provinces and Cyclone "
            "Merra (local name: Ondo) has climbed to 23, the disaster agency reported on Monday.",
            "23",
            "deaths",
        ),
        ("The confirmed death toll from the huge U.K. mudslide rose to 9 but was expected to climb.", "9", "deaths"),
        (
            "The casualty toll from the fighting in the hills east of the river, which began on May 3 after the "
            "talks collapsed, has risen to 1,480, aid groups said.",
            "1,480",
            "casualties",
        ),
    ],
)
def test_a_toll_far_before_its_verb_of_reaching_names_what_it_reaches(text, quote, unit):
    assert (quote, unit) in [(c.quote, c.unit) for c in extract_figures(text)]


def test_a_far_toll_followed_by_another_level_does_not_name_the_second():
    text = (
        "The death toll in the flooded district on the northern bank of the river rose to 14 on Tuesday, while "
        "reported cases of cholera in the crowded camps along the coast climbed to 3,200."
    )
    assert ("3,200", "deaths") not in [(c.quote, c.unit) for c in extract_figures(text)]


def test_a_word_after_the_counted_noun_is_not_it():
    # Round 31: "the number of KCPE candidates this year" counts candidates, not "this".
    text = "The county had the smallest number of ECZ candidates this year with just 1,846."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [("1,846", "candidates")]


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        # the subject of "were", not the officers counted before
        ("Police said 40 officers were hurt, while persons arrested were 175.", "175", "persons"),
        # the wards increased; the seats of the clause before are another count
        ("An increase in council seats to 120 from 98 in 2015 and wards increased to 410 from 380.", "410", "wards"),
        ("An increase in council seats to 120 from 98 in 2015 and wards increased to 410 from 380.", "120", "seats"),
        ("Damaged bridges are placed at 1,250 across the region.", "1,250", "bridges"),
        ("Total fatalities from the storm increased from 12 to 15 after more bodies were found.", "12", "fatalities"),
        ("Osaka had the most people taken to hospitals at 310, followed by Kyoto at 290.", "310", "people"),
        ("The second highest number of total measles cases this year was Davao City at 140.", "140", "cases"),
        (
            "Revenue rose to Sh40 billion on a 9 per cent increase in customers to 12 million.",
            "12 million",
            "customers",
        ),
        (
            "Villas worth Dh15 billion were sold, while the number of real estate brokers registered with the agency increased to 190.",
            "190",
            "brokers",
        ),
    ],
)
def test_the_count_named_before_a_bare_level(sentence, quote, unit):
    assert _unit_of(sentence, quote) == unit


def test_a_relative_clause_counts_the_noun_it_follows():
    # "which have now exceeded 3 million" counts the displaced persons, not the dollars of the clause before.
    text = "The agency has received $12.5 million in aid for the displaced families, which have now exceeded 2 million."
    assert [(c.quote, c.unit) for c in extract_figures(text)][-1] == ("exceeded 2 million", "families")


@pytest.mark.parametrize(
    ("before", "unit"),
    [
        # Round 32: two modifiers, or one with digits, before the noun of "the number of".
        ("The number of international cruise arrivals at the port amounted to ", "arrivals"),
        ("The total number of covid19 admissions is ", "admissions"),
        ("The total number of measles cases admitted to the ward is ", "cases"),
        # "(i.e. …)" is no full stop
        ("The number of persons in the survey (i.e. people aged 18 and over) was ", "persons"),
    ],
)
def test_the_number_of_a_noun_with_its_modifiers(before, unit):
    assert unit_named_before(before, len(before)) == unit


def test_a_toll_carried_to_the_number_by_an_event_counts_deaths():
    # Round 32: "bringing the death toll from the 6.1-magnitude quake … to 40", not 40 magnitude.
    sentence = (
        "Three more bodies were found on Tuesday, bringing the death toll from the 5.8-magnitude tremor "
        "that hit the valley last week to 57, officials said."
    )
    units = {candidate.quote: candidate.unit for candidate in extract_figures(sentence)}
    assert units["57"] == "deaths"
