"""Tests for `claims.extraction.currencies`: money as regional papers write it (sixth round)."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def money(text):
    return [(candidate.quote, candidate.value, candidate.unit) for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ringgit as Malaysian papers write them, glued to the amount.
        (
            "Officers seized more than RM2.4 million worth of cannabis and RM41,250 in cash.",
            [("more than RM2.4 million", Decimal(2400000), "MYR"), ("RM41,250", Decimal(41250), "MYR")],
        ),
        # Kenyan shillings with a "B" for billion, glued or spaced, only after the sign.
        (
            "The Treasury set aside Ksh 312B for roads and Ksh 64 B for water.",
            [("Ksh 312B", Decimal(312000000000), "KES"), ("Ksh 64 B", Decimal(64000000000), "KES")],
        ),
        ("The county paid KShs 40 million to contractors.", [("KShs 40 million", Decimal(40000000), "KES")]),
        # Pesos written with the ISO code glued, to the centavo.
        ("Crop losses reached PHP3,412,005.75 in the province.", [("PHP3,412,005.75", Decimal("3412005.75"), "PHP")]),
        # Naira to the kobo with no scale word, at the end of a sentence too.
        (
            "Earnings per share rose to N5.12 from N4.07.",
            [("N5.12", Decimal("5.12"), "NGN"), ("N4.07", Decimal("4.07"), "NGN")],
        ),
        # Kobo written "k" in a dividend sentence: 75 kobo, not 75,000.
        (
            "The board declared a final dividend of 75k per share, taking the total to 120K.",
            [("75k per share", Decimal(75), "kobo per share"), ("120K", Decimal(120), "kobo")],
        ),
        # Crore capitalised, as headlines and some copy write it.
        ("The franchise went for Rs 4,500 Crore.", [("Rs 4,500 Crore", Decimal(45000000000), "INR")]),
        # Bangladeshi wire style: the taka's name before the amount, in lakh and crore.
        (
            "The ministry released Taka 4.75 crore for relief.",
            [("Taka 4.75 crore", Decimal(47500000), "BDT")],
        ),
        # Scraped copy with its HTML entity left in, and the dong's own letter.
        ("The average flat fetched &pound312,845 in May.", [("&pound312,845", Decimal(312845), "GBP")]),
        ("Tickets cost &euro;45 each.", [("&euro;45", Decimal(45), "EUR")]),
        ("Exports brought in VNĐ12.5 trillion.", [("VNĐ12.5 trillion", Decimal(12500000000000), "VND")]),
        # Wire style: the currency name before the amount.
        ("Operating profit per share came to euro 2.35.", [("euro 2.35", Decimal("2.35"), "EUR")]),
    ],
)
def test_regional_currency_signs(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The flat was 4B on the second floor.", "Revenue was 900k in the year."],
)
def test_a_b_or_k_without_money_or_dividend_is_no_currency(text):
    assert all(unit not in ("KES", "kobo") for _, _, unit in money(text))


def test_flat_number_b_is_not_a_billion():
    assert [value for _, value, _ in money("He lives at 12 B Street with 3 dogs.")] == [Decimal(12), Decimal(3)]


def test_rupees_in_a_pakistani_text_are_pkr():
    text = "Islamabad will spend Rs 95 billion on dams. Sindh gets Rs12 billion."
    assert [unit for _, _, unit in money(text)] == ["PKR", "PKR"]


def test_rupees_named_by_a_province_are_pkr():
    text = "The federal budget gives Rs 40 billion to Balochistan and Rs 30 billion to Gilgit-Baltistan."
    assert [unit for _, _, unit in money(text)] == ["PKR", "PKR"]


def test_rupees_in_an_indian_text_stay_inr():
    text = "Mumbai's civic body has a budget of Rs 52,000 crore, up from Rs 45,900 crore; Karachi's is smaller."
    assert {unit for _, _, unit in money(text)} == {"INR"}


def test_rupees_under_a_capitalised_dateline_are_pkr():
    # Papers open with the city in capitals: "ISLAMABAD:" names the country as "Islamabad" does.
    text = "ISLAMABAD: The deficit is projected at Rs 8500 billion against Rs 7506 billion last year."
    assert [unit for _, _, unit in money(text)] == ["PKR", "PKR"]


def test_an_indian_dateline_in_capitals_keeps_inr():
    text = "NEW DELHI: The budget gives Rs 400 crore to Karachi-born traders' welfare and Rs 90 crore to roads."
    assert {unit for _, _, unit in money(text)} == {"INR"}


def test_philippine_pesos_glued_and_grouped_or_scaled():
    text = "Crop damage reached P4,118,250 in Isabela and P87 million across the region."
    assert money(text) == [("P4,118,250", Decimal(4118250), "PHP"), ("P87 million", Decimal(87000000), "PHP")]


def test_a_letter_p_glued_to_a_small_number_is_a_name():
    assert money("Envoys of the P5 met on the R2 highway.") == []


def test_pence_glued_to_the_amount():
    text = "The stock slid 7p to 81.5p, and the board cut the payout to 3p."
    assert money(text) == [
        ("7p", Decimal(7), "pence"),
        ("81.5p", Decimal("81.5"), "pence"),
        ("3p", Decimal(3), "pence"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bare "Sh" in a Kenyan text: Kenyan shillings, glued or spaced, scaled or not.
        (
            "Nairobi's council approved a Sh4.2 billion plan, above the Sh 380 million it spent.",
            [("Sh4.2 billion", Decimal(4200000000), "KES"), ("Sh 380 million", Decimal(380000000), "KES")],
        ),
        # Bare "Sh" with no country named is Kenya's too.
        ("The tender was worth Sh75 million.", [("Sh75 million", Decimal(75000000), "KES")]),
        # The text's country decides: a Tanzanian text's "Sh" and "shillings" are TZS.
        (
            "Dodoma lawmakers in Tanzania passed Sh1.5 trillion, or 20 billion shillings more.",
            [("Sh1.5 trillion", Decimal(1500000000000), "TZS"), ("20 billion shillings", Decimal(20000000000), "TZS")],
        ),
        # Prefixed signs say the country whatever the text names.
        (
            "In Nairobi, traders paid USh 900,000 and TSh 45,000 in fees.",
            [("USh 900,000", Decimal(900000), "UGX"), ("TSh 45,000", Decimal(45000), "TZS")],
        ),
        ("Kampala's budget rose to Shs 52 trillion.", [("Shs 52 trillion", Decimal(52000000000000), "UGX")]),
    ],
)
def test_east_african_shillings(text, expected):
    assert money(text) == expected


def test_a_word_starting_sh_is_no_shilling():
    assert all(unit == "" for _, _, unit in money("Shell 5 and Shane 12 went home."))


def test_dirhams_glued_to_the_amount_as_gulf_papers_write_them():
    text = "The port authority spent Dh4.25 billion on dredging, up from Dhs900 million."
    assert money(text) == [
        ("Dh4.25 billion", Decimal(4250000000), "AED"),
        ("Dhs900 million", Decimal(900000000), "AED"),
    ]


def test_a_scale_hyphenated_to_a_glued_sign():
    # "a P12-billion fund", "the R3.5-billion tender": the scale joined by a hyphen as an adjective.
    text = "Lawmakers cut the P12-billion fund and Treasury shelved the R3.5-billion tender."
    assert money(text) == [
        ("P12-billion", Decimal(12000000000), "PHP"),
        ("R3.5-billion", Decimal(3500000000), "ZAR"),
    ]


def test_rupees_in_a_pakistani_outlet_are_pkr_when_the_text_names_no_place():
    # The outlet's name counts as the text does, as for a bare "$" (`dollars`).
    text = "The regulator said the plant cost Rs62 billion, not Rs75 billion."
    units = [candidate.unit for candidate in extract_figures(text, outlet="Frontier Post (Pakistan)")]
    assert units == ["PKR", "PKR"]
    assert {candidate.unit for candidate in extract_figures(text, outlet="The Hindu")} == {"INR"}


def test_a_currency_abbreviated_with_a_full_stop_keeps_its_amount():
    # The stop in "Rs." and "Rp." ends no sentence, so the amount keeps its currency.
    text = "The court fined him Rs. 12.5 million, and the rupiah closed at Rp. 15,200 per dollar."
    assert money(text) == [
        ("Rs. 12.5 million", Decimal(12500000), "INR"),
        ("Rp. 15,200", Decimal(15200), "IDR"),
    ]


def test_ghana_cedis_written_with_the_cent_sign_or_the_country_name():
    # Ghanaian papers write "GH¢" (the cent sign) as often as "GH₵", and "Ghana cedis" for "Ghanaian cedis".
    text = "The ministry sold GH¢1.2 billion of bills and plans to spend 45 million Ghana cedis on roads."
    assert money(text) == [
        ("GH¢1.2 billion", Decimal(1200000000), "GHS"),
        ("45 million Ghana cedis", Decimal(45000000), "GHS"),
    ]


def test_the_rupee_sign_set_as_a_grave_accent_is_inr():
    # Indian papers' rupee font maps the sign onto "`": the copy reads "a fine of `3 lakhs".
    text = "The bench cut the fine from `3 lakhs to `20,000."
    assert money(text) == [("`3 lakhs", Decimal(300000), "INR"), ("`20,000", Decimal(20000), "INR")]


def test_bare_shillings_are_the_outlets_countrys():
    [figure] = extract_figures("The council approved a budget of 4.1 billion shillings.", outlet="Jinja Weekly")
    assert figure.unit == "UGX"


def test_renminbi_glued_to_its_amount_is_money():
    # Sixteenth round: Chinese copy writes "RMB279.12 billion" with no space.
    found = extract_figures("Exports reached RMB3.4 trillion, above the forecast RMB3.1 trillion.")
    assert [(c.quote, c.value, c.unit) for c in found] == [
        ("RMB3.4 trillion", Decimal("3400000000000"), "CNY"),
        ("RMB3.1 trillion", Decimal("3100000000000"), "CNY"),
    ]


def test_a_glued_rand_or_naira_amount_grouped_by_spaces_or_in_thousands_is_money():
    # "R1 476 million" (South African grouping), "N500,000 each": a letter currency glued to a full amount.
    found = extract_figures(
        "Group revenue reached R2 318 million, and the court fined each director N250,000 last week."
    )
    assert [(c.quote, c.value, c.unit) for c in found] == [
        ("R2 318 million", Decimal("2318000000"), "ZAR"),
        ("N250,000", Decimal("250000"), "NGN"),
    ]


# Seventeenth round: the country after the dollar sign, as Australian papers write it ("$US", "$C", "$NZ"),
# and Kenyan papers' "Kes", glued to the amount or spaced.
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The miner booked $US4.2 billion in sales.", "$US4.2 billion", "USD"),
        ("Ottawa's levy climbs to $C65 a tonne.", "$C65 a tonne", "CAD per tonne"),
        ("Exporters earned $NZ310 million.", "$NZ310 million", "NZD"),
        ("The lender's profit rose to Kes9.3 billion.", "Kes9.3 billion", "KES"),
    ],
)
def test_a_dollar_sign_with_its_country_after_and_kenyan_kes(text, quote, unit):
    assert (quote, unit) in [(c.quote, c.unit) for c in extract_figures(text)]


# Round 22: a capitalised currency name after a scale word ("281 billion Birr", unseen52) and the
# dollar written by its name before the amount ("US dollar 73.59 a barrel", unseen52) read no currency.
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Parliament approved a 640 billion Birr budget on Monday.", "640 billion Birr", "ETB"),
        ("The board set aside 12 million Naira for repairs.", "12 million Naira", "NGN"),
        ("Crude settled at US dollar 64.20 a barrel on Tuesday.", "US dollar 64.20 a barrel", "USD per barrel"),
    ],
)
def test_a_capitalised_name_after_a_scale_and_the_dollar_named_before(text, quote, unit):
    assert (quote, unit) in [(c.quote, c.unit) for c in extract_figures(text)]


def test_a_capitalised_currency_name_without_a_scale_is_still_a_name():
    assert [c.unit for c in extract_figures("Rand Paul won 5 states.")] == ["states"]


# Twenty-fourth round: the Gulf's ISO codes glued to the amount or spaced, and the cedi set with a stroked c
# ("GHȼ", a letter, where "GH₵" is a sign), as Qatari and Ghanaian papers write them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry budgeted QAR18.6 billion for ports and QAR 2 billion for parks.",
            [("QAR18.6 billion", Decimal(18600000000), "QAR"), ("QAR 2 billion", Decimal(2000000000), "QAR")],
        ),
        ("Lenders wrote off KWD45 million of bad loans.", [("KWD45 million", Decimal(45000000), "KWD")]),
        ("The council collected GHȼ1.25 billion in levies.", [("GHȼ1.25 billion", Decimal(1250000000), "GHS")]),
    ],
)
def test_gulf_codes_and_the_stroked_cedi(text, expected):
    assert money(text) == expected


def test_codes_after_the_amount_and_the_kuwaiti_dinar_prefix():
    text = "The plan foresees revenues of over 30 billion BGN, while the Gulf project costs KD 2.4 billion."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [
        ("over 30 billion BGN", "BGN"),
        ("KD 2.4 billion", "KWD"),
    ]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # Nepal's cities and its business press name it as "Nepal" does.
        ("Pokhara's hoteliers earned Rs 2.4 billion this season, up from Rs 1.9 billion.", None),
        ("The lender's net profit fell to Rs 1.2 billion from Rs 1.7 billion.", "Merolagani"),
        ("Listed hydropower firms on NEPSE raised Rs 3.1 billion and Rs 900 million.", None),
    ],
)
def test_rupees_in_a_nepali_text_are_npr(text, outlet):
    assert {c.unit for c in extract_figures(text, outlet=outlet)} == {"NPR"}
