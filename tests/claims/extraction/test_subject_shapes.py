"""Subject shapes read end to end through `extract_figures` (invented sentences): an age or a listing relative clause between a speaker and
its verb (`subjects`), a pollster's sample (`sampling`), a group in a participle clause (`participles`), a
sentence handed down by "gave" or "ordered … to serve" (`judging`), costs put at a figure past a long modifier
and casualties updated (`acts`), a levy raised (`acting_verbs`), and a body in a clause opened by "after"
(`acting`)."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an age between commas glosses the name before it
        ("Mayor Ann Roe, 54, told reporters 300 houses were lost.", "300 houses", "Mayor Ann Roe"),
        ("Tomas Vell, 61, a farmer in the valley, said 40 cows had died.", "40 cows", "Tomas Vell"),
        # a relative clause with a list in it, closing right before the verb
        (
            "Brellco, which makes bicycles, scooters, and other toys for children, said on Tuesday that sales "
            "rose 6 percent.",
            "6 percent",
            "Brellco",
        ),
        (
            "In a trading update, the ferry group, which carries passengers, cars and freight between Spain, France "
            "and Italy, said profit rose 7 per cent.",
            "7 per cent",
            "the ferry group",
        ),
        # a pollster of one word whose verb is "interviewed" or "surveyed" draws its sample
        ("Pollwise interviewed 1,204 adults by telephone last week.", "1,204 adults", "Pollwise"),
        ("Pollwise surveyed 1,310 voters in May.", "1,310 voters", "Pollwise"),
        # a group that counts for itself in a participle clause
        (
            "Shelling killed 9, with an opposition group reporting 14 more deaths.",
            "14 more deaths",
            "an opposition group",
        ),
        # a sentence handed down by everyday verbs
        ("Judge Lena Marsh gave the driver 18 months in jail.", "18 months", "Judge Lena Marsh"),
        (
            "Marsh also ordered him to serve 24 months on supervised release and to do 200 hours of community service.",
            "24 months",
            "Marsh",
        ),
        # costs put at a figure past a long modifier
        (
            "The state government said the floods were the worst in decades. It put preliminary costs as a result of the "
            "rain at 80.3bn rupees.",
            "80.3bn rupees",
            "The state government",
        ),
        # casualties updated in a closing tag
        (
            "A clash in the hills had left at least 5 people killed and 11 others wounded, a police official updated "
            "the casualties on Monday.",
            "11 others",
            "a police official",
        ),
        # a body raising a levy, in a clause opened by "after"
        (
            "Power bills rose after the regulator raised the fuel levy to Sh4.51 per kWh from Sh4.30.",
            "Sh4.51",
            "the regulator",
        ),
        (
            "Grain prices fell below support levels after the government fixed the benchmark prices at least 40% above "
            "costs.",
            "at least 40%",
            "the government",
        ),
        # a study's team designs it: what it looked at or selected
        (
            "In the study, the team looked at 51,204 confirmed and suspected cases of flu across Peru.",
            "51,204 confirmed and suspected cases",
            "the team",
        ),
        ("The team selected three main risk factors: age, smoking and diet.", "three main risk factors", "The team"),
    ],
)
def test_the_speaker_past_the_shape_is_the_source(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a figure in a relative clause before an inverted "said X" is no gloss of a speaker before it
        (
            "The median price, which covers 90 percent of sales, was $234,900 in May, said the realtors' group.",
            "90 percent",
        ),
        # deeds keep the outlet: a gift, an order of buses, a sum after "gave"
        ("The mayor gave the charity $5,000.", "$5,000"),
        ("Lopez ordered 40 new buses.", "40 new buses"),
        # a poll's respondents in a participle clause are no source
        ("Prices rose, with four in five adults saying they had cut back.", "four in five"),
        # a team that looks for people does no study
        ("The rescue team looked for 12 missing climbers.", "12 missing climbers"),
    ],
)
def test_look_alikes_are_not_given_a_new_speaker(text, quote):
    assert origin_of(text, quote) in ("Wire", "the realtors' group")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a range narrowed on the body's own outlook is revised (acting_verbs.REVISING_STEMS)
        ("The brewer narrowed its annual sales outlook to $410-$430 million.", "$410-$430 million", "The brewer"),
        # "the management" is a body that fixes its own guidance (acting_subjects.SPEAKER_HEADS)
        (
            "Helped by strong orders, the management revised up its full-year revenue guidance to $2.3 billion.",
            "$2.3 billion",
            "the management",
        ),
        # "both" before a participle aside between the speakers and their verb (subjects.PARTICIPLE)
        (
            "A navy captain and a port official, both speaking on condition of anonymity, told Wire on Friday "
            "that 14 sailors were missing.",
            "14 sailors",
            "A navy captain and a port official",
        ),
        # a researcher glossed in commas "and colleagues" (acting_subjects.WITH_COLLEAGUES)
        (
            "Lena Ostrova, Ph.D., of the Baltic Heart Institute in Riga, and colleagues enrolled 1,830 adults.",
            "1,830 adults",
            "Lena Ostrova, Ph.D., of the Baltic Heart Institute in Riga, and colleagues",
        ),
        (
            "Lena Ostrova, of the Baltic Heart Institute, and colleagues surveyed 640 nurses.",
            "640 nurses",
            "Lena Ostrova, of the Baltic Heart Institute, and colleagues",
        ),
        # a body's own toll, increased (acting_verbs.TARGET_OBJECT), by an office named after an acronym and three
        # describing words (acting_subjects.HEAD_THREE_AFTER_NAME)
        (
            "The U.N. refugee relief office on Monday increased its estimated death toll from the floods to 418.",
            "418",
            "The U.N. refugee relief office",
        ),
        ("The relief agency increased its estimated death count to more than 95.", "more than 95", "The relief agency"),
        # a name after four words describing the body (openers.DESCRIBED_NAME)
        (
            "New Ruritania’s state-owned power utility Voltek made 4 billion dollars in profit last year.",
            "4 billion dollars",
            "Voltek",
        ),
    ],
)
def test_more_subject_shapes(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a gap or a loss that narrows or widens by itself names no one
        ("The trade gap narrowed to $3.2 billion in May.", "$3.2 billion"),
        ("Losses at the unit widened to $40 million.", "$40 million"),
        # a storm that raises a toll gives none
        ("Fresh landslides increased the death toll to 40.", "40"),
        # a gloss with a figure in it, or a deed, keeps the outlet
        ("Piet Vos, a farmer, and colleagues sold 40 cows at the fair.", "40 cows"),
    ],
)
def test_more_look_alikes_keep_the_outlet(text, quote):
    assert origin_of(text, quote) == "Wire"
