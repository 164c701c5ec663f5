"""Who said each figure, in kinds of real copy the fourth round of issue 18 met (invented sentences).

Each case failed before its rule: verbs of reporting beyond "said" (confirm, reveal, project,
"were expecting", "reported intercepting", "reads the proposal"), "as" meaning "because",
", which expects", a speaker who cites a source in their own words, an apposition naming the
body, a closing "according to" after an estimate, and "they" taken up across sentences.
"""

import pytest

from claims.extraction import extract_figures


def origins(text):
    return [
        (candidate.quote, candidate.origin.name if candidate.origin else None)
        for candidate in extract_figures(text, outlet="Wire")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # confirm, after a modal
        (
            "The border official would only confirm the deaths of five guards.",
            [("five guards", "The border official")],
        ),
        # "indicated that", and a forecaster that "sees" an economic quantity at a figure
        ("The union indicated that 40 jobs would go.", [("40 jobs", "The union")]),
        ("The bank now sees inflation at 3%.", [("3%", "The bank")]),
        # "as per X", ", per X data", "was quoted as saying"
        ("As per the health department, 40 people died.", [("40 people", "the health department")]),
        ("Exports fell 4%, per Commerce Department data.", [("4%", "Commerce Department data")]),
        ("The governor was quoted as saying 40 people died.", [("40 people", "The governor")]),
        # a document with a release phrase before its verb; an estimate as a document
        (
            "Unemployment fell to 4%, the lowest in a decade, data released on Friday showed.",
            [("4%", "data")],
        ),
        ("Eurostat's flash estimate showed inflation at 2.4%.", [("2.4%", "Eurostat's flash estimate")]),
        # "X, however, said": the adverb between commas is no speaker
        (
            "Police said 40 people were arrested. Organisers, however, said 200 were detained.",
            [("40 people", "Police"), ("200", "Organisers")],
        ),
        ("The ministry, in a statement, said 40 people died.", [("40 people", "The ministry")]),
        # a relative clause's own subject speaks, never the noun it hangs on ("The toll")
        ("The toll, which officials said could rise, stood at 40.", [("40", "officials")]),
        # a body's own records after an opening phrase
        (
            "In its annual report, Amnesty International recorded 40 executions.",
            [("40 executions", "Amnesty International")],
        ),
        # cutting or trimming a forecast to a figure is the forecaster's estimate
        ("The bank cut its growth forecast to 2%.", [("2%", "The bank")]),
        # a progressive estimate
        ("Economists were expecting growth of 2.1%.", [("2.1%", "Economists")]),
        # "projects" as a verb before its clause, never the noun
        ("Gartner projects tablet sales will reach 40 million units.", [("40 million units", "Gartner")]),
        # a document closing the sentence with "reveal"
        (
            "Passengers rose to 5 million, figures from the Aviation Board reveal.",
            [("5 million", "figures from the Aviation Board")],
        ),
        # '"…," reads the proposal.'
        ('"The deficit will fall to 2.5 percent of GDP," reads the proposal.', [("2.5 percent", "the proposal")]),
        # "as" meaning "because": the clause it opens does not reach back
        (
            "The debt should stay under 49 percent as the treasury expects gross debt at 48.2 percent.",
            [("under 49 percent", "Wire"), ("48.2 percent", "the treasury")],
        ),
        # a body that reports what it did
        ("The Coast Guard reported rescuing 40 migrants.", [("40 migrants", "The Coast Guard")]),
        # ", which expects": the noun phrase before it
        (
            "The cabinet approved a draft budget, which expects the deficit to fall to 0.4 percent.",
            [("0.4 percent", "a draft budget")],
        ),
        # a speaker citing a source in their own words stays the origin
        (
            "The mayor said that according to police records, 40 people died.",
            [("40 people", "The mayor")],
        ),
        # an estimate closed by "according to" any source: the estimators are the origin
        (
            "Economists expected growth of 2%, according to a survey by the central bank.",
            [("2%", "Economists")],
        ),
        # the named body in an apposition, not its description
        (
            "Its organiser, the Civil Rights Front, put the turnout at 510,000.",
            [("510,000", "the Civil Rights Front")],
        ),
        # a pronoun opening a coordinated clause; a body opening the sentence before an adverb
        (
            "Arsenal clearly have the touch and last year they announced profits of £27 million.",
            [("£27 million", "Arsenal")],
        ),
        # a body that released a report relays what "the report" later shows: the report's figure
        (
            "The cartel released its monthly report on Monday. The report showed output rose to 30 million barrels.",
            [("30 million barrels", "The report")],
        ),
        # who reworked the numbers in an opening "When …," clause gives the main clause's figures
        (
            "When pollsters excluded the undecided, 52 per cent backed the plan.",
            [("52 per cent", "pollsters")],
        ),
        # a person introduced by a lowercase title is who a later "he" means
        (
            "District police chief Omar Haidari spoke to reporters. At least 40 people died, he said.",
            [("At least 40 people", "Omar Haidari")],
        ),
        # "they" is a group that opened a recent sentence
        (
            "Police arrested two men on Friday. They said 40 people were hurt.",
            [("two men", "Wire"), ("40 people", "Police")],
        ),
        (
            "Researchers at Leeds University studied the records. They also found that 40 patients died.",
            [("40 patients", "Researchers at Leeds University")],
        ),
    ],
)
def test_who_said_the_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 40 projects will cost $5 million.", [("40 projects", "Wire"), ("$5 million", "Wire")]),
        ("Sales rose 5%, as high as analysts expected.", [("5%", "Wire")]),
        ("Shoppers reported losing $40 million.", [("$40 million", "Wire")]),
        ("The city sees an influx of 40 migrants.", [("40 migrants", "Wire")]),
        ("Officials counted two million ballots by midnight.", [("two million ballots", "Wire")]),
        ("When police arrived, 40 people had fled.", [("40 people", "Wire")]),
        ("Shares rose 5%, per cent of gains.", [("5%", "Wire")]),
        ("The firm cut 400 jobs.", [("400 jobs", "Wire")]),
    ],
)
def test_look_alikes_name_nobody(text, expected):
    """A noun "projects", a comparison "as high as", an experience "reported losing": the outlet's."""
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "put" with a count of the dead or hurt as its object, the figure in words, before another's claim
        (
            "Village elders, however, put the police casualties at nine, but the district chief said the figure was lower.",
            [("nine", "Village elders")],
        ),
    ],
)
def test_a_count_of_casualties_put_at_a_figure(text, expected):
    assert origins(text) == expected
