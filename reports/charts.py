"""Charts drawn on the server as SVG: no JavaScript, no external service.

Two charts, both returned as SafeString built with format_html / format_html_join
only, so every piece of text (a cluster's name comes from the database) is escaped:

- ``monthly_chart``: a monthly series (12 months by default, up to 36) as columns,
  with an optional second series as a line with square markers;
- ``bar_chart``: horizontal bars comparing named items (the clusters).

Accessibility: the <svg> has role="img" and is labelled by its <title> and a <desc>
that states the figures in words (highest, lowest, latest); the page shows the same
figures in a table. Meaning never rests on colour alone: the two series of a monthly
chart differ in shape (columns against a dashed line with square markers) and are
named in a legend, and every bar carries its value as text. Text, axes and the line
use ``currentColor``, so they follow the admin's light or dark theme; the columns and
bars are a blue with at least 3:1 contrast on both.

Month labels are localised in the active language ("ene 2026", "Jan 2026"): the
format is a translatable string (context "chart month"), "M Y" in English, "b Y" in
Spanish (Django's lowercase abbreviation).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import count

from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

Number = int | float | Decimal

BAR_COLOUR = "#2f6db5"  # 5.1:1 on white, 3.2:1 on the admin's dark page (#262626)
COLUMN = "column"
LINE = "line"

# Drawing area of a monthly chart, in viewBox units (the SVG scales to its container).
WIDTH = 760
HEIGHT = 300
LEFT = 56  # room for the y-axis labels
RIGHT = 16
TOP = 40  # room for the legend
BOTTOM = 40  # room for the month labels (two lines)
FONT = 12

_ids = count(1)


@dataclass(frozen=True)
class Series:
    """One named series of a monthly chart: a value per month, drawn as columns or a line."""

    label: str
    values: Sequence[Number]
    style: str = COLUMN


def month_label(month: date) -> str:
    """A short month and year in the active language: "ene 2026", "Jan 2026"."""
    # Translators: a Django date format for chart labels; Spanish uses "b Y" (ene 2026).
    return date_format(month, pgettext("chart month", "M Y"))


def _two_lines(label: str) -> tuple[str, str]:
    """ "ene 2026" -> ("ene", "2026"): split at the last space, if any."""
    head, _space, tail = label.rpartition(" ")
    return (head, tail) if head else (label, "")


def figure(value: Number | None) -> str:
    """A figure as people read it in the active language (1,234 or 12.5)."""
    if value is None:
        return "—"
    if isinstance(value, float | Decimal) and value != int(value):
        return number_format(round(value, 1), decimal_pos=1, force_grouping=True)
    return number_format(int(value), force_grouping=True)


def _coordinate(value: float) -> str:
    # Coordinates are never localised (a decimal comma would break the SVG).
    return f"{value:.1f}"


def _nice_ceiling(value: float) -> tuple[float, float]:
    """A round top for the axis and its step, e.g. 37 -> (40, 10), 0 -> (1, 1)."""
    if value <= 0:
        return 1.0, 1.0
    raw_step = value / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw_step:
            break
    if step < 1:
        step = 1.0  # figures are counts: no fractional ticks
    top = step * math.ceil(value / step)
    return float(top), float(step)


def _svg(
    body: SafeString, *, width: int, height: int, title: str, desc: str, classname: str
) -> SafeString:
    n = next(_ids)
    title_id, desc_id = f"chart-{n}-title", f"chart-{n}-desc"
    return format_html(
        '<svg class="report-chart {}" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="{} {}" xmlns="http://www.w3.org/2000/svg" '
        'font-size="{}" fill="currentColor" style="width: 100%; height: auto; max-width: {}px">'
        '<title id="{}">{}</title><desc id="{}">{}</desc>{}</svg>',
        classname,
        width,
        height,
        title_id,
        desc_id,
        FONT,
        width,
        title_id,
        title,
        desc_id,
        desc,
        body,
    )


def _empty(title: str, *, width: int = WIDTH, height: int = 120) -> SafeString:
    message = _("No figures for this period.")
    body = format_html(
        '<text x="{}" y="{}" text-anchor="middle">{}</text>',
        width // 2,
        height // 2,
        message,
    )
    return _svg(
        body, width=width, height=height, title=title, desc=message, classname="report-chart--empty"
    )


def _describe_series(series: Series, labels: Sequence[str]) -> str:
    values = list(series.values)
    highest = max(range(len(values)), key=lambda i: values[i])
    lowest = min(range(len(values)), key=lambda i: values[i])
    return _(
        "%(series)s: highest %(high)s (%(high_month)s), lowest %(low)s (%(low_month)s), "
        "%(last)s in %(last_month)s."
    ) % {
        "series": series.label,
        "high": figure(values[highest]),
        "high_month": labels[highest],
        "low": figure(values[lowest]),
        "low_month": labels[lowest],
        "last": figure(values[-1]),
        "last_month": labels[-1],
    }


def monthly_chart(months: Sequence[date], series: Sequence[Series], *, title: str) -> SafeString:
    """Columns (and optionally a line) over months, with a legend, axis and a description.

    `months` are first days of months; each series has one value per month.
    """
    months = list(months)
    series = [s for s in series if len(s.values) == len(months)]
    if not months or not series:
        return _empty(title)

    labels = [month_label(month) for month in months]
    peak = max((float(v) for s in series for v in s.values), default=0.0)
    top, step = _nice_ceiling(peak)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(months)
    base = TOP + plot_h

    def y(value: Number) -> float:
        return base - plot_h * float(value) / top

    def x_centre(i: int) -> float:
        return LEFT + slot * (i + 0.5)

    parts: list[SafeString] = []

    # Grid lines and y-axis figures.
    ticks = [step * i for i in range(round(top / step) + 1)]
    parts.append(
        format_html_join(
            "",
            '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor" stroke-opacity="{}"/>'
            '<text x="{}" y="{}" text-anchor="end" dominant-baseline="middle">{}</text>',
            (
                (
                    LEFT,
                    WIDTH - RIGHT,
                    _coordinate(y(tick)),
                    _coordinate(y(tick)),
                    "0.6" if tick == 0 else "0.15",
                    LEFT - 6,
                    _coordinate(y(tick)),
                    figure(tick),
                )
                for tick in ticks
            ),
        )
    )

    # Month labels: all of them up to 12 months, then every n-th; the month above the
    # year ("ene" over "2026"), which reads as "ene 2026" to a screen reader.
    every = max(1, math.ceil(len(months) / 12))
    parts.append(
        format_html_join(
            "",
            '<text x="{0}" y="{1}" text-anchor="middle"><tspan x="{0}">{2}</tspan> '
            '<tspan x="{0}" dy="{3}">{4}</tspan></text>',
            (
                (_coordinate(x_centre(i)), base + 16, month, FONT + 2, year)
                for i, (month, year) in enumerate(map(_two_lines, labels))
                if i % every == 0
            ),
        )
    )

    columns = [s for s in series if s.style == COLUMN]
    lines = [s for s in series if s.style != COLUMN]
    group_w = min(slot * 0.7, 56.0)  # a few months must not make slabs
    column_w = group_w / max(1, len(columns))
    for n, current in enumerate(columns):
        opacity = "1" if n == 0 else "0.55"
        parts.append(
            format_html_join(
                "",
                '<rect class="report-chart__column" x="{}" y="{}" width="{}" height="{}" '
                'fill="{}" fill-opacity="{}"><title>{}</title></rect>',
                (
                    (
                        _coordinate(x_centre(i) - group_w / 2 + n * column_w),
                        _coordinate(y(value)),
                        _coordinate(max(column_w - 1, 1)),
                        _coordinate(base - y(value)),
                        BAR_COLOUR,
                        opacity,
                        f"{labels[i]}: {current.label} {figure(value)}",
                    )
                    for i, value in enumerate(current.values)
                ),
            )
        )
        # The figure above each column while they are wide enough to read it.
        if len(months) <= 12 and len(columns) == 1:
            parts.append(
                format_html_join(
                    "",
                    '<text x="{}" y="{}" text-anchor="middle" font-size="{}">{}</text>',
                    (
                        (
                            _coordinate(x_centre(i)),
                            _coordinate(y(value) - 4),
                            FONT - 1,
                            figure(value),
                        )
                        for i, value in enumerate(current.values)
                        if value
                    ),
                )
            )

    for current in lines:
        points = " ".join(
            f"{_coordinate(x_centre(i))},{_coordinate(y(v))}" for i, v in enumerate(current.values)
        )
        parts.append(
            format_html(
                '<polyline points="{}" fill="none" stroke="currentColor" stroke-width="2" '
                'stroke-dasharray="6 3"/>',
                points,
            )
        )
        parts.append(
            format_html_join(
                "",
                '<rect x="{}" y="{}" width="7" height="7" fill="currentColor"><title>{}</title></rect>',
                (
                    (
                        _coordinate(x_centre(i) - 3.5),
                        _coordinate(y(value) - 3.5),
                        f"{labels[i]}: {current.label} {figure(value)}",
                    )
                    for i, value in enumerate(current.values)
                ),
            )
        )

    parts.append(_legend(series))

    desc = " ".join(
        [
            _("From %(first)s to %(last)s.") % {"first": labels[0], "last": labels[-1]},
            *(_describe_series(s, labels) for s in series),
        ]
    )
    body = format_html_join("", "{}", ((part,) for part in parts))
    return _svg(
        body, width=WIDTH, height=HEIGHT, title=title, desc=desc, classname="report-chart--monthly"
    )


def _legend(series: Sequence[Series]) -> SafeString:
    """A key at the top left: a sample of each series' shape and its name."""
    items = []
    x = LEFT
    columns_seen = 0
    for current in series:
        if current.style == COLUMN:
            opacity = "1" if columns_seen == 0 else "0.55"
            columns_seen += 1
            sample = format_html(
                '<rect x="{}" y="10" width="14" height="14" fill="{}" fill-opacity="{}"/>',
                x,
                BAR_COLOUR,
                opacity,
            )
        else:
            sample = format_html(
                '<line x1="{}" x2="{}" y1="17" y2="17" stroke="currentColor" stroke-width="2" '
                'stroke-dasharray="6 3"/><rect x="{}" y="13.5" width="7" height="7" '
                'fill="currentColor"/>',
                x,
                x + 22,
                x + 7.5,
            )
        width = 22 if current.style != COLUMN else 14
        items.append(
            format_html('{}<text x="{}" y="21">{}</text>', sample, x + width + 6, current.label)
        )
        x += width + 6 + 7 * len(current.label) + 24
    return format_html(
        '<g class="report-chart__legend">{}</g>', format_html_join("", "{}", ((i,) for i in items))
    )


