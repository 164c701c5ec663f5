"""Shapes of a sentence whose own subject or agent sources its figure (`acting`, `acting_documents`,
`subject_padding`, `estimates`), read end to end through `extract_figures`.

The sentences are invented. Each failed on the code before the nineteenth round (which gave the outlet);
the look-alikes pin what must stay with the outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body that holds a target or budget fixed it (subject_padding.RESULT_HELD)
        (
            "Ruritania's central bank has a growth target of 4.5% for the year.",
            [("4.5%", "Ruritania's central bank")],
        ),
        # a company that saw its own results move posts them
        (
            "Coastal lender Banco Norte saw its net profit climbing 12.4 percent in the half.",
            [("12.4 percent", "Banco Norte")],
        ),
        # a body's name holding "of the" (openers.LEADING_SUBJECT, acting_subjects.names_someone), verb "lists"
        (
            "For its part, the Ministry of the Navy lists 4,300 sailors on leave.",
            [("4,300 sailors", "the Ministry of the Navy")],
        ),
        # a stance held on a clause reports it
        (
            "The Port Authority of Elbonia is confident that cargo will reach 9 million tonnes.",
            [("9 million tonnes", "The Port Authority of Elbonia")],
        ),
        # the subject after a long opening adjunct (acting_subjects.OPENING_PHRASE)
        (
            "In a further ruling that the defence had sought to delay for most of the autumn session, "
            "the Elbonia Appeals Court sentenced the former mayor to four years in prison.",
            [("four years", "the Elbonia Appeals Court")],
        ),
        # "verified": confirming a count
        ("Navy officials verified the loss of about 45 sailors.", [("about 45 sailors", "Navy officials")]),
        # whose count opens the sentence
        ("By the agency's count, 1,240 homes have flooded.", [("1,240 homes", "the agency")]),
        # a document issued by a body
        (
            "Fresh statistics issued by the Federation of Mill Owners highlighted a fall of 8.2 percent in output.",
            [("8.2 percent", "the Federation of Mill Owners")],
        ),
        # speech in a relative on its speaker, a compound head ("vice-presidents")
        (
            "The plan angered the vice-presidents, who say the £4,000 bonus is too small.",
            [("£4,000", "vice-presidents")],
        ),
        # a body opening a coordinated clause sources that clause's figures only
        (
            "Rs9,000 is the base grant and the District council has agreed to add Rs 4,500 for each family.",
            [("Rs9,000", "Wire"), ("Rs 4,500", "the District council")],
        ),
        # a compound head after the name ("sub-committee")
        (
            "A Provincial Cabinet sub-committee on grain prices approved a purchase of 3.2 lakh tonnes of wheat.",
            [("3.2 lakh tonnes", "A Provincial Cabinet sub-committee")],
        ),
        # a sum a body commits to pay, a fee or a deal it agrees; one capitalised word (a club told in full before)
        ("Villa will pay an initial fee of €20m for the striker.", [("€20m", "Villa")]),
        ("Albion have agreed a deal worth up to £31m with the Dutch side.", [("up to £31m", "Albion")]),
        ("The county council will pay each household a further £250.", [("a further £250", "The county council")]),
    ],
)
def test_a_subject_or_agent_in_the_figure_s_sentence_sources_it(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The country has a population of 4 million.",  # no target or budget held
        "Coastal lender Banco Norte saw 400 customers leave.",  # no result of its own
        "Navy officials rescued 45 sailors.",  # a deed
        "The residents, who live near the plant, lost 30 homes.",  # no speech in the relative
        "By the end of the year, 1,240 homes had flooded.",  # no one's count
        "Rs9,000 is the base grant and the District council arrested 45 brokers.",  # a deed in the second clause
        "Farmers will pay 10 percent more for seed.",  # a plural noun names the payers, no body
        "Shoppers paid £40 for a ticket.",  # a price paid, no commitment
        "The club paid a record fee of £90 million for the winger.",  # a fee paid is a deed
        "Villa paid a fee of £20m for the striker.",  # so for one capitalised word
    ],
)
def test_look_alikes_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} <= {"Wire"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body right after the figure fixed it (estimates.BODY_AFTER_FIGURE)
        (
            "The fine was far below the 12 years prosecutors had originally sought.",
            [("12 years", "prosecutors")],
        ),
        # a term recommended by its agent (a span of years is no count of deeds)
        (
            "The term, well short of the 15 years recommended by prosecutors, surprised many.",
            [("15 years", "prosecutors")],
        ),
        # an opening participle names who fixed the figure (named_frames.OPENING_BY)
        (
            "Defined by the Monetary Board (MB), the ceiling is 4.5%, with a band of 1 point either side.",
            [("4.5%", "the Monetary Board (MB)"), ("1 point", "the Monetary Board (MB)")],
        ),
        # "with X saying/forecasting": a body's name, and a participle of estimate (participles)
        (
            "Arrivals slowed, with the Ministry of the Navy saying 2,310 boats had docked.",
            [("2,310 boats", "the Ministry of the Navy")],
        ),
        ("Debt rose further, with the IMF forecasting a gap of 3.4%.", [("3.4%", "the IMF")]),
        # a figure spoken of is said
        (
            "The Labour Ministry spoke of almost 2.4 million people.",
            [("almost 2.4 million people", "The Labour Ministry")],
        ),
        # a sum a body is set to spend is its budget
        ("Government is set to spend some 45 million cedis on the dam.", [("some 45 million cedis", "Government")]),
    ],
)
def test_agents_and_bodies_around_the_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The firm spent $2 million on adverts.",  # a sum spent is a deed
        "Written by two students, the play runs for 90 minutes.",  # no verb of fixing in the opening participle
        "Prices rose, with shoppers seeing bills of £40 more a month.",  # shoppers are no body
    ],
)
def test_spending_and_participles_that_name_no_source(text):
    assert {origin for _, origin in origins(text)} <= {"Wire"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings that open the sentence and show its figures are their source (acting_documents.findings_subject)
        (
            "Official results for the Elbonian vote show that the ruling bloc lost 31 percent of its seats.",
            [("31 percent", "Official results")],
        ),
        # named by their head phrase, without what they cover
        (
            "Provisional trade data for the second quarter showed that exports fell 4.2 percent.",
            [("4.2 percent", "Provisional trade data")],
        ),
        ("Further details show the valid ballots numbered 812,400.", [("812,400", "Further details")]),
        # a body's data names the body
        (
            "The Elbonia Statistics Office (ESO) data in its 2023 Tourism Review, shows that visitors reached 2.3 million.",
            [("2.3 million", "Elbonia Statistics Office (ESO)")],
        ),
    ],
)
def test_findings_that_show_the_figures(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Data centres use 3 percent of the grid's power.",  # no findings: "data" describes the centres
        "The results were a 12 percent rise in sales.",  # no verb of showing
    ],
)
def test_findings_look_alikes(text):
    assert {origin for _, origin in origins(text)} <= {"Wire"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day opening the sentence is no subject before an aside; a head two words after the name; a trailing
        # participle that changes the subject's own rate (acting._trailing_revision)
        (
            "On Monday, the Elbonian central bank paused its easing cycle, raising its key policy rate by 25 basis points.",
            [("25 basis points", "the Elbonian central bank")],
        ),
    ],
)
def test_a_trailing_participle_revising_the_subject_s_own_rate(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the Elbonian central bank met lenders, raising rates across the market by 25 basis points.",
        "The ministry met unions, raising pay by 4 percent.",
    ],
)
def test_a_trailing_participle_on_no_figure_of_the_subject_s_own(text):
    assert {origin for _, origin in origins(text)} <= {"Wire"}
