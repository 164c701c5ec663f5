"""A speaker's own act (`claims.extraction.acting`): a subject that fixed the figure is its source.

The sentences are invented. Each case giving a speaker fails on the code before `acting`, which
gave the outlet; the deeds and look-alikes pin what the rule must not credit.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body allocates, budgets, proposes or plans its own figure
        ("The government will allocate RM40 million for rural clinics.", [("RM40 million", "The government")]),
        (
            "KUCHING: The government has budgeted the deficit at 4.1 percent of GDP.",
            [("4.1 percent", "The government")],
        ),
        ("In May, the NHIF proposed a levy of 2.75 percent.", [("2.75 percent", "the NHIF")]),
        ("The ministry hopes to export 300,000 tonnes of maize.", [("300,000 tonnes", "The ministry")]),
        # past an aside and a day, the subject still acted
        (
            "The council, facing a shortfall, on Friday allocated £3m to libraries.",
            [("£3m", "The council")],
        ),
        # a court that sentences or fines fixes the term
        ("The high court upheld a fine of Rs 25,000 each.", [("Rs 25,000", "The high court")]),
        # raising a target is fixing it
        ("Mr Okafor also raised the firm's revenue target to 9 per cent.", [("9 per cent", "Mr Okafor")]),
        # a study's owner designs its sample
        ("Ipsos MORI conducted the poll among 2,130 adults.", [("2,130 adults", "Ipsos MORI")]),
    ],
)
def test_a_subject_that_fixed_its_figure_is_its_source(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # deeds: what a body did is the outlet's report (the corpus conventions)
        "The coastguard rescued 120 migrants off the coast.",
        "Police arrested 18 people at the march.",
        "The firm sold 3 million phones in the quarter.",
        "The charity raised 5 million dollars in a week.",
        "The agency approved, on average, over 90 new permits a week.",
        "The ministry allocated 400 classrooms to the district.",
        # what happened to a quantity: the subject is counted
        "The company's profit rose 12 percent.",
        "The Cabinet's approval rating fell to 30 percent.",
        "The party won 54 seats.",
        # a capitalised word that is no name of a speaker, a name cut short, a count in the subject
        "Heavy rain dumped 200 mm on the city.",
        "The Spanish coast guard coordinated 14 rescue missions.",
        "Eleven miners planned a strike over 40 days of unpaid wages.",
        # a passive: the subject is what was acted on
        "The bridge was budgeted at $40 million.",
    ],
)
def test_deeds_and_look_alikes_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} == {"Wire"}


def test_speech_in_the_sentence_wins():
    assert origins("The government will allocate RM40 million, the finance minister said.") == [
        ("RM40 million", "the finance minister")
    ]


def test_a_quotation_keeps_its_speaker():
    text = "“The board has budgeted $12 million for repairs,” Mayor Tan Wei said."
    assert origins(text) == [("$12 million", "Mayor Tan Wei")]


def test_he_is_the_person_named_before():
    text = "Finance Minister Ana Ruiz spoke in parliament on Monday. She also proposed a budget of $2 billion."
    assert origins(text) == [("$2 billion", "Finance Minister Ana Ruiz")]


def test_an_act_is_trusted_less_than_speech():
    acted = extract_figures("The government will allocate RM40 million for rural clinics.", outlet="Wire")[0]
    said = extract_figures("The government said it would allocate RM40 million for rural clinics.", outlet="Wire")[0]
    assert acted.origin.name == "The government" and said.origin.name == "The government"
    assert acted.confidence < said.confidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any verb with a "that" clause reports it, and names its speaker even in one word
        ("Okonjo observed that enrolment had risen to 82 per cent.", [("82 per cent", "Okonjo")]),
        (
            "Education Secretary Nia Brandt highlighted that 4,100 candidates failed.",
            [("4,100 candidates", "Education Secretary Nia Brandt")],
        ),
        ("The Red Cross confirmed on Monday that 31 volunteers were hurt.", [("31 volunteers", "The Red Cross")]),
        # a name with its acronym in brackets, after a dateline
        (
            "LAHORE: Indus Cement Limited (ICL) has posted a 7 percent rise in profit.",
            [("7 percent", "Indus Cement Limited (ICL)")],
        ),
        # "is also set to": the body plans its figure
        ("The commission is also set to declare results in 84 wards.", [("84 wards", "The commission")]),
    ],
)
def test_reporting_frames_and_names_the_verb_lists_miss(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The levees ensured that 300 homes stayed dry.",
        "Rains were so heavy that 40 roads closed.",
    ],
)
def test_that_after_other_verbs_is_no_report(text):
    assert {origin for _, origin in origins(text)} == {"Wire"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech in a relative clause sources only the figure it states
        (
            "Over 300 aftershocks followed the quake, which the Geological Survey said was magnitude 6.4.",
            [("Over 300 aftershocks", "Wire"), ("6.4", "the Geological Survey")],
        ),
        # a document closing the sentence
        ("Rents rose by 4.2% in the year to May, official figures have shown.", [("4.2%", "official figures")]),
        # a fixing verb in the passive names its agent
        (
            "The target for wind output has been lowered by the CEA to 61 billion units.",
            [("61 billion units", "the CEA")],
        ),
        # a body named by its owner, a body's noun after its place, a plural source before an aside
        ("Chile's seismology center recorded a magnitude of 5.8.", [("5.8", "Chile's seismology center")]),
        (
            "The Lagos State police released a lower estimate, putting the crowd at 9,000.",
            [("9,000", "The Lagos State police")],
        ),
        ("Local elders, however, put the death toll at 14.", [("14", "Local elders")]),
    ],
)
def test_named_frames_with_no_verb_of_speech(text, expected):
    assert origins(text) == expected


def test_a_deed_in_the_passive_or_a_noun_after_a_name_credits_nobody():
    assert {o for _, o in origins("Four suspects were arrested by the police.")} == {"Wire"}
    assert {o for _, o in origins("House prices recorded a 0.4 per cent rise.")} == {"Wire"}
    assert {o for _, o in origins("The administration has issued no new export licences.")} == {"Wire"}


def test_who_acted_is_no_antecedent_for_a_later_reference():
    text = (
        "The trial court imposed a fine of Rs 2,000 on each convict. "
        "The court said the fine of Rs 2,000 was too small and raised it to Rs 40,000."
    )
    assert [origin for _, origin in origins(text)][-1] == "The court"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whatever the main verb, ", saying" makes its subject speak what follows
        (
            "But the Taliban dismissed the report as false, saying 14 fighters had died.",
            [("14 fighters", "the Taliban")],
        ),
        (
            "The Quezon City police released a far lower crowd estimate, saying there were 7,500 marchers.",
            [("7,500 marchers", "The Quezon City police")],
        ),
    ],
)
def test_saying_after_any_verb(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank keeping or moving its rate fixes it; a wire dateline with no space after its dash
        (
            "LIMA (Reuters) -The Central Reserve Bank of Peru left its benchmark interest rate unchanged at 5.25%.",
            [("5.25%", "The Central Reserve Bank of Peru")],
        ),
        # a demand in the progressive, past an aside holding a number with a thousands comma
        (
            "The Ohio Nurses Association, a union of 42,000 nurses, is asking for a 9 percent raise.",
            [("42,000 nurses", "The Ohio Nurses Association"), ("9 percent", "The Ohio Nurses Association")],
        ),
        # a legislature approving a budget allocates it; approving a count of permits is a deed
        ("The Senate has approved a national budget of P5.1 trillion.", [("P5.1 trillion", "The Senate")]),
    ],
)
def test_rates_demands_and_approvals(text, expected):
    assert origins(text) == expected


def test_a_result_beside_an_estimate_owner_and_after_an_opening_adjunct():
    # "earned 89 cents" is the company's result (money after the verb is no count of deeds); the analysts
    # keep their own estimate
    text = "Excluding one-off costs, the company earned 64 cents a share, beating the analyst estimate of 58 cents."
    assert origins(text) == [("64 cents", "the company"), ("58 cents", "analysts")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judge named before by surname alone sentences and fines
        (
            "Harlow also sentenced Pike to two years of probation and fined him $15,000.",
            [("two years", "Harlow"), ("$15,000", "Harlow")],
        ),
        # a court changing its own order fixes the new figure
        (
            "Judge Barnes QC, sitting at the Crown Court, has increased the value of a confiscation order made against"
            " a fraudster from £1 to £12,400.",
            [("£1", "Judge Barnes QC"), ("£12,400", "Judge Barnes QC")],
        ),
    ],
)
def test_a_judge_fixes_a_sentence(text, expected):
    assert origins(text) == expected


def test_a_surname_that_fines_a_count_of_deeds_is_no_source():
    assert origins("Harlow fined 12 firms.") == [("12 firms", "Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court or a jury that convicts rules on whom and on how many counts: its ruling, as a sentence is
        ("A Ruritanian court on Monday convicted 14 activists of rioting.", [("14 activists", "A Ruritanian court")]),
        ("A jury convicted Holt two months ago on 12 counts of fraud.", [("12 counts", "A jury")]),
        # suspending a sentence fixes its term, as changing it does
        (
            "Judge Mary Keane heard the case in Northtown. She suspended both sentences for three years.",
            [("three years", "Judge Mary Keane")],
        ),
    ],
)
def test_a_verdict_is_the_court_s_own_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club suspended 3 players for doping.",  # suspending players is a deed, no sentence suspended
    ],
)
def test_handing_and_suspending_without_a_sentence_are_deeds(text):
    assert all(origin == "Wire" for _, origin in origins(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today" between the subject and its verb is when: the verb right after it is read
        (
            "PORT LOUIS, March 2 — The Ruritania government today tabled a budget of RM3.4 billion for next year.",
            [("RM3.4 billion", "The Ruritania government")],
        ),
        # a bare weekday glued to a plural body: the day is no part of the name, the courts are bodies
        (
            "KANDY: The Special Courts Monday awarded jail terms to six accused in cases of fraud.",
            [("six accused", "The Special Courts")],
        ),
        # a title, initials and a surname name a judge; a dateline in an en dash opens the sentence
        (
            "Eko – Justice K. O. Adeyemi, of the Federal High Court in Eko on Monday, sentenced a trader to 9 years in"
            " prison.",
            [("9 years", "Justice K. O. Adeyemi")],
        ),
    ],
)
def test_a_day_or_initials_between_the_subject_and_its_verb(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company that changes its own results posts them
        (
            "Harbour Savings Bank has lifted half-year cash earnings by 3.2 per cent to $1.9 billion.",
            [("3.2 per cent", "Harbour Savings Bank"), ("$1.9 billion", "Harbour Savings Bank")],
        ),
        (
            "Kestrel Foods grew its loan book during the quarter by 8.4 percent.",
            [("8.4 percent", "Kestrel Foods")],
        ),
        # a name that runs past "of the" to its acronym, after a dateline
        (
            "LAGOS, Nigeria – Family-run Bank of the Western Coast (BWC) boosted its net profit by 12.5 percent.",
            [("12.5 percent", "Family-run Bank of the Western Coast (BWC)")],
        ),
    ],
)
def test_results_changed_are_results_posted(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The farm boosted output by 12 percent.",  # output is no result a company posts
        "The charity raised 20 million dollars.",  # a deed
    ],
)
def test_growing_what_is_no_result_is_a_deed(text):
    assert all(origin == "Wire" for _, origin in origins(text))


def test_looking_for_a_figure_is_expecting_it():
    assert origins("Analysts were looking for $7.3 billion in revenue.") == [("$7.3 billion", "Analysts")]
    assert origins("Police were looking for 3 suspects.") == [("3 suspects", "Wire")]  # a count of a deed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dividend paid is one declared
        (
            "The insurer will pay a fully franked final dividend of 41 cents a share.",
            [("41 cents", "The insurer")],
        ),
        # a central bank known by its short name, and short-term rates are its rates
        ("The Fed has raised short-term rates by 2 percentage points.", [("2 percentage points", "The Fed")]),
    ],
)
def test_dividends_paid_and_rates_raised(text, expected):
    assert origins(text) == expected


def test_paying_what_is_no_dividend_is_a_deed():
    assert origins("The company paid 300 workers.") == [("300 workers", "Wire")]


def test_an_agent_in_a_relative_clause_on_a_figure_sources_that_figure_only():
    text = "Nurses are holding 30 rallies and want a 6 percent raise rather than the 3.5 percent that is being offered by the board."
    assert origins(text) == [("30 rallies", "Wire"), ("6 percent", "Wire"), ("3.5 percent", "the board")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finding whose clause drops "that", from a body written as dotted initials
        ("The U.N. found world output needs to rise 9 percent by 2030.", [("9 percent", "The U.N.")]),
        ("The U.N. allocated $7 million to the camps.", [("$7 million", "The U.N.")]),
    ],
)
def test_a_dotted_acronym_and_a_finding_without_that(text, expected):
    assert origins(text) == expected


def test_finding_bodies_is_no_finding():
    assert origins("Police found 3 bodies in the river.") == [("3 bodies", "Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country decides a target or a price: its government is the source
        ("Ruritania has targeted a 45 per cent cut in emissions by 2035.", [("45 per cent", "Ruritania")]),
        ("Freedonia raised fuel prices to Rs210.5 on Monday.", [("Rs210.5", "Freedonia")]),
        # a minister named by the surname alone sets money aside or suggests a figure
        ("Okonjo set aside N4.2 billion for rural roads.", [("N4.2 billion", "Okonjo")]),
        ("Okonjo suggested the 6% increase in the health budget.", [("6%", "Okonjo")]),
        # a body that triples or doubles an allocation fixes it
        (
            "The Treasury also doubled the allocation for dams to Sh8.2 billion.",
            [("doubled", "The Treasury"), ("Sh8.2 billion", "The Treasury")],
        ),
        # a company explaining its results gives them
        (
            "The lender attributed the rise to a 12 percent increase in fee income.",
            [("12 percent", "The lender")],
        ),
    ],
)
def test_a_country_or_a_surname_decides_and_a_body_explains(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Funding allocated to schools rose 5% this year.",  # a participle: "Funding" is no body
        "Okonjo raised $26,000 for the clinic.",  # a deed: money raised is no price fixed
        "Ruritania exported 40,000 tonnes of rice.",  # a deed, no decision
    ],
)
def test_one_word_subjects_that_decide_nothing_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} <= {"Wire"}


def test_a_name_before_an_apposition_that_opens_on_a_possessive():
    # "Halvern Bank of Ruritania, the country's …": the name runs to its apposition, past "of"
    text = "Halvern Bank of Ruritania, Vantor's biggest lender by assets, recorded a 41 per cent jump in profit."
    assert origins(text) == [("41 per cent", "Halvern Bank of Ruritania")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a few words in quotation marks are a scare quote or a name, no speech: the subject still acts
        (
            "The agency described the skiff as a “floating wreck” carrying 22 migrants.",
            [("22 migrants", "The agency")],
        ),
        ('The court upheld the "exemplary" fine of Rs 40,000 each.', [("Rs 40,000", "The court")]),
    ],
)
def test_scare_quotes_are_no_quotation(text, expected):
    assert origins(text) == expected


def test_a_quotation_with_a_figure_still_has_its_own_speaker():
    text = "The council, in “a budget of $9 million”, set its priorities."
    assert {origin for _, origin in origins(text)} == {"Wire"}


def test_it_that_pays_a_dividend_is_the_company_named_before():
    text = "Vantor Oil announced its results on Monday. It has already paid an interim dividend of Rs12 a share."
    assert origins(text)[-1] == ("Rs12 a share", "Vantor Oil")


def test_a_dividend_paid_is_a_dividend_declared():
    assert origins("The lender has paid a final dividend of 41 cents a share.") == [("41 cents", "The lender")]


def test_it_that_rose_is_no_company():
    assert origins("It rose 5% in May.") == [("5%", "Wire")]


@pytest.mark.parametrize(
    "text",
    [
        "The good news was that fewer than 40 houses burned, far below the forecasts.",
        "The worry is that the bill could reach $3 billion next year.",
    ],
)
def test_a_word_of_judgement_before_is_that_speaks_for_no_one(text):
    # a copula with "that" after "news", "worry", "truth" …: what the case is, not a report of someone
    assert {origin for _, origin in origins(text)} == {"Wire"}


def test_reports_are_that_still_report():
    text = "Reports are that the ferry had drifted for nine days."
    assert origins(text) == [("nine days", "Reports")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith expressed the belief that 41% of voters backed her.", [("41%", "Smith")]),
        ("The union voiced concern that 300 jobs would go.", [("300 jobs", "The union")]),
    ],
)
def test_a_stance_named_before_its_that_clause_reports_it(text, expected):
    assert origins(text) == expected


def test_an_object_that_is_no_stance_before_that_gives_no_speaker():
    assert all(origin == "Wire" for _, origin in origins("Smith expressed the shipment that 41 boxes came."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Ana Ruiz this week pledged 400,000 jobs will be created.",
            [("400,000 jobs", "Prime Minister Ana Ruiz")],
        ),
        (
            "The tourism board targets 2.5 million visitors by December.",
            [("2.5 million visitors", "The tourism board")],
        ),
    ],
)
def test_a_count_promised_is_no_deed(text, expected):
    assert origins(text) == expected