def bar_chart(
    items: Sequence[tuple[str, Number]], *, title: str, value_label: str = ""
) -> SafeString:
    """Horizontal bars, one per (name, value), each with its name and its figure as text."""
    items = list(items)
    if not items:
        return _empty(title)
    row_h, gap = 22, 8
    label_w = min(240, 20 + 8 * max(len(str(name)) for name, _v in items))
    value_w = 64
    width = WIDTH
    height = 12 + len(items) * (row_h + gap)
    plot_w = width - label_w - value_w - 12
    peak = max(float(v) for _n, v in items)
    scale = plot_w / peak if peak > 0 else 0.0

    rows = []
    for i, (name, value) in enumerate(items):
        top = 6 + i * (row_h + gap)
        length = float(value) * scale
        rows.append(
            (
                label_w - 8,
                _coordinate(top + row_h / 2),
                name,
                label_w,
                top,
                _coordinate(max(length, 0)),
                row_h,
                BAR_COLOUR,
                _coordinate(label_w + length + 6),
                _coordinate(top + row_h / 2),
                figure(value),
            )
        )
    body = format_html(
        '<line x1="{}" x2="{}" y1="0" y2="{}" stroke="currentColor" stroke-opacity="0.6"/>{}',
        label_w,
        label_w,
        height,
        format_html_join(
            "",
            '<text x="{}" y="{}" text-anchor="end" dominant-baseline="middle">{}</text>'
            '<rect class="report-chart__bar" x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
            '<text x="{}" y="{}" dominant-baseline="middle" font-weight="bold">{}</text>',
            rows,
        ),
    )
    ranked = sorted(items, key=lambda item: item[1], reverse=True)
    listing = "; ".join(f"{name}: {figure(value)}" for name, value in ranked)
    desc = (
        _("%(what)s, from highest to lowest: %(list)s.") % {"what": value_label, "list": listing}
        if value_label
        else _("From highest to lowest: %(list)s.") % {"list": listing}
    )
    return _svg(
        body, width=width, height=height, title=title, desc=desc, classname="report-chart--bars"
    )
