"""Padding around an opening subject (`claims.extraction.subject_padding`): a dateline of any house
style, an opening phrase, a modifier of the subject's head, a bracketed abbreviation, "here", "so far",
an apposition in commas. Whatever pads it, the subject that fixed its figure is its source.

The sentences are invented; each fails on the code before `subject_padding`, which gave the outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.subject_padding import opening_end


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two opening phrases, the second in lowercase
        (
            "Likewise, in the 2023 fiscal year, the regional government made a provision of $40 million for schools.",
            [("$40 million", "the regional government")],
        ),
        # how long before, with no comma after it
        (
            "A month ago the Ohio-based company earned $2.6 billion.",
            [("$2.6 billion", "the Ohio-based company")],
        ),
        # a modifier after the head, then the verb
        (
            "MYSURU: The fast-track court for land cases in the district sentenced a clerk to four years in prison.",
            [("four years", "The fast-track court")],
        ),
        # a bracketed abbreviation and "here" between the body and its verb
        (
            "A Central Bureau of Investigation (CBI) court here sentenced a former clerk to eight years in jail.",
            [("eight years", "A Central Bureau of Investigation (CBI) court")],
        ),
        # a wire dateline with a date, then a name and its apposition
        (
            "OSLO, March 3 (Reuters) - Nordvik Shipping ASA , the region's biggest ferry operator, posted a 7 percent"
            " rise in quarterly revenue.",
            [("7 percent", "Nordvik Shipping ASA")],
        ),
        # an opening participle phrase, then a name and a relative clause
        (
            "Boosted by strong exports, Harlan Foods, which competes with larger rivals in Asia and Europe , logged a"
            " net profit of 2.1 billion pesos.",
            [("2.1 billion pesos", "Harlan Foods")],
        ),
        # a long description of a company as its subject
        (
            "The maker of such brands as Sunny oats, Crisp cereal and Tally snacks earned $2.3 billion in the quarter.",
            [("$2.3 billion", "The maker")],
        ),
        # a result held is a result posted
        ("Excluding one-off charges, GKN had net income of $410 million.", [("$410 million", "GKN")]),
        # "so far" between the auxiliary and the verb; a count announced is the body's own
        (
            "The electoral board has so far announced a total of 412 winning candidates.",
            [("a total of 412 winning candidates", "The electoral board")],
        ),
        # a court sentences whom it sentences
        (
            "A district court recently sentenced three traders to 5 years in jail.",
            [("three traders", "A district court"), ("5 years", "A district court")],
        ),
        # a claim whose clause drops "that"
        (
            "The navy alleges it has intercepted 12 smuggling boats this month.",
            [("12 smuggling boats", "The navy")],
        ),
        # a conclusion or a finding whose clause drops "that", its verb in the past
        (
            "The regulator's board has concluded average rents rose 3.1% in May.",
            [("3.1%", "The regulator's board")],
        ),
        (
            "The ministry found average wages fell 2% last year.",
            [("2%", "The ministry")],
        ),
        # a light verb whose object is an order, a sentence, an offer: the subject fixed it
        (
            "The court, after a long hearing, then made a costs order of £4,500 against the landlord.",
            [("£4,500", "The court")],
        ),
        # a bare weekday between subject and verb
        (
            "The appeals court of the province Tuesday handed the mayor a six-year jail term.",
            [("six-year", "The appeals court")],
        ),
        # the sentence's object may name two people before the article of its sentence
        (
            "The appeals court Thursday handed former energy minister Ion Vasile and businessman Petru Dima each a "
            "three-year prison sentence.",
            [("three-year", "The appeals court")],
        ),
        # a listener between a verb of telling and its "that"
        (
            "The defence assured the tribunal that 14 witnesses would appear.",
            [("14 witnesses", "The defence")],
        ),
        # a title described in lowercase, then the person's name
        (
            "Former finance minister Ada Obi had proposed an allocation of N45 billion for roads.",
            [("N45 billion", "Former finance minister Ada Obi")],
        ),
        # a body's head noun after its name, then a modifier and a day
        (
            "The High Court bench headed by Justice Rao on Monday upheld a fine of Rs 20,000.",
            [("Rs 20,000", "The High Court bench")],
        ),
        # a body named by its owner: a bank, a court, a committee
        (
            "Ruritania's central bank on Tuesday raised its benchmark rate to 11 percent.",
            [("11 percent", "Ruritania's central bank")],
        ),
        (
            "The central bank's rate-setting committee kept the policy rate at 7.5 percent.",
            [("7.5 percent", "The central bank's rate-setting committee")],
        ),
        # an aside whose place has its own comma
        (
            "The company, based in Dayton, Ohio, earned $1.2 billion in the quarter.",
            [("$1.2 billion", "The company")],
        ),
        # a body's name with "on", its acronym, then an aside in commas before the verb
        (
            "The Standing Committee on Public Works (SCPW), chaired by Senator Lee, approved Rs 3,000 crore.",
            [("Rs 3,000 crore", "The Standing Committee on Public Works (SCPW)")],  # the whole name, to its acronym
        ),
        # a name of one word that earns a result is a company posting it
        ("Excluding one-off items, Nordvik earned 41 cents per share.", [("41 cents", "Nordvik")]),
        # an opening phrase with a figure whose commas group thousands
        (
            "Burdened with the Rs12,400-crore debt relief, the state government cut its allocation for roads to"
            " Rs5,100 crore.",
            [("Rs12,400-crore", "the state government"), ("Rs5,100 crore", "the state government")],
        ),
        # figures before a quotation are outside it: the subject still fixed them
        (
            "A district court sentenced two officials to 4 years in jail for what it called “a grave fraud”.",
            [("two officials", "A district court"), ("4 years", "A district court")],
        ),
    ],
)
def test_a_padded_subject_is_the_source(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # deeds stay the outlet's, padding or not
        ("The district police in the city arrested 18 people on Friday.", "Wire"),
        # a modifier never reaches past a finite verb of another clause
        ("The chief of the port authority resigned after 40 ships were delayed.", "Wire"),
        # a verb before any head noun ends the subject: "informed" is no part of it
        ("The inspectorate informed the board of 12 breaches.", "Wire"),
        # a plural noun that opens the sentence is no company's name
        ("Savers earned 3 percent on deposits.", "Wire"),
        # a person who earns is paid: no result posted, however long the subject
        ("The chairman of the mill, who retired in spring, earned $4 million.", "Wire"),
        # a lowercase word that is a title's look-alike heads no subject ("general budget")
        ("Under these rules, the consolidated general budget deficit increases to 6.1 percent.", "Wire"),
    ],
)
def test_padding_credits_no_deed(text, speaker):
    assert {origin for _, origin in origins(text)} == {speaker}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("HONG KONG, Aug 8 (Reuters) - Acme Ltd posted", "Acme Ltd posted"),
        ("BENGALURU: The court ruled", "The court ruled"),
        ("Beirut, Lebanon — The army said", "The army said"),
        ("Helped by rain, the crop grew", "the crop grew"),
        ("The court ruled", "The court ruled"),
        ("Dhaka, Jan 5 (UNB) - The board set", "The board set"),
        ("MUMBAI, Jan 12 (PTI) The bank fixed", "The bank fixed"),
        ("Tokyo, Japan, 5 May 2024 — Sony forecast", "Sony forecast"),
        ("NEW DELHI, March 3: The cabinet approved", "The cabinet approved"),
        ("New Delhi : The cabinet approved", "The cabinet approved"),  # a space before the colon
        # a wire's dateline with its date and agency but no place
        ("Aug 8 (Reuters) - Acme Ltd posted", "Acme Ltd posted"),
        ("March 4, 2019 (WAMU) –The board set", "The board set"),
        # a connective adverb opens the sentence
        ("Moreover, the ministry allocated", "the ministry allocated"),
        ("Furthermore, the court fined", "the court fined"),
        # an aside on the opening phrase's noun, in commas
        ("In its annual outlook, released on Monday, the fund kept", "the fund kept"),
        ("In the quarter, which ended in June, Acme posted", "Acme posted"),
    ],
)
def test_opening_end(sentence, subject):
    assert sentence[opening_end(sentence) :] == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline of any house style before a company's own results ("posted"): `openers` skips it too
        (
            "PUNE, March 3: Vardhan Motors posted a net profit of Rs 5,000 crore.",
            [("Rs 5,000 crore", "Vardhan Motors")],
        ),
        ("Dhaka, Jan 5 (UNB) - Meghna Telecom posted a profit of Tk 900 crore.", [("Tk 900 crore", "Meghna Telecom")]),
        (
            "NAIROBI, Kenya, Oct 3 – The Treasury has earmarked Sh12 billion for the project.",
            [("Sh12 billion", "The Treasury")],
        ),
        # a date and an agency with no place, then a name with its apposition in commas
        (
            "May 2 (Reuters) - Halvern Bank Corp, the third-biggest lender in the state, reported a 9 percent rise"
            " in profit.",
            [("9 percent", "Halvern Bank Corp")],
        ),
        ("Furthermore, the ministry earmarked Sh4 billion for dams.", [("Sh4 billion", "the ministry")]),
    ],
)
def test_every_dateline_style_is_padding(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bullet opens a listed item: the subject after it acts or speaks
        ("• The council will allocate RM45 million for new clinics.", [("RM45 million", "The council")]),
        ("• The ministry said 4,000 homes were damaged.", [("4,000 homes", "The ministry")]),
        ("- Vantor Bank posted a profit of $12 million.", [("$12 million", "Vantor Bank")]),
    ],
)
def test_a_bullet_is_padding(text, expected):
    assert origins(text) == expected


def test_a_hyphen_after_a_dateline_is_no_bullet():
    # the subject of "had claimed" is the landslides, no speaker: the official at the end speaks
    text = (
        "Wirasa, N Halmera (ANTARA) - Landslides, set off by floods that hit the district this week, had claimed"
        " six lives as of Sunday, District Head Wiranto said."
    )
    assert origins(text) == [("six lives", "District Head Wiranto")]


def test_a_provision_made_needs_no_article():
    text = "Besides, the state government has made provision of Rs 1,240 crore for rural roads."
    assert origins(text) == [("Rs 1,240 crore", "the state government")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire dateline whose agency ends with ".-" (the house style of Spanish-language wires in English)
        (
            "Lima, Mar 3 (EFE).- The Andean Water Agency (AWA) on Tuesday allocated $40 million to the dams.",
            [("$40 million", "The Andean Water Agency (AWA)")],
        ),
        # a live blog's time stamp opens each entry
        ("11.05am: Northwind Traders has posted a profit of $12.4 million.", [("$12.4 million", "Northwind Traders")]),
        # a clause of concession before the main one, with no figure of its own
        (
            "While spending on roads stays flat, the council is cutting $3.1 million from the allocation for parks.",
            [("$3.1 million", "the council")],
        ),
        # a pronoun after an opening adverb, the speaker named before
        (
            "Magistrate Ana Ruiz said the thefts were serious. Instead, she fined the trader $900 for each offence.",
            [("$900", "Magistrate Ana Ruiz")],
        ),
    ],
)
def test_a_wire_a_live_blog_a_concession_and_a_pronoun_are_padding(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "While 40 people died, the ministry allocated",  # a figure in the clause of concession: no padding
        "Instead, it rose",  # "it" may be a quantity
    ],
)
def test_what_a_concession_or_a_pronoun_leaves_alone(sentence):
    assert opening_end(sentence) == 0
