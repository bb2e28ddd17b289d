"""Server-side SVG charts: escaped text, labels in both languages, a text alternative,
and something sensible for an empty series."""

from datetime import date
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.safestring import SafeString

from reports.charts import LINE, Series, bar_chart, month_label, monthly_chart

MONTHS = [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
HOSTILE = '<script>alert("x")</script> & Co.'


def svg_of(markup) -> BeautifulSoup:
    soup = BeautifulSoup(str(markup), "html.parser")
    svg = soup.find("svg")
    assert svg is not None
    return svg


def texts(svg) -> list[str]:
    return [" ".join(t.get_text(" ").split()) for t in svg.find_all("text")]


def test_a_monthly_chart_is_an_image_with_a_title_and_a_description_of_its_figures():
    with translation.override("en"):
        markup = monthly_chart(
            MONTHS,
            [
                Series("People trained", [4, 9, 2]),
                Series("Engineers trained", [1, 3, 0], style=LINE),
            ],
            title="People and engineers trained per month",
        )
    assert isinstance(markup, SafeString)
    svg = svg_of(markup)
    assert svg["role"] == "img"
    title, desc = svg.find("title"), svg.find("desc")
    assert title.get_text() == "People and engineers trained per month"
    assert svg["aria-labelledby"] == f"{title['id']} {desc['id']}"
    description = desc.get_text()
    assert "From Dec 2025 to Feb 2026." in description
    assert (
        "People trained: highest 9 (Jan 2026), lowest 2 (Feb 2026), 2 in Feb 2026." in description
    )
    assert "Engineers trained: highest 3 (Jan 2026)" in description
    # Both series are named in the legend (shape and words, not colour alone).
    assert "People trained" in texts(svg)
    assert "Engineers trained" in texts(svg)
    assert svg.find("polyline") is not None  # the second series is a line
    assert len(svg.find_all("rect", class_="report-chart__column")) == 3  # one per month


def test_month_labels_follow_the_active_language():
    with translation.override("es"):
        spanish = monthly_chart(MONTHS, [Series("Personas", [1, 2, 3])], title="Personas")
        assert month_label(date(2026, 1, 1)).casefold() == "ene 2026"
    with translation.override("en"):
        english = monthly_chart(MONTHS, [Series("People", [1, 2, 3])], title="People")
        assert month_label(date(2026, 1, 1)) == "Jan 2026"

    spanish_labels = [t.casefold() for t in texts(svg_of(spanish))]
    english_labels = texts(svg_of(english))
    assert "dic 2025" in spanish_labels and "ene 2026" in spanish_labels
    assert "Dec 2025" in english_labels and "Jan 2026" in english_labels
    assert "dic 2025" in svg_of(spanish).find("desc").get_text().casefold()
    assert "Dec 2025" in svg_of(english).find("desc").get_text()


def test_figures_are_written_as_the_language_writes_them():
    with translation.override("en"):
        svg = svg_of(monthly_chart(MONTHS, [Series("People", [1234, 0, 5])], title="People"))
    assert "1,234" in texts(svg)
    # Coordinates are never localised (a decimal comma would break the drawing).
    for rect in svg.find_all("rect"):
        for attribute in ("x", "y", "width", "height"):
            if rect.has_attr(attribute):
                float(rect[attribute])


def test_names_from_the_database_are_escaped_everywhere():
    markup = str(
        bar_chart([(HOSTILE, 3), ("Clúster Bajío", 5)], title=HOSTILE, value_label=HOSTILE)
    ) + str(monthly_chart(MONTHS, [Series(HOSTILE, [1, 2, 3])], title=HOSTILE))
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup
    assert "&amp; Co." in markup
    soup = BeautifulSoup(markup, "html.parser")
    assert soup.find("script") is None
    assert HOSTILE in soup.find("svg").find("title").get_text()


def test_a_bar_chart_gives_every_bar_its_name_and_figure_and_ranks_them_in_words():
    with translation.override("en"):
        svg = svg_of(
            bar_chart(
                [("Bajío", 12), ("Coahuila", 30), ("Nuevo León", 0)],
                title="People trained this month by cluster",
                value_label="People trained",
            )
        )
    assert svg["role"] == "img"
    labels = texts(svg)
    for expected in ("Bajío", "Coahuila", "Nuevo León", "12", "30", "0"):
        assert expected in labels
    assert svg.find("desc").get_text() == (
        "People trained, from highest to lowest: Coahuila: 30; Bajío: 12; Nuevo León: 0."
    )
    widths = [float(rect["width"]) for rect in svg.find_all("rect", class_="report-chart__bar")]
    assert widths[1] > widths[0] > widths[2] == 0


@pytest.mark.parametrize(
    "chart",
    [
        lambda: monthly_chart([], [Series("People", [])], title="People trained"),
        lambda: monthly_chart(MONTHS, [], title="People trained"),
        lambda: bar_chart([], title="People trained"),
    ],
)
def test_an_empty_chart_says_there_are_no_figures(chart):
    with translation.override("en"):
        svg = svg_of(chart())
    assert svg["role"] == "img"
    assert svg.find("title").get_text() == "People trained"
    assert svg.find("desc").get_text() == "No figures for this period."
    assert texts(svg) == ["No figures for this period."]


def test_a_series_of_zeros_draws_an_axis_and_flat_columns():
    with translation.override("en"):
        svg = svg_of(monthly_chart(MONTHS, [Series("People", [0, 0, 0])], title="People"))
    columns = svg.find_all("rect", class_="report-chart__column")
    assert [float(c["height"]) for c in columns] == [0.0, 0.0, 0.0]
    assert "highest 0" in svg.find("desc").get_text()


def test_36_months_label_every_third_month_and_decimals_keep_one_place():
    months = [date(2024 + (m // 12), m % 12 + 1, 1) for m in range(36)]
    with translation.override("en"):
        svg = svg_of(monthly_chart(months, [Series("Hours", [Decimal("1.5")] * 36)], title="Hours"))
    month_texts = [t for t in texts(svg) if t[-4:].isdigit() and " " in t]
    assert len(month_texts) == 12
    assert month_texts[0] == "Jan 2024" and month_texts[1] == "Apr 2024"
    assert "highest 1.5" in svg.find("desc").get_text()
