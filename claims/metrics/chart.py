"""
A metric's timeline drawn as a self-contained SVG, rendered on the server.

Each claim with a figure is drawn at its date (``TimelineEntry.date``: the end of its
period) as a point (an exact figure) or a vertical bar (its interval), coloured by its
origin speaker. An open end ("more than 60") runs to the edge of the plot and fades
out under an arrowhead. The preferred estimate gets a ring and a dashed reference
line; deprecated claims are hollow and dashed, retracted ones crossed out. A thin
horizontal line shows how long a period the figure covers. Claims without any date
are drawn in a separate "no date" band on the right.

Every claim is one ``<g id="claim-<id>">`` with a ``<title>`` tooltip (figure, period,
origin, chain, verdict, rank), so the chart stays readable with 200 claims and a
screen reader or a test can find each one. No script, no web font, no external
request: the file can be embedded anywhere.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.utils.html import escape

from ..models import ClaimRank, ClaimStatus
from .scales import DateScale, figure_scale

# Colour-blind-safe colours for the most frequent origins; the rest share grey.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#7F3C8D", "#1B7837")
OTHER_COLOUR = "#8A8A8A"
INK, MUTED, GRID = "#1F1F1F", "#5E5E5E", "#E4E4E4"


@dataclass
class Layout:
    width: int = 960
    top: int = 64
    plot_height: int = 320
    left: int = 84
    right: int = 28
    undated_band: int = 90
    legend_column: int = 224
    legend_row: int = 20


class TimelineChart:
    """Render a ``MetricTimeline`` as SVG text: ``TimelineChart(timeline).render()``."""

    def __init__(self, timeline, *, claim_url=None, layout=None):
        self.timeline = timeline
        self.claim_url = claim_url  # callable(claim) -> URL, to make each claim a link
        self.layout = layout or Layout()
        self.prefix = f"metric-{timeline.metric.pk}"
        self.plotted = [entry for entry in timeline.entries if entry.claim.has_figure]
        self.dated = [entry for entry in self.plotted if entry.date is not None]
        self.undated = [entry for entry in self.plotted if entry.date is None]
        self.colours, self.legend_origins, self.others = self._assign_colours()
        self.y = figure_scale(self._figure_values(), (self.plot_bottom, self.plot_top)) if self.plotted else None
        # The date axis spans every plotted date and the start of every period drawn.
        dates = [date for entry in self.dated for date in (entry.date, entry.claim.period_start) if date]
        self.x = DateScale(dates, (self.plot_left, self.plot_right)) if dates else None

    # --- geometry -------------------------------------------------------------------

    @property
    def plot_left(self):
        return self.layout.left

    @property
    def plot_right(self):
        band = self.layout.undated_band if self.undated else 0
        return self.layout.width - self.layout.right - band

    @property
    def plot_top(self):
        return self.layout.top

    @property
    def plot_bottom(self):
        return self.layout.top + self.layout.plot_height

    @property
    def legend_items(self):
        origins = [(self.colours[origin.key], origin.name) for origin in self.legend_origins]
        if self.others:
            origins.append((OTHER_COLOUR, f"{self.others} other origin{'s' if self.others != 1 else ''}"))
        return origins

    @property
    def height(self):
        per_row = max(1, (self.layout.width - self.plot_left) // self.layout.legend_column)
        rows = -(-len(self.legend_items) // per_row) + 2  # origins, then two rows of symbols
        return self.plot_bottom + 44 + rows * self.layout.legend_row + 12

    def _marker_radius(self):
        count = len(self.plotted)
        return 5 if count <= 20 else 4 if count <= 60 else 3 if count <= 150 else 2.5

    # --- colours --------------------------------------------------------------------

    def _assign_colours(self):
        """The most frequent origins get their own colour, in order of frequency."""
        counts, names = Counter(), {}
        for entry in self.plotted:
            origin = entry.origins[0] if entry.origins else None
            if origin is not None:
                counts[origin.key] += 1
                names.setdefault(origin.key, origin)
        ranked = [names[key] for key, _ in sorted(counts.items(), key=lambda item: (-item[1], names[item[0]].name))]
        own, rest = ranked[: len(PALETTE)], ranked[len(PALETTE) :]
        colours = defaultdict(lambda: OTHER_COLOUR, {origin.key: PALETTE[i] for i, origin in enumerate(own)})
        return colours, own, len(rest) + (1 if any(not entry.origins for entry in self.plotted) else 0)

    def colour(self, entry):
        return self.colours[entry.origins[0].key] if entry.origins else OTHER_COLOUR

    # --- drawing --------------------------------------------------------------------

    def render(self):
        metric = self.timeline.metric
        title = escape(metric.name)
        description = escape(self._description(self.timeline.summary.display()))
        subtitle = escape(self._description(self.timeline.summary.counts()))  # the legend names the origins
        parts = [
            (
                f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.layout.width} {self.height}" '
                f'width="{self.layout.width}" height="{self.height}" role="img" '
                f'aria-labelledby="{self.prefix}-title {self.prefix}-desc" class="metric-chart" '
                f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12">'
            ),
            f'<title id="{self.prefix}-title">{title}</title>',
            f'<desc id="{self.prefix}-desc">{description}</desc>',
            f"<style>.claim:hover .mark{{stroke:#000;stroke-width:1.5}}text{{fill:{INK}}}</style>",
            self._defs(),
            f'<rect width="{self.layout.width}" height="{self.height}" fill="#fff"/>',
            f'<text x="{self.plot_left}" y="24" font-size="16" font-weight="600">{title}</text>',
            f'<text x="{self.plot_left}" y="44" fill="{MUTED}">{subtitle}</text>',
        ]
        if not self.plotted:
            parts.append(self._empty())
        else:
            parts.append(self._axes())
            parts.append(self._preferred_line())
            positions = self._positions()
            parts.extend(self._claim(entry, positions[entry.pk]) for entry in self.plotted)
            parts.append(self._legend())
        parts.append("</svg>")
        return "\n".join(part for part in parts if part)

    def _description(self, origins):
        count, timeline = len(self.timeline.entries), self.timeline
        if timeline.truncated:
            claims = f"the latest {count:,} of {timeline.claim_count:,} claims"
        else:
            claims = f"{count} claim{'s' if count != 1 else ''}"
        words = [claims, origins]
        if self.y is not None and self.y.is_log:
            words.append("log scale")
        not_drawn = count - len(self.plotted)
        if not_drawn:
            words.append(f"{not_drawn} without a figure not drawn")
        return " · ".join(words)

    def _figure_values(self):
        values = []
        for entry in self.plotted:
            low, high = entry.interval
            values.extend(v for v in (low, high, entry.claim.value) if v is not None)
        return values

    def _defs(self):
        gradients = []
        for index, colour in enumerate((*PALETTE, OTHER_COLOUR)):
            for direction, (y1, y2) in (("up", (1, 0)), ("down", (0, 1))):
                gradients.append(
                    f'<linearGradient id="{self.prefix}-fade-{direction}-{index}" x1="0" y1="{y1}" x2="0" y2="{y2}">'
                    f'<stop offset="0" stop-color="{colour}" stop-opacity="0.9"/>'
                    f'<stop offset="1" stop-color="{colour}" stop-opacity="0.05"/></linearGradient>'
                )
        return "<defs>" + "".join(gradients) + "</defs>"

    def _gradient(self, colour, direction):
        colours = (*PALETTE, OTHER_COLOUR)
        return f"url(#{self.prefix}-fade-{direction}-{colours.index(colour)})"

    def _empty(self):
        middle = (self.plot_top + self.plot_bottom) / 2
        return (
            f'<rect x="{self.plot_left}" y="{self.plot_top}" width="{self.plot_right - self.plot_left}" '
            f'height="{self.layout.plot_height}" fill="none" stroke="{GRID}"/>'
            f'<text x="{(self.plot_left + self.plot_right) / 2}" y="{middle}" text-anchor="middle" fill="{MUTED}">'
            "No claim with a figure on this metric yet.</text>"
        )

    def _axes(self):
        parts = [f'<g class="axes" fill="none" stroke="{GRID}">']
        right = self.layout.width - self.layout.right
        for value, label in self.y.ticks():
            y = self.y(value)
            parts.append(f'<line x1="{self.plot_left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}"/>')
            parts.append(
                f'<text x="{self.plot_left - 8}" y="{y + 4:.1f}" text-anchor="end" stroke="none" fill="{MUTED}">'
                f"{escape(label)}</text>"
            )
        if self.x is not None:
            for date, label in self.x.ticks():
                x = self.x(date)
                parts.append(
                    f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{self.plot_bottom}" y2="{self.plot_bottom + 5}" '
                    f'stroke="{MUTED}"/>'
                )
                parts.append(
                    f'<text x="{x:.1f}" y="{self.plot_bottom + 19}" text-anchor="middle" stroke="none" fill="{MUTED}">'
                    f"{escape(label)}</text>"
                )
        parts.append(
            f'<line x1="{self.plot_left}" x2="{right}" y1="{self.plot_bottom}" y2="{self.plot_bottom}" '
            f'stroke="{MUTED}"/>'
        )
        if self.undated:
            x = self.plot_right + 10
            parts.append(
                f'<line x1="{x}" x2="{x}" y1="{self.plot_top}" y2="{self.plot_bottom}" stroke="{MUTED}" '
                'stroke-dasharray="3 3"/>'
                f'<text x="{(x + right) / 2:.1f}" y="{self.plot_bottom + 19}" text-anchor="middle" stroke="none" '
                f'fill="{MUTED}">no date</text>'
            )
        unit = self.timeline.metric.unit or ""
        scale = "log scale" if self.y.is_log else ""
        caption = " · ".join(part for part in (unit, scale) if part)
        if caption:
            parts.append(
                f'<text x="{self.plot_left - 8}" y="{self.plot_top - 10}" text-anchor="end" stroke="none" '
                f'fill="{MUTED}" font-style="italic">{escape(caption)}</text>'
            )
        parts.append("</g>")
        return "".join(parts)

    def _preferred_line(self):
        preferred = self.timeline.preferred
        if preferred is None or not preferred.claim.has_figure:
            return ""
        y = self.y(_centre(preferred))
        right = self.layout.width - self.layout.right
        label = escape(f"preferred: {preferred.claim.figure_display}")
        return (
            f'<g class="preferred-line"><line x1="{self.plot_left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{INK}" stroke-width="1" stroke-dasharray="6 4" opacity="0.5"/>'
            f'<text x="{right - 4}" y="{y - 5:.1f}" text-anchor="end" font-size="11" fill="{INK}" stroke="#fff" '
            f'stroke-width="3" paint-order="stroke">{label}</text></g>'
        )

    def _positions(self):
        """x of every plotted entry; claims on the same date are spread side by side."""
        radius = self._marker_radius()
        positions, by_date = {}, defaultdict(list)
        for entry in self.dated:
            by_date[entry.date].append(entry)
        for date, entries in by_date.items():
            spacing = min(3 * radius, 60 / len(entries))
            centre = self.x(date)
            for i, entry in enumerate(entries):
                positions[entry.pk] = centre + (i - (len(entries) - 1) / 2) * spacing
        if self.undated:
            band_left = self.plot_right + 10
            band_width = self.layout.width - self.layout.right - band_left
            step = band_width / (len(self.undated) + 1)
            for i, entry in enumerate(self.undated, start=1):
                positions[entry.pk] = band_left + i * step
        return positions

    def _claim(self, entry, x):
        claim = entry.claim
        colour = self.colour(entry)
        radius = self._marker_radius()
        bar = max(1.5, radius * 0.6)
        low, high = entry.interval
        deprecated = claim.rank == ClaimRank.DEPRECATED
        retracted = claim.status == ClaimStatus.RETRACTED
        flags = {"preferred": entry.is_preferred, "deprecated": deprecated, "retracted": retracted}
        classes = ["claim", *(name for name, on in flags.items() if on)]
        opacity = ' opacity="0.55"' if deprecated or retracted else ""
        dash = ' stroke-dasharray="3 2"' if deprecated else ""
        parts = [f'<g id="claim-{claim.pk}" class="{" ".join(classes)}" data-claim-id="{claim.pk}"{opacity}>']
        parts.append(f"<title>{escape(self._tooltip(entry))}</title>")
        if self.claim_url is not None:
            parts.append(f'<a href="{escape(self.claim_url(claim))}">')
        centre_y = self.y(_centre(entry))

        # How long a period the figure covers: a faint line back to the period's start.
        if claim.period_start and claim.period_end and claim.period_start != claim.period_end and self.x is not None:
            start_x = self.x(claim.period_start)
            parts.append(
                f'<line x1="{start_x:.1f}" x2="{x:.1f}" y1="{centre_y:.1f}" y2="{centre_y:.1f}" '
                f'stroke="{colour}" stroke-width="{bar / 2:.1f}" opacity="0.35"/>'
            )

        top = self.plot_top + 6
        bottom = self.plot_bottom
        low_y = self.y(low) if low is not None else None
        high_y = self.y(high) if high is not None else None
        if low_y is not None and high_y is not None and abs(low_y - high_y) > 0.5:
            parts.append(
                f'<line class="mark" x1="{x:.1f}" x2="{x:.1f}" y1="{low_y:.1f}" y2="{high_y:.1f}" stroke="{colour}" '
                f'stroke-width="{bar:.1f}" stroke-linecap="round"{dash}/>'
            )
        if high is None:  # open above: fade out towards the top, arrowhead at the edge
            start_y = low_y if low_y is not None else centre_y
            parts.append(self._open_end(x, top, start_y, bar, colour, "up"))
        if low is None:  # open below
            start_y = high_y if high_y is not None else centre_y
            parts.append(self._open_end(x, start_y, bottom, bar, colour, "down"))

        fill = "#fff" if deprecated else colour
        parts.append(
            f'<circle class="mark" cx="{x:.1f}" cy="{centre_y:.1f}" r="{radius}" fill="{fill}" stroke="{colour}" '
            f'stroke-width="1.5"/>'
        )
        if entry.is_preferred:
            parts.append(
                f'<circle cx="{x:.1f}" cy="{centre_y:.1f}" r="{radius + 4}" fill="none" stroke="{INK}" '
                'stroke-width="2"/>'
            )
        if retracted:
            r = radius + 2
            parts.append(
                f'<path d="M{x - r:.1f},{centre_y - r:.1f}L{x + r:.1f},{centre_y + r:.1f}'
                f'M{x - r:.1f},{centre_y + r:.1f}L{x + r:.1f},{centre_y - r:.1f}" stroke="{INK}" stroke-width="1.5"/>'
            )
        if self.claim_url is not None:
            parts.append("</a>")
        parts.append("</g>")
        return "".join(parts)

    def _open_end(self, x, top, bottom, width, colour, direction):
        """A bar from ``bottom`` to ``top`` fading away from the known end, with an arrowhead."""
        if bottom - top < 1:
            return ""
        head = width + 3
        tip = top if direction == "up" else bottom
        base = tip + head * 1.6 if direction == "up" else tip - head * 1.6
        return (
            f'<rect x="{x - width / 2:.1f}" y="{top:.1f}" width="{width:.1f}" height="{bottom - top:.1f}" '
            f'fill="{self._gradient(colour, direction)}"/>'
            f'<path d="M{x:.1f},{tip:.1f}L{x - head:.1f},{base:.1f}L{x + head:.1f},{base:.1f}Z" fill="{colour}" '
            'opacity="0.45"/>'
        )

    def _tooltip(self, entry):
        claim = entry.claim
        lines = [claim.figure_display, claim.statement]
        if claim.period_display:
            lines.append(f"Period: {claim.period_display}")
        if entry.origins:
            lines.append("Origin: " + ", ".join(origin.name for origin in entry.origins))
        lines.extend(entry.chains)
        status = [claim.get_status_display(), claim.get_rank_display()]
        if claim.deprecation_reason:
            status.append(claim.get_deprecation_reason_display())
        if claim.verdict:
            status.append(f"verdict: {claim.get_verdict_display()}")
        lines.append(" · ".join(status))
        if entry.live_conflicts:
            lines.append(f"In conflict with {len(entry.live_conflicts)} other estimate(s)")
        if entry.independently_corroborated:
            lines.append("Independently corroborated")
        return "\n".join(lines)

    def _legend(self):
        layout = self.layout
        top = self.plot_bottom + 44
        per_row = max(1, (layout.width - self.plot_left) // layout.legend_column)
        parts = ['<g class="legend">']
        for i, (colour, name) in enumerate(self.legend_items):
            x = self.plot_left + (i % per_row) * layout.legend_column
            y = top + (i // per_row) * layout.legend_row
            parts.append(
                f'<circle cx="{x + 5}" cy="{y - 4}" r="5" fill="{colour}"/>'
                f'<text x="{x + 15}" y="{y}">{escape(_shorten(name, 36))}</text>'
            )
        y = top + (-(-len(self.legend_items) // per_row)) * layout.legend_row + 4
        symbols = [
            (f'<circle cx="5" cy="-4" r="4" fill="{MUTED}"/>', "exact figure"),
            (
                f'<line x1="5" x2="5" y1="-12" y2="4" stroke="{MUTED}" stroke-width="3"/>',
                "interval (≈, range, thousands)",
            ),
            (
                (
                    f'<path d="M5,-13L1,-7L9,-7Z" fill="{MUTED}" opacity="0.6"/>'
                    f'<rect x="3.5" y="-7" width="3" height="10" fill="{MUTED}" opacity="0.4"/>'
                ),
                "open-ended (more than, up to)",
            ),
            (
                (
                    f'<circle cx="5" cy="-4" r="4" fill="{MUTED}"/>'
                    f'<circle cx="5" cy="-4" r="8" fill="none" stroke="{INK}" stroke-width="2"/>'
                ),
                "preferred estimate",
            ),
            (f'<circle cx="5" cy="-4" r="4" fill="#fff" stroke="{MUTED}" stroke-width="1.5"/>', "deprecated"),
            (f'<path d="M0,-9L10,1M0,1L10,-9" stroke="{INK}" stroke-width="1.5"/>', "retracted"),
        ]
        for i, (glyph, label) in enumerate(symbols):
            x = self.plot_left + (i % 3) * (layout.legend_column + 40)
            row_y = y + (i // 3) * layout.legend_row
            parts.append(
                f'<g transform="translate({x},{row_y})">{glyph}'
                f'<text x="18" y="0" fill="{MUTED}">{escape(label)}</text></g>'
            )
        parts.append("</g>")
        return "".join(parts)


def _centre(entry):
    """Where the marker sits: the middle of a range, else the figure as said."""
    claim = entry.claim
    if claim.value_max is not None:
        return (claim.value + claim.value_max) / 2
    return claim.value


def _shorten(text, length):
    return text if len(text) <= length else text[: length - 1] + "…"


def render_chart(timeline, *, claim_url=None):
    """The timeline as SVG text."""
    return TimelineChart(timeline, claim_url=claim_url).render()
