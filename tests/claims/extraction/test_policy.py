"""Tests for `claims.extraction.policy`: the shared annotation policy's records and scoring."""

from decimal import Decimal

from claims.extraction.evaluation import evaluate
from claims.extraction.extractor import extract_figures
from claims.extraction.gold import corpus_texts, evaluate_texts
from claims.extraction.policy import POLICY, QUALIFIER_CODES, is_policy_corpus, policy_gold, policy_units_agree

TEXT = (
    "Nearly 4,000 people marched, police said. Organisers counted thousands more. "
    "The town of 12,000 residents was quiet."
)
RECORD = {
    "url": "https://example.org/march",
    "title": "March",
    "outlet": "Harbour Post",
    "text": TEXT,
    "figures": [
        {"quote": "Nearly 4,000 people", "value": 4000, "value_max": None, "unit": "people marching",
         "qualifier": "almost", "attributed_to": "police", "attribution_chain": ["Harbour Post", "city police"],
         "note": None},
        {"quote": "12,000 residents", "value": 12000, "value_max": None, "unit": "residents of the town",
         "qualifier": "exact", "attributed_to": None, "attribution_chain": ["Harbour Post"], "note": None},
    ],
}  # fmt: skip


def test_a_policy_corpus_is_recognised_by_its_records():
    assert is_policy_corpus({"records": []})
    assert not is_policy_corpus({"entries": []})


def test_policy_gold_keeps_the_cue_and_the_chain_end_as_names_of_the_origin():
    first, second = policy_gold(RECORD)
    assert (first.value, first.origin, first.origin_names) == (Decimal(4000), "city police", ("police",))
    assert first.spans == ((0, len("Nearly 4,000 people")),)
    assert second.origin is None  # unattributed: origin not scored


def test_qualifier_words_of_the_policy_map_onto_the_extractor_codes():
    assert "approx" in QUALIFIER_CODES["about"] and "approx" in QUALIFIER_CODES["almost"]
    assert QUALIFIER_CODES["up_to"] == {"up_to", "at_most"}
    assert POLICY.qualifiers_agree("more_than", "more_than")
    assert not POLICY.qualifiers_agree("approx", "exact")


def test_units_agree_when_they_share_a_content_word():
    assert policy_units_agree("militants", "militants killed")
    assert policy_units_agree("USD", "USD per share")
    assert policy_units_agree("percent", "share of adults")
    assert not policy_units_agree("bridges", "MZN")


def test_units_agree_when_a_word_of_one_is_a_synonym_of_a_word_of_the_other():
    # Real news: the text's "terrorists", "fatalities" or "army personnel", the annotators' "militants
    # killed", "deaths in Cebu" or "soldiers wounded": one count each time.
    assert policy_units_agree("terrorists", "militants killed")
    assert policy_units_agree("fatalities", "deaths in Cebu")
    assert policy_units_agree("personnel", "soldiers wounded")
    assert not policy_units_agree("terrorists", "hostages freed")


def test_units_agree_on_a_count_of_deaths_however_the_sentence_words_it():
    # Real news: "12 people were killed" annotated "deaths", "the toll rose to 12" annotated "people
    # killed", "12 dead" annotated "deaths": one count each time (about 30 sets write it each way).
    assert policy_units_agree("deaths", "people killed")
    assert policy_units_agree("dead", "deaths in Cebu")
    assert policy_units_agree("people died", "deaths")
    assert not policy_units_agree("deaths", "people injured")
    assert not policy_units_agree("killed", "people wounded")


def test_a_share_is_found_by_its_percentage():
    gold = policy_gold(
        {"text": "Two-thirds of adults agreed.", "figures": [
            {"quote": "Two-thirds of adults", "value": 0.667, "value_max": None, "unit": "share of adults",
             "qualifier": "exact", "attributed_to": None, "attribution_chain": ["X"], "note": None}]}
    )  # fmt: skip
    candidates = [c for c in extract_figures("Two-thirds of adults agreed.") if c.unit.startswith("percent")]
    report = evaluate(candidates, gold, rules=POLICY)
    assert report.recall == 1.0 and report.unit_accuracy == 1.0


def test_a_corpus_of_records_is_scored_by_the_policy_and_vague_magnitudes_are_ignored():
    texts, directory = corpus_texts({"records": [RECORD]})
    report = evaluate_texts(texts, directory)
    assert report.gold == 2 and report.matched == 2
    assert report.found == 2  # "thousands more" is neither credited nor penalised
    assert report.qualifier_accuracy == 1.0 and report.unit_accuracy == 1.0
    assert report.origin_accuracy == 1.0  # "police" names the police; the residents are not scored


def test_currency_names_and_codes_measures_and_abbreviations_agree():
    assert policy_units_agree("RUB", "rubles")
    assert policy_units_agree("centimetres", "cm of rain")
    assert policy_units_agree("gigawatts", "GW installed")


def test_a_unit_listing_several_nouns_agrees_with_each_of_them():
    # The policy compares content words; a comma is no part of a word.
    assert policy_units_agree("firefighters", "firefighters, soldiers and rescue workers")


def test_a_multiplier_in_times_agrees_with_a_policy_multiplier():
    assert policy_units_agree("times", "multiplier of ferry bookings")
    assert policy_units_agree("times", "multiple of last year's ferry bookings")
    assert not policy_units_agree("people", "multiple of last year's ferry bookings")


def test_a_measure_symbol_and_its_name_agree():
    assert policy_units_agree("terawatt hours", "TWh solar generation")
    assert policy_units_agree("ppm", "parts per million carbon dioxide")
    assert not policy_units_agree("hours", "TWh solar generation")
    # A speed written with a slash is one measure, the one "kph" names.
    assert policy_units_agree("km/h", "kph gusts")
    assert not policy_units_agree("km", "kph gusts")


def test_american_and_british_spellings_of_a_metric_unit_agree():
    assert policy_units_agree("kilometers", "km of new road")
    assert policy_units_agree("meters", "metres (hull length)")
    assert policy_units_agree("liters", "litres of fuel")


def test_american_and_british_spellings_of_a_noun_agree():
    assert policy_units_agree("shelters centers", "relief centres")
    assert policy_units_agree("theaters", "theatres closed")
    assert not policy_units_agree("meters", "kilometres")
