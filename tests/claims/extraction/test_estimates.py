"""Tests for `claims.extraction.estimates`: estimates sourced by their owner or a passive agent."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "quote", "chain"),
    [
        # an estimate's owner named after it, for that figure only
        ("Nokia beat the 12 cents a share profit forecast of analysts, and sales rose 4%.", "12 cents",
         ["Wire", "analysts"]),
        ("Profit topped the average estimate of $2.10 per share among analysts polled by Refinitiv.",
         "$2.10 per share", ["Wire", "Refinitiv", "analysts"]),
        # the owner's estimate written before the figure
        ("Sales missed Wall Street’s expectations for about $9 billion.", "about $9 billion",
         ["Wire", "Wall Street"]),
    ],
)  # fmt: skip
def test_an_estimate_is_its_owners(sentence, quote, chain):
    candidate = next(c for c in extract_figures(sentence, outlet="Wire") if c.quote == quote)
    assert [link.name for link in candidate.chain] == chain


def test_the_company_keeps_its_own_figure_beside_an_estimate():
    text = "Nokia reported sales of $5.1 billion, short of Wall Street’s expectations for $5.3 billion."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("$5.1 billion", "Nokia"), ("$5.3 billion", "Wall Street"),
    ]  # fmt: skip


def test_an_owners_estimate_reaches_only_the_figure_after_it():
    text = "Revenue rose 18% to $9.4 billion, topping the average Wall Street forecast of $9.2 billion."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("18%", "Wire"), ("$9.4 billion", "Wire"), ("$9.2 billion", "Wall Street"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an estimate owned by a trade written as an adjective
        ("Sales rose to $8.1 billion, beating analyst estimates of $7.9 billion.", "$7.9 billion", "analysts"),
        # an estimate owned by a body the text named before, by its common noun
        ("Lumio Systems sold 40 million phones. That beat the company’s own forecast of 35 million.",
         "35 million", "Lumio Systems"),
    ],
)  # fmt: skip
def test_owners_of_an_estimate_written_before_it(text, quote, speaker):
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote.startswith(quote)]
    assert candidate.origin.name == speaker
    # the figure the outlet reports itself keeps the outlet
    assert extract_figures(text, outlet="Wire")[0].origin.name in ("Wire", "Lumio Systems")


def test_a_figure_claimed_by_a_body_is_theirs_beside_another_estimate():
    text = "The mayor's office estimated turnout at 12,000, far below the 50,000 claimed by the organisers."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("12,000", "The mayor's office"),
        ("50,000", "the organisers"),
    ]


def test_a_groups_estimate_written_before_its_figure_is_theirs():
    text = "Police did not dispute the organisers’ estimate of 80,000."
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "organisers"


def test_a_figure_expected_by_nobody_named_after_it_is_the_forecasters_named_before():
    text = "Lumio beat the 12 cents a share forecast of analysts, but sales fell short of the $2.1 billion expected."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][-1] == ("$2.1 billion", "analysts")
    # with no forecaster named, nobody is guessed
    [_, expected] = extract_figures("Sales rose 4%, more than the 3% expected.", outlet="Wire")
    assert expected.origin.name == "Wire"


def test_a_verb_before_the_forecasters_is_no_part_of_their_name():
    text = "Net profit rose to 1.2 billion euros, beating analysts’ average forecast of 1.1 billion."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][-1] == ("1.1 billion", "analysts")


def test_a_passive_agent_stops_before_the_verb_that_follows_it():
    text = "The toll of 300 given by the army could not be verified."
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "the army"


def test_a_figure_put_at_by_an_agent_is_the_agents():
    from claims.extraction import extract_figures

    text = "The toll was put at 45 by the civil defence agency, while residents spoke of 80."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][0] == (
        "45",
        "the civil defence agency",
    )


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Its quarterly profit of 92 cents beat analysts expectations of 88 cents a share.", "88 cents", "analysts"),
        ("The chipmaker sees sales of $7.4 billion, against Wall Street estimates of $7.1 billion.", "$7.1 billion", "Wall Street"),
    ],
)  # fmt: skip
def test_the_trade_owns_its_estimate_with_the_apostrophe_dropped(text, quote, speaker):
    # "analysts expectations of …", "Wall Street estimates of …": the possessive written without its mark.
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    assert candidate.origin.name == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an owner's figure, the body's kind hyphenated before its noun
        ("Rescuers counted 4,100 dead, twice the flood-relief agency’s figure of 2,050.", "2,050",
         "the flood-relief agency"),
        # the body the sentence is about, by "its"
        ("The Grain Council putting the harvest at 88 mt falls short of its earlier estimate of 91 mt.", "91 mt",
         "The Grain Council"),
        # a name glossed by its acronym before the estimate
        ("Growth is budgeted at 3 percent against the Asian Development Bank (ADB) projection of 1.2 percent.",
         "1.2 percent", "Asian Development Bank"),
        # the market's expectation of a figure in euros
        ("Profit per share was euro 0.22, short of market expectations for euro 0.30.", "euro 0.30", "the market"),
        # forecasters named after the figure of their estimate
        ("Loftwise expects 30 cents a share, below the average estimate of 41 cents from six analysts polled by "
         "Delta Street Data.", "41 cents", "six analysts"),
        ("Loftwise earned $2.10 a share, short of the $2.25 average of Wall Street analyst forecasts.", "$2.25",
         "Wall Street analysts"),
    ],
)  # fmt: skip
def test_an_owners_estimate_in_the_outlets_own_sentence(text, quote, speaker):
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    assert candidate.origin.name == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Later, a march estimated by police at 2,500 to 3,000 crossed the bridge.", "police"),
        ("The rally, counted by media at 8,000, ended peacefully.", "media"),
    ],
)
def test_a_bare_collective_noun_is_the_agent_of_a_passive_estimate(sentence, expected):
    from claims.extraction.estimates import passive_agent_clauses

    assert [link.name for clause in passive_agent_clauses(sentence, []) for link in clause.links] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative passive with no agent: the speaker of the sentence gives the figure
        ("The auditors found that the debt, which is estimated at 2 billion euros, was repaid.", ["The auditors"]),
        ("The bill, which was also valued at 40 million dollars, was paid.", []),
        ("The damage is conservatively estimated at 5 million dollars.", []),
        # a relative with its own agent still names it
        ("The debt, which the Treasury put at 2 billion euros, was repaid.", ["the Treasury"]),
    ],
)
def test_an_auxiliary_is_never_the_agent_of_a_relative_estimate(sentence, expected):
    from claims.extraction.attribution import find_attributions

    names = {link.name for clause in find_attributions(sentence) for link in clause.links}
    assert sorted(names) == expected


# A figure followed by a participle of fixing or counting and its agent (`estimates._agents`): "a figure of
# 240 provided by district officials" gives the agent the figure, whatever the verb, as long as it fixes or
# counts; deeds and documents stay with the outlet.
def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll fell to 58 on Friday, down from a figure of 240 provided by the health ministry.",
            [("58", "Wire"), ("240", "the health ministry")],
        ),
        ("The marchers numbered 9,500 identified by the police.", [("9,500", "the police")]),
    ],
)
def test_the_agent_of_a_participle_of_fixing_gives_the_figure_before_it(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 suspects were charged by police.",  # a deed's count
        "About 1,200 homes were destroyed by the floods.",  # no verb of fixing
        "Emissions must fall to keep warming under the 2 C targeted by the Geneva Accord.",  # a document
    ],
)
def test_deeds_and_documents_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} <= {"Wire"}


def test_a_month_before_an_estimate_is_when_not_who():
    # "the March estimate of 0.4%": the month dates the estimate; it names no one who made it
    text = "The fund now sees a deficit of 0.7% of GDP, up from the March estimate of 0.4%."
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["0.4%"] != "March"


@pytest.mark.parametrize(
    ("sentence", "quote", "origin"),
    [
        # an adverb, a time or an "as" complement between the participle and its "by" leaves the agent in place
        ("Turnout fell from the 7,200 counted earlier Sunday evening by the organisers.", "7,200", "the organisers"),
        ("The payroll beat the 95,000 jobs expected, on average, by economists.", "95,000 jobs", "economists"),
        ("Of the 214 houses listed as damaged by the county council, most were rebuilt.", "214 houses",
         "the county council"),
        ("It topped the 3,400 visitors recorded initially by the park authority.", "3,400 visitors",
         "the park authority"),
    ],
)  # fmt: skip
def test_a_passive_agent_past_an_adverbial(sentence, quote, origin):
    candidate = next(c for c in extract_figures(sentence, outlet="Wire") if c.quote == quote)
    assert candidate.origin.name == origin
