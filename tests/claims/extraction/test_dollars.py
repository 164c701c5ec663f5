"""Tests for `claims.extraction.dollars`: a bare "$" in another dollar country's paper (ninth round)."""

import pytest

from claims.extraction import extract_figures


def units(text, outlet=None):
    return [(candidate.quote, candidate.unit) for candidate in extract_figures(text, outlet=outlet)]


def test_a_paper_of_a_dollar_country_writes_its_own_dollar_bare():
    text = (
        "The Calgary-based grocer said quarterly revenue climbed to $2.8 billion. "
        "Analysts in Toronto had expected revenue of $2.9 billion."
    )
    assert units(text) == [("$2.8 billion", "CAD"), ("$2.9 billion", "CAD")]


def test_the_outlet_names_the_country():
    text = "The league handed out $45,000 in prize money and the champions took $12,000."
    assert units(text, outlet="The Jamaica Observer") == [("$45,000", "JMD"), ("$12,000", "JMD")]


def test_a_bracket_after_an_american_amount_converts_it_into_the_local_dollar():
    text = "The former directors admitted taking US$80 million ($121.5 million) from the fund in New York."
    assert units(text, outlet="The Auckland Star") == [("US$80 million", "USD"), ("$121.5 million", "NZD")]


def test_the_united_states_named_more_keeps_the_american_dollar():
    text = "The Toronto firm sold its U.S. unit to an American buyer for $400 million, the U.S. regulator said."
    assert units(text) == [("$400 million", "USD")]


def test_wire_copy_with_a_prefixed_local_dollar_keeps_bare_dollars_american():
    text = "SYDNEY - The Australian miner earned A$1.2 billion ($800 million) in the year to June."
    assert units(text) == [("A$1.2 billion", "AUD"), ("$800 million", "USD")]


def test_a_wire_dateline_is_no_local_dollar():
    text = "SINGAPORE - Brent crude rose $1.20 to $84.50 a barrel in Singapore trade."
    assert [unit for _, unit in units(text, outlet="Reuters")] == ["USD", "USD per barrel"]


def test_prefixed_taiwan_and_trinidad_dollars():
    text = "The chipmaker posted a profit of T$3.4 billion, and its Port of Spain arm made TT$5 million."
    assert units(text) == [("T$3.4 billion", "TWD"), ("TT$5 million", "TTD")]


def test_a_dollar_sign_with_its_country_after_is_not_localised():
    # Seventeenth round: in a text naming Canada only, "$US4 billion" stays American ("$US" is no bare "$").
    text = "Canada's premier in Ottawa said Canadian firms pledged $US4 billion to Canadian projects."
    assert ("$US4 billion", "USD") in [(c.quote, c.unit) for c in extract_figures(text)]


def test_a_bare_dollar_in_a_fijian_text_is_the_fijian_dollar():
    # Nineteenth round: Fijian papers write their dollar bare (unseen30, unseen45: 18 amounts read as USD).
    from claims.extraction import extract_figures

    text = "The Fijian Government set aside $14.5 million for rural roads, the Minister told Parliament in Suva."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [("$14.5 million", "FJD")]


def test_a_namibian_dollar_written_with_its_prefix():
    from claims.extraction import extract_figures

    assert [c.unit for c in extract_figures("Windhoek will spend N$300 million on water.")] == ["NAD"]


def test_an_american_market_names_the_united_states():
    # Twenty-fifth round: an American paper on a Canadian company's results names the market it trades on
    # (unseen55, unseen62: 16 amounts the annotators read as USD).
    text = (
        "The Montreal software maker earned $48 million in the quarter, and its shares rose $1.10 to $31.40 on Nasdaq."
    )
    assert [unit for _, unit in units(text)] == ["USD", "USD", "USD"]


def test_a_city_with_its_province_is_one_place():
    text = (
        "Revenue at Calgary, Alberta-based Prairie Optics fell to $310 million, short of "
        "Wall Street forecasts of $325 million."
    )
    assert [unit for _, unit in units(text)] == ["USD", "USD"]


def test_a_canadian_paper_naming_its_province_keeps_its_dollar():
    text = "Calgary, Alberta's city council set aside $12 million for transit, and Alberta will add $4 million."
    assert [unit for _, unit in units(text)] == ["CAD", "CAD"]


