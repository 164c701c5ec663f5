"""Chart axes: round ticks, a log axis across magnitudes, date ticks at a readable step."""

from datetime import date

from claims.metrics.scales import DateScale, LinearScale, LogScale, figure_scale


def test_linear_axis_starts_at_zero_with_round_ticks():
    scale = figure_scale([10800, 13200, 3600, 4400], (300, 0))
    assert isinstance(scale, LinearScale)
    assert [label for _, label in scale.ticks()] == ["0", "5,000", "10,000", "15,000"]
    assert scale(0) == 300 and scale(15000) == 0


def test_log_axis_when_figures_span_two_orders_of_magnitude():
    scale = figure_scale([60, 477, 10_000_000_000], (300, 0))
    assert isinstance(scale, LogScale)
    labels = [label for _, label in scale.ticks()]
    assert labels[0] == "1" and labels[-1] == "10 billion"
    assert len(labels) <= 8
    assert scale(1) == 300 and scale(10_000_000_000) == 0


def test_a_single_figure_still_has_an_axis():
    scale = figure_scale([5], (100, 0))
    assert scale(5) < 100 and scale.ticks()


def test_date_ticks_choose_a_readable_step():
    months = DateScale([date(2025, 1, 1), date(2025, 6, 30)], (0, 800)).ticks()
    assert [label for _, label in months][:2] == ["Jan 2025", "Feb 2025"]
    years = DateScale([date(1990, 1, 1), date(2025, 7, 1)], (0, 800)).ticks()
    assert [label for _, label in years] == ["1990", "1995", "2000", "2005", "2010", "2015", "2020", "2025"]
    one_day = DateScale([date(2025, 6, 29)], (0, 800))
    assert 0 < one_day(date(2025, 6, 29)) < 800
