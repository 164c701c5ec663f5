"""A second annotator's records, scored in the extractor's place against the first's gold."""

import copy

import pytest

from claims.extraction.agreement import AnnotationMismatch, annotator_report

TEXT = (
    "The Ruritanian health ministry said 1,200 people were treated. Organisers put the crowd at "
    "about 30,000, while police counted 4,000. The ferry carried 300 passengers."
)


def figure(quote, value, unit, cue=None, chain=None, qualifier="exact"):
    return {
        "quote": quote, "value": value, "value_max": None, "unit": unit, "qualifier": qualifier,
        "attributed_to": cue, "attribution_chain": chain or ["Daily Example"], "note": "",
    }  # fmt: skip


FIRST = {
    "records": [
        {
            "url": "https://example.org/a",
            "outlet": "Daily Example",
            "text": TEXT,
            "figures": [
                figure("1,200 people", 1200, "people treated", "The Ruritanian health ministry",
                       ["Daily Example", "Ruritanian health ministry"]),
                figure("about 30,000", 30000, "people", "Organisers", ["Daily Example", "organisers"], "about"),
                figure("4,000", 4000, "people", "police", ["Daily Example", "police"]),
                figure("300 passengers", 300, "passengers"),
            ],
        }
    ]
}  # fmt: skip


class TestAnnotatorReport:
    def test_the_same_annotation_agrees_on_everything(self):
        report = annotator_report(FIRST, copy.deepcopy(FIRST))
        assert (report.recall, report.precision, report.qualifier_accuracy, report.origin_accuracy) == (1, 1, 1, 1)
        assert report.origin_scored == 3

    def test_a_second_reading_of_a_speaker_lowers_origin_only(self):
        second = copy.deepcopy(FIRST)
        # The second annotator left the police count to the outlet, and capitalised the ministry.
        second["records"][0]["figures"][2].update(attributed_to=None, attribution_chain=["Daily Example"])
        second["records"][0]["figures"][0]["attribution_chain"][-1] = "the Ruritanian Health Ministry"
        report = annotator_report(FIRST, second)
        assert report.recall == 1 and report.qualifier_accuracy == 1
        assert (report.origin_correct, report.origin_scored) == (2, 3)

    def test_a_figure_the_second_annotator_skipped_is_missed(self):
        second = copy.deepcopy(FIRST)
        del second["records"][0]["figures"][3]
        report = annotator_report(FIRST, second)
        assert (report.matched, report.gold, report.found) == (3, 4, 3)

    def test_other_texts_are_refused(self):
        second = copy.deepcopy(FIRST)
        second["records"][0]["text"] = TEXT.replace("300", "301")
        with pytest.raises(AnnotationMismatch, match="text differs"):
            annotator_report(FIRST, second)
        second["records"][0]["url"] = "https://example.org/b"
        with pytest.raises(AnnotationMismatch, match="no record for https://example.org/a"):
            annotator_report(FIRST, second)
