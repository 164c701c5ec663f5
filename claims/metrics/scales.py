"""
Axes for the timeline chart: figure scales (linear or log) and a date scale, with
ticks a reader can take in at a glance.

A figure axis turns logarithmic when the figures on it span two orders of magnitude
or more ("thousands" next to "12,000" is fine on a linear axis, "477 drones" next to
"tens of billions of dollars" is not). A linear axis starts at zero for counts, so
bars are never exaggerated by a cropped axis.
"""

import datetime
import math
from decimal import Decimal

from ..figures import format_number

LOG_SPAN = 100  # max / min at which the figure axis turns logarithmic
NICE_STEPS = (1, 2, 2.5, 5, 10)


class LinearScale:
    """Maps figures onto pixels linearly; ``ticks`` are round numbers."""

    is_log = False

    def __init__(self, values, pixels, tick_count=5):
        low, high = min(values), max(values)
        if low >= 0:
            low = 0.0
        if high == low:
            high = low + (abs(low) or 1.0)
        self.step = _nice_step((high - low) / tick_count)
        self.low = math.floor(low / self.step) * self.step
        self.high = math.ceil(high / self.step) * self.step
        self.pixels = pixels  # (pixel of low, pixel of high)

    def __call__(self, value):
        start, end = self.pixels
        return start + (float(value) - self.low) / (self.high - self.low) * (end - start)

    def ticks(self):
        count = round((self.high - self.low) / self.step)
        return [(value, _label(value)) for value in (self.low + i * self.step for i in range(count + 1))]


class LogScale:
    """Maps positive figures onto pixels by their logarithm; ticks at powers of ten."""

    is_log = True

    def __init__(self, values, pixels):
        self.low_exp = math.floor(math.log10(min(values)))
        self.high_exp = math.ceil(math.log10(max(values)))
        if self.high_exp == self.low_exp:
            self.high_exp += 1
        # Label at most about seven powers of ten, and let the labelled ones reach both ends.
        self.stride = math.ceil((self.high_exp - self.low_exp) / 6)
        self.low_exp = self.high_exp - self.stride * math.ceil((self.high_exp - self.low_exp) / self.stride)
        self.pixels = pixels

    def __call__(self, value):
        start, end = self.pixels
        value = max(float(value), 10.0**self.low_exp)
        return start + (math.log10(value) - self.low_exp) / (self.high_exp - self.low_exp) * (end - start)

    def ticks(self):
        multiples = (1, 2, 5) if self.high_exp - self.low_exp <= 3 else (1,)
        exponents = range(self.low_exp, self.high_exp + 1, self.stride)
        values = [m * 10.0**e for e in exponents for m in multiples]
        return [(v, _label(v)) for v in values if v <= 10.0**self.high_exp]


def figure_scale(values, pixels):
    """A log scale for positive figures spanning ``LOG_SPAN`` or more, else a linear one."""
    values = [float(v) for v in values]
    if values and min(values) > 0 and max(values) / min(values) >= LOG_SPAN:
        return LogScale(values, pixels)
    return LinearScale(values or [0.0], pixels)


def _nice_step(raw):
    exponent = math.floor(math.log10(raw)) if raw > 0 else 0
    for step in NICE_STEPS:
        if raw <= step * 10**exponent:
            return step * 10**exponent
    return 10 ** (exponent + 1)


def _label(value):
    return format_number(Decimal(repr(round(value, 6))))


# Date ticks: the smallest step that gives at most ``MAX_DATE_TICKS`` ticks.
MAX_DATE_TICKS = 8
DATE_STEPS = (
    ("day", 1),
    ("day", 7),
    ("month", 1),
    ("month", 3),
    ("month", 6),
    *(("month", 12 * years) for years in (1, 2, 5, 10, 20, 50, 100)),
)


class DateScale:
    """Maps dates onto pixels; the domain is padded so points never sit on the frame."""

    def __init__(self, dates, pixels):
        start, end = min(dates), max(dates)
        pad = datetime.timedelta(days=15) if start == end else (end - start) * 0.04
        self.start, self.end = start - pad, end + pad
        self.pixels = pixels

    def __call__(self, date):
        start, end = self.pixels
        span = (self.end - self.start).days or 1
        return start + (date - self.start).days / span * (end - start)

    def ticks(self):
        for unit, size in DATE_STEPS:
            dates = list(_date_range(self.start, self.end, unit, size))
            if len(dates) <= MAX_DATE_TICKS:
                return [(date, _date_label(date, unit, size)) for date in dates]
        return []


def _date_range(start, end, unit, size):
    if unit == "day":
        date = start + datetime.timedelta(days=(-start.toordinal()) % size)
        while date <= end:
            yield date
            date += datetime.timedelta(days=size)
        return
    months = start.year * 12 + start.month - 1
    months += (-months) % size
    if datetime.date(months // 12, months % 12 + 1, 1) < start:
        months += size
    while True:
        date = datetime.date(months // 12, months % 12 + 1, 1)
        if date > end:
            return
        yield date
        months += size


def _date_label(date, unit, size):
    if unit == "day":
        return date.isoformat()
    if size % 12 == 0:
        return str(date.year)
    return date.strftime("%b %Y")
