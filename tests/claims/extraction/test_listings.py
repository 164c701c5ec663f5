"""Tests for `claims.extraction.listings`: lines listed under a sourced lead-in."""

from claims.extraction import extract_figures


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_lines_under_a_sourced_lead_in_take_its_source():
    text = (
        "According to the Fisheries Board, the season's landings were as follows:\n\n"
        "Cod – 41,200 tonnes.\n\n"
        "Hake – 9,750 tonnes\n\n"
        "Boats were idle for 23 days in the winter because storms kept them in port all along the coast."
    )
    assert origins(text) == [
        ("41,200 tonnes", "the Fisheries Board"),
        ("9,750 tonnes", "the Fisheries Board"),
        ("23 days", "Wire"),
    ]


def test_a_colon_without_a_source_or_in_running_prose_sources_nothing():
    unsourced = "The season's landings were as follows:\n\nCod – 41,200 tonnes.\n"
    assert origins(unsourced) == [("41,200 tonnes", "Wire")]
    same_paragraph = "According to the Fisheries Board, landings were: cod. Hake landings were 9,750 tonnes."
    assert origins(same_paragraph) == [("9,750 tonnes", "Wire")]


def test_a_bulleted_line_runs_on_for_more_than_one_sentence():
    text = (
        "The Northland Rent Index shows that:\n\n"
        "• Rents rose by 0.6% in May. The average rent was £1,204 against £1,199 in January.\n\n"
        "– Rents in May were 3.2% lower than a year before.\n\n"
        "Sales fell 4% in Southland, where builders have struggled for years to find enough land and labour."
    )
    assert origins(text) == [
        ("0.6%", "The Northland Rent Index"),
        ("£1,204", "The Northland Rent Index"),
        ("£1,199", "The Northland Rent Index"),
        ("3.2%", "The Northland Rent Index"),
        ("4%", "Wire"),
    ]


def test_the_document_whose_findings_are_listed_sources_the_list():
    text = (
        "Findings of “The Northland Water Survey, 2021: Rivers at Risk” include:\n\n"
        "- Use of water by farms was nearly 30 percent higher last year than in 2001.\n\n"
        "– Over the past 20 years, rainfall has dropped 12 millimetres per decade."
    )
    source = "The Northland Water Survey, 2021: Rivers at Risk"
    assert origins(text) == [("nearly 30 percent", source), ("12 millimetres per decade", source)]


def test_a_bullet_with_its_own_source_keeps_it_and_the_list_goes_on():
    text = (
        "The Northland Rent Index shows that:\n\n"
        "• Rents rose by 0.6% in May.\n\n"
        "• Rents in the south rose by 1.2%, the central bank said in its review.\n\n"
        "• The share of earnings that tenants spend on rent, which the index calls its key measure of how "
        "affordable homes are, has fallen to 29% from a peak of 35% two years ago.\n\n"
        "Sales fell 4% in Southland, where builders have struggled for years to find enough land and labour."
    )
    assert origins(text) == [
        ("0.6%", "The Northland Rent Index"),
        ("1.2%", "the central bank"),
        ("29%", "The Northland Rent Index"),
        ("35%", "The Northland Rent Index"),
        ("4%", "Wire"),
    ]


def test_a_lead_in_without_a_verb_of_speech_names_its_source():
    found = (
        "Inspectors visited 400 farms.\n\nThe assessments have found:\n\n  • 64 barns destroyed\n  • 7 silos damaged\n"
    )
    assert origins(found) == [("400 farms", "Wire"), ("64 barns", "The assessments"), ("7 silos", "The assessments")]
    results = (
        "Counting goes on. Other results out of the Harbour Elections App as of 6am today include:\n\n"
        "Green Party – 13,130 (40.19%)\nBlue Party – 2,631 (7.52%)"
    )
    assert [origin for _, origin in origins(results)] == ["the Harbour Elections App"] * 4


def test_a_lead_in_closing_its_paragraph_sources_the_prose_after_it():
    measures = (
        "During the meeting, the Harbour Council approved the following:\n\n"
        "Cutting the water bill by 12% in June. Launching a fund with a capital of 3 million dollars.\n\n"
        "The town has 40,000 people."
    )
    assert origins(measures) == [
        ("12%", "the Harbour Council"),
        ("3 million dollars", "the Harbour Council"),
        ("40,000 people", "Wire"),
    ]
    quoted = (
        "Rents rose.\nAccording to Harbour Weekly:\n“The last time rents topped 900 dollars was in 2008.\n"
        "There were 6,680 households in hostels.\nOf these, 51% were families.”\nThe council has 12 members."
    )
    assert [origin for _, origin in origins(quoted)] == ["Harbour Weekly"] * 3 + ["Wire"]