def test_nz_names_new_zealand():
    # "NZ" is how New Zealand's own papers, and their mastheads, write the country's name.
    text = "The NZ government's dairy levy rose from $1.2 billion to $1.5 billion."
    assert units(text) == [("$1.2 billion", "NZD"), ("$1.5 billion", "NZD")]
    assert units("Council rates rose to $4.1 billion.", outlet="NZ Daily Times") == [("$4.1 billion", "NZD")]


def test_a_paper_named_for_its_country_outweighs_one_american_adjective():
    # Twenty-eighth round: a results blog in a paper named for Australia calls a partner an
    # "American giant" once; its bare dollars are still Australian (unseen70; unseen4's bracket).
    text = (
        "The miner, which runs a smelter with an American partner, posted a profit of $52.3 million. "
        "The retailer said its half-year profit fell to $4.1 million."
    )
    assert [unit for _, unit in units(text, outlet="The Australian Business Daily")] == ["AUD", "AUD"]


def test_an_american_outlet_named_after_no_dollar_country_keeps_the_tie_american():
    text = "The Toronto retailer, an American brand's partner, earned $12 million."
    assert [unit for _, unit in units(text, outlet="Daily Ledger")] == ["USD"]


def test_a_prefixed_local_dollar_inside_a_quotation_is_no_wire_convention():
    # Twenty-eighth round: a New Zealand agency's results brief writes its dollar bare and quotes the
    # chairman's "NZ$" figure (unseen70: five amounts read as USD). Wire copy writes "A$" in its own prose.
    text = (
        "The insurer said its annual profit rose to $41.2 million. "
        '"A rise in profit to NZ$41.2 million is pleasing," the chairman said. '
        "Its shares rose 2 cents to $3.15."
    )
    assert [unit for _, unit in units(text)] == ["NZD", "NZD", "cents", "NZD"]


def test_a_samoan_paper_writes_the_tala_bare():
    # Twenty-eighth round: a Samoan paper's "$" is the tala (unseen72: five amounts read as USD).
    text = "The central bank said foreign reserves stood at $812.4 million, up from $790.1 million."
    assert [unit for _, unit in units(text, outlet="Apia Observer Samoa")] == ["WST", "WST"]


def test_american_samoa_writes_the_american_dollar():
    text = "The governor of American Samoa said the cannery paid $3.2 million in wages."
    assert [unit for _, unit in units(text)] == ["USD"]


def test_a_cayman_paper_writes_its_own_dollar_bare():
    text = "The Grand Cayman magistrate ordered the man to repay $640 stolen from a Cayman shop."
    assert [unit for _, unit in units(text)] == ["KYD"]


def test_an_amount_marked_us_after_it_stays_american():
    # Round 31: Canadian papers write the American dollar as "$95.4-million (U.S.)" among their own bare dollars.
    text = (
        "Toronto-based Maple Ltd. shares fell $2.10 on the Toronto Stock Exchange. The Canadian firm reported a "
        "$95.4-million (U.S.) profit."
    )
    units = {c.quote: c.unit for c in extract_figures(text, outlet="Toronto Star")}
    assert (units["$2.10"], units["$95.4-million"]) == ("CAD", "USD")


@pytest.mark.parametrize(
    ("text", "outlet", "code"),
    [
        ("Halifax's budget shows a $310 million deficit, the Nova Scotia finance minister said.", None, "CAD"),
        ("The council expects a $12 million shortfall next year.", "CBC News", "CAD"),
        ("The bank posted a $4.1 billion cash profit for the half.", "9News", "AUD"),
        ("The median house price fell $25,000 over the year.", "1News", "NZD"),
    ],
)
def test_a_province_or_a_national_broadcaster_names_the_dollar(text, outlet, code):
    assert [unit for _, unit in units(text, outlet=outlet)] == [code]


def test_the_american_states_name_the_united_states():
    text = (
        "Nurses in Auckland went on strike, as nurses did across Ohio and Michigan. "
        "In Ohio the walkout won them a $4200 raise."
    )
    assert units(text) == [("$4200", "USD")]


def test_a_bracket_after_a_sign_first_american_amount_converts_it():
    text = "In the United States, fraud under $US1500 ($2240) is a misdemeanour, American courts have held."
    assert units(text, outlet="The Brisbane Courier") == [("under $US1500", "USD"), ("$2240", "AUD")]


def test_copy_datelined_from_an_american_state_keeps_the_american_dollar():
    text = "NEW JERSEY - The drugmaker said quarterly revenue rose to $9.1 billion."
    assert units(text, outlet="Canada Business Daily") == [("$9.1 billion", "USD")]
