"""Selecting claims for an export with the API's filters, strictly."""

import pytest
from django.core.exceptions import ValidationError

from claims.selectors import filtered_claims


def test_filters_select_what_the_api_would(sheet_claims):
    assert set(filtered_claims("tag=kursk", None)) == {sheet_claims.ranged, sheet_claims.approx}
    assert list(filtered_claims("unit=troops&status=draft", None)) == []  # anonymous: published only


def test_editors_see_drafts(sheet_claims, editor):
    assert sheet_claims.draft in filtered_claims("status=draft", editor)


@pytest.mark.parametrize(
    "query, parameter",
    [("value_min=lots", "value_min"), ("status=finished", "status"), ("valu_min=5", "valu_min"), ("tag=nope", "tag")],
)
def test_bad_parameters_are_named(sheet_claims, query, parameter):
    with pytest.raises(ValidationError) as error:
        filtered_claims(query, None)
    assert parameter in error.value.message_dict
