"""By-agent passives that source a figure (`estimates`, `named_frames.DOCUMENT_BY`), read end to end through
`extract_figures`.

The sentences are invented. Each failed on the code before the twentieth round (which gave the outlet or
dropped the figure); the look-alikes pin what must stay with the outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent's name ends before "to <the next figure>" (estimates.AGENT_THEN_OTHER)
        (
            "The levy was cut from $4.5 billion proposed by Governor Lina Moreau to $4.1 billion.",
            [("$4.5 billion", "Governor Lina Moreau"), ("$4.1 billion", "Wire")],
        ),
        # the figure's noun stands between it and the participle (estimates.FIGURE_THEN_NOUN)
        (
            "The new outlay dwarfs the £900 million package unveiled by the Ruritanian government last spring.",
            [("£900 million", "the Ruritanian government")],
        ),
        # a second count whose passive verb is left out (estimates.ELLIPTICAL_BY)
        (
            "Marchers filled Elm Square, with 14,000 people counted by the police – and 41,000 by the organisers – "
            "on the third day.",
            [("14,000 people", "the police"), ("41,000", "the organisers")],
        ),
        (
            "The vigil drew 3,000 mourners counted by the police, and 9,000 by the organisers, in the rain.",
            [("3,000 mourners", "the police"), ("9,000", "the organisers")],
        ),
        # a target's agent, then the figure it set (estimates.TARGET_BY_OF), the agent glossed by its acronym
        (
            "Prices rose faster than the goal set by the Reserve Bank of Elbonia (RBE) of 2.5 percent.",
            [("2.5 percent", "the Reserve Bank of Elbonia (RBE)")],
        ),
        # a closing "as … by X" names who proposed the clause's figures (estimates.AS_PARTICIPLE_BY)
        (
            "A catch limit of 52,000 tonnes was also adopted, as recommended by the fisheries council.",
            [("52,000 tonnes", "the fisheries council")],
        ),
        # any participle by which a body gives out a document (named_frames.DOCUMENT_BY), the noun capitalised
        (
            "Statistics put out by the Elbonian Census Board show that turnout reached 61.4 per cent.",
            [("61.4 per cent", "the Elbonian Census Board")],
        ),
        (
            "Data prepared by the Harbour Authority show that cargo rose 7.3 percent.",
            [("7.3 percent", "the Harbour Authority")],
        ),
    ],
)
def test_agent_sources_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed's agent is no source
        (
            "Some 300 houses were destroyed by the storm and 40 by the flood.",
            [("Some 300 houses", "Wire"), ("40", "Wire")],
        ),
        # a closing "as shown by" a thing names no one
        ("Output fell 3% over the year, as seen by many traders.", [("3%", "Wire")]),
    ],
)
def test_look_alikes_stay_with_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whatever the verb, a body's own dividend, profit or cost change is a result it posts (acting_verbs.OWN_RESULT)
        (
            "The company achieved a 6 per cent fall in operating costs over the half.",
            [("6 per cent", "The company")],
        ),
        ("Acmecorp declared a final dividend of 14 cents a share.", [("14 cents", "Acmecorp")]),
        ("Elbonia Telecom made $2 billion in profit last year.", [("$2 billion", "Elbonia Telecom")]),
        (
            "Harbour Holdings Bhd reported a stronger quarter on Monday. It recommended a final dividend of 8.5 sen "
            "per share.",
            [("8.5 sen", "Harbour Holdings Bhd")],
        ),
        # "held", "kept": a revising verb whose stem is the verb itself
        (
            "The Reserve Bank of Elbonia held its key rate at 4.1 percent.",
            [("4.1 percent", "The Reserve Bank of Elbonia")],
        ),
    ],
)
def test_body_posts_own_result(text: str, expected: list[tuple[str, str]]) -> None:
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's pay is no result posted
        ("The chairman made $2 million in income last year.", [("$2 million", "Wire")]),
        # a count held is a deed
        ("The army held 40 prisoners at the base.", [("40 prisoners", "Wire")]),
    ],
)
def test_results_look_alikes_stay_with_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    assert origins(text) == expected
