"""The claim form names the metric's preferred claim when a second one is chosen."""

from django.forms.models import model_to_dict

from claims.admin.forms import ClaimAdminForm


def form_for(claim, **changes):
    data = {name: value for name, value in model_to_dict(claim).items() if value is not None}
    return ClaimAdminForm(data={**data, "loaded_version": claim.version, **changes}, instance=claim)


def test_second_preferred_claim_is_an_error_on_rank_naming_the_first(estimate, metric):
    first = estimate(12000, "approx", rank="preferred")
    second = estimate(11000, "exact")
    form = form_for(second, rank="preferred")
    assert not form.is_valid()
    assert form.errors["rank"] == [
        f"“{first}” is already the preferred estimate of “{metric}”. Set it to normal first, or use "
        "“Set rank” on the metric's page, which swaps the two."
    ]
    assert "__all__" not in form.errors, "one clear message, not the constraint's as well"


def test_the_preferred_claim_itself_saves_and_other_metrics_are_independent(estimate, metric):
    from claims.models import Metric

    first = estimate(12000, "approx", rank="preferred")
    assert form_for(first, statement="reworded").is_valid()
    elsewhere = estimate(5, "exact", metric=Metric.objects.create(name="Other", slug="other"))
    assert form_for(elsewhere, rank="preferred").is_valid()
