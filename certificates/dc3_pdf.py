"""The DC-3 as a PDF in the layout of the official form (letter portrait, two pages).

The anverso follows the STPS form field by field (/work/shared/DC3.md): the
three section headings, the verbatim labels with their footnote marks, the CURP
in 18 boxes, the RFC in 13 boxes grouped 4-6-3, the dates as Año/Mes/Día boxes,
the "bajo protesta de decir verdad" sentence and three signature lines. The
reverso prints the two catalogues the form points to (Catálogo Nacional de
Ocupaciones, áreas temáticas), as the printed form does.

Always in Spanish: it is a Mexican legal form. No STPS logo or wording that
suggests its endorsement (Acuerdo art. 25); the training agent named is the
cluster. User text is drawn as plain strings with the canvas (never parsed as
Paragraph markup), so a name like "<b>" prints literally. Fonts: the Bitstream
Vera TrueType fonts shipped with ReportLab, embedded, which cover Spanish.
"""

import functools
import io
import unicodedata
from datetime import date
from pathlib import Path

import reportlab
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from clusters.dc3_catalogs import CNO_AREAS

from .dc3 import THEMATIC_AREAS_ES, Dc3
from .pdf_text import wrap

__all__ = ["render_dc3_pdf"]

REGULAR, BOLD = "Dc3Sans", "Dc3Sans-Bold"
_FONT_FILES = {REGULAR: "Vera.ttf", BOLD: "VeraBd.ttf"}
_FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"

INK = HexColor("#111111")
MUTED = HexColor("#444444")
BAR = HexColor("#3a3a3a")
LINE = HexColor("#222222")

PAGE_W, PAGE_H = letter
MARGIN = 36
X0 = MARGIN
WIDTH = PAGE_W - 2 * MARGIN

TITLE = "CONSTANCIA DE COMPETENCIAS O DE HABILIDADES LABORALES"
PROTEST = (
    "Los datos se asientan en esta constancia bajo protesta de decir verdad, apercibidos "
    "de la responsabilidad en que incurre todo aquel que no se conduce con verdad."
)
FOOTNOTES = [
    "INSTRUCCIONES: Llenar a máquina o con letra de molde. Deberá entregarse al trabajador "
    "dentro de los veinte días hábiles siguientes al término del curso de capacitación "
    "aprobado.",
    "1/ Las áreas y subáreas ocupacionales del Catálogo Nacional de Ocupaciones se encuentran "
    "disponibles en el reverso de este formato y en la página www.stps.gob.mx",
    "2/ Las áreas temáticas de los cursos se encuentran disponibles en el reverso de este "
    "formato y en la página www.stps.gob.mx",
    "3/ Cursos impartidos por el área competente de la Secretaría del Trabajo y Previsión Social.",
    "4/ Para empresas con menos de 51 trabajadores. Para empresas con más de 50 trabajadores "
    "firmaría el representante del patrón ante la Comisión mixta de capacitación, "
    "adiestramiento y productividad.",
    "5/ Solo para empresas con más de 50 trabajadores.",
    "* Dato no obligatorio.",
]


# --- fonts and text -----------------------------------------------------------------


@functools.cache
def _register_fonts() -> None:
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(_FONT_DIR / filename)))


def _clean(text) -> str:
    """One line of printable text: NFC (so "Núñez" keeps its accents on the letters),
    no control, invisible-format or private characters."""
    text = unicodedata.normalize("NFC", str(text or ""))
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in {"Zl", "Zp"} or char in "\t\n\r\v\f":
            kept.append(" ")
        elif category not in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            kept.append(char)
    return " ".join("".join(kept).split())


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return wrap(text, lambda part: _width(part, font, size), width)


def _text(c: Canvas, x, y, text, *, font=REGULAR, size=9.0, color=INK, align="left"):
    c.setFillColor(color)
    c.setFont(font, size)
    if align == "center":
        c.drawCentredString(x, y, text)
    elif align == "right":
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def _fitted(text: str, font: str, width: float, height: float, size: float, minimum=5.5):
    """The largest size (down to `minimum`) at which `text` wraps into the box, and its lines."""
    while True:
        lines = _wrap(text, font, size, width) or [""]
        if len(lines) * size * 1.2 <= height or size <= minimum:
            return size, lines
        size = round(size - 0.5, 1)


def _block(c: Canvas, text, x, top, width, height, *, font=REGULAR, size=10.0, align="left"):
    """User text shrunk and wrapped to fit a box whose top edge is `top`."""
    size, lines = _fitted(_clean(text), font, width, height, size)
    leading = size * 1.2
    # Centre the lines vertically in the box.
    y = top - (height - leading * len(lines)) / 2 - size
    for line in lines:
        anchor = x + width / 2 if align == "center" else x
        _text(c, anchor, y, line, font=font, size=size, align=align)
        y -= leading


# --- the anverso ----------------------------------------------------------------------


def _bar(c: Canvas, top: float, title: str, height: float = 15) -> float:
    c.setFillColor(BAR)
    c.rect(X0, top - height, WIDTH, height, stroke=0, fill=1)
    middle = X0 + WIDTH / 2
    _text(c, middle, top - height + 4.3, title, font=BOLD, size=8.5, color=white, align="center")
    return top - height


def _cell(c: Canvas, x, top, width, height, label: str) -> None:
    """A bordered field with its label in small type at the top left."""
    c.setStrokeColor(LINE)
    c.setLineWidth(0.6)
    c.rect(x, top - height, width, height, stroke=1, fill=0)
    size, lines = _fitted(label, REGULAR, width - 6, 16, 6.8, minimum=5.5)
    y = top - size - 2
    for line in lines:
        _text(c, x + 3, y, line, size=size, color=MUTED)
        y -= size * 1.15


def _field(c: Canvas, x, top, width, height, label: str, value: str, *, label_room=11):
    _cell(c, x, top, width, height, label)
    _block(c, value, x + 6, top - label_room - 2, width - 12, height - label_room - 4)


def _boxes(c: Canvas, x, y, count: int, value: str, *, box=14.0, height=15.0, groups=()):
    """`count` character boxes from (x, y) (bottom left), `value` one character per box
    (a space leaves its box empty). `groups` are the sizes after which a short rule
    separates the boxes (the RFC's 4-6-3). Returns the x where the boxes end.

    The characters are one run of text whose character spacing (Tc) is set before each
    glyph so that it lands in the centre of its box: copying or extracting the text gives
    "GAXX900101..." rather than one character per line.
    """
    chars = list(value[:count].ljust(count))
    breaks, total = set(), 0
    for size in groups[:-1]:
        total += size
        breaks.add(total)
    c.setStrokeColor(LINE)
    c.setLineWidth(0.6)
    centres = []
    for index in range(count):
        if index in breaks:
            c.line(x + 1.5, y + height / 2, x + 4.5, y + height / 2)
            x += 6
        c.rect(x, y, box, height, stroke=1, fill=0)
        centres.append(x + box / 2)
        x += box
    placed = [(centre, char) for centre, char in zip(centres, chars, strict=True) if char.strip()]
    if placed:
        size = 9.5
        widths = [_width(char, BOLD, size) for _, char in placed]
        starts = [centre - w / 2 for (centre, _), w in zip(placed, widths, strict=True)]
        text = c.beginText(starts[0], y + 4)
        text.setFont(BOLD, size)
        text.setFillColor(INK)
        for index, (_, char) in enumerate(placed):
            following = (
                starts[index + 1] if index + 1 < len(placed) else starts[index] + widths[index]
            )
            text.setCharSpace(following - starts[index] - widths[index])
            text.textOut(char)
        text.setCharSpace(0)
        c.drawText(text)
    return x


def _identifier(value: str) -> str:
    """A CURP or RFC as typed, without spaces or hyphens."""
    return "".join(ch for ch in _clean(value) if ch not in " -")


def _date_boxes(c: Canvas, x, y, value: date | None, *, box=12.0, height=14.0) -> float:
    """Año (4 boxes), Mes (2), Día (2), with their names above."""
    parts = (
        ("Año", f"{value.year:04d}" if value else "", 4),
        ("Mes", f"{value.month:02d}" if value else "", 2),
        ("Día", f"{value.day:02d}" if value else "", 2),
    )
    for label, digits, count in parts:
        _text(c, x + box * count / 2, y + height + 2, label, size=6, color=MUTED, align="center")
        x = _boxes(c, x, y, count, digits, box=box, height=height) + 4
    return x


def rfc_in_boxes(rfc: str) -> str:
    """The 13 box characters of an RFC. [U] The form has 13 boxes grouped 4-6-3 and a
    company's RFC has 12 characters: it starts in the second box (the first stays blank)
    so that its date and homoclave line up with the groups; a person's 13 fill them all."""
    rfc = _identifier(rfc)
    return rfc.rjust(13) if len(rfc) == 12 else rfc


def _signature(c: Canvas, x, top, width, title: str, name: str) -> None:
    _block(c, title, x, top, width, 18, font=BOLD, size=7.5, align="center")
    line_y = top - 70
    if name:
        _block(c, name, x, line_y + 16, width, 14, size=8.5, align="center")
    c.setStrokeColor(LINE)
    c.setLineWidth(0.7)
    c.line(x + 8, line_y, x + width - 8, line_y)
    _text(c, x + width / 2, line_y - 9, "Nombre y firma", size=6.8, color=MUTED, align="center")


def _anverso(c: Canvas, dc3: Dc3) -> None:
    top = PAGE_H - MARGIN
    _text(c, X0 + WIDTH, top - 8, "FORMATO DC-3", font=BOLD, size=9, align="right")
    _text(c, X0 + WIDTH / 2, top - 26, TITLE, font=BOLD, size=12.5, align="center")
    y = top - 38

    # DATOS DEL TRABAJADOR
    y = _bar(c, y, "DATOS DEL TRABAJADOR")
    _field(
        c,
        X0,
        y,
        WIDTH,
        38,
        "Nombre (Anotar apellido paterno, apellido materno y nombre (s))",
        dc3.worker_name,
    )
    y -= 38
    left = 290
    _cell(c, X0, y, left, 40, "Clave Única de Registro de Población")
    _boxes(c, X0 + 8, y - 34, 18, _identifier(dc3.curp))
    _field(
        c,
        X0 + left,
        y,
        WIDTH - left,
        40,
        "Ocupación específica (Catálogo Nacional de Ocupaciones) 1/",
        dc3.occupation_label,
    )
    y -= 40
    _field(c, X0, y, WIDTH, 34, "Puesto*", dc3.job_title)
    y -= 34

    # DATOS DE LA EMPRESA
    y = _bar(c, y, "DATOS DE LA EMPRESA")
    _field(
        c,
        X0,
        y,
        WIDTH,
        40,
        "Nombre o razón social (En caso de persona física, anotar apellido paterno, "
        "apellido materno y nombre(s))",
        dc3.company_name,
    )
    y -= 40
    _cell(c, X0, y, WIDTH, 40, "Registro Federal de Contribuyentes con homoclave (SHCP)")
    _boxes(c, X0 + 8, y - 34, 13, rfc_in_boxes(dc3.rfc), groups=(4, 6, 3))
    y -= 40

    # DATOS DEL PROGRAMA DE CAPACITACIÓN, ADIESTRAMIENTO Y PRODUCTIVIDAD
    y = _bar(c, y, "DATOS DEL PROGRAMA DE CAPACITACIÓN, ADIESTRAMIENTO Y PRODUCTIVIDAD")
    _field(c, X0, y, WIDTH, 46, "Nombre del curso", dc3.course_name)
    y -= 46
    hours_w = 130
    _field(c, X0, y, hours_w, 44, "Duración en horas", dc3.hours_text)
    _cell(c, X0 + hours_w, y, WIDTH - hours_w, 44, "Periodo de ejecución:")
    x = X0 + hours_w + 10
    base = y - 38
    _text(c, x, base + 4, "De", font=BOLD, size=8.5)
    x = _date_boxes(c, x + 16, base, dc3.starts_on)
    _text(c, x + 6, base + 4, "a", font=BOLD, size=8.5)
    _date_boxes(c, x + 18, base, dc3.ends_on)
    y -= 44
    _field(c, X0, y, WIDTH, 34, "Área temática del curso 2/", dc3.thematic_area_label)
    y -= 34
    agent = dc3.agent_name
    if dc3.agent_registration:
        agent = f"{agent}. Registro del agente capacitador: {dc3.agent_registration}"
    _field(c, X0, y, WIDTH, 40, "Nombre del agente capacitador o STPS 3/", agent)
    y -= 40

    # Protest and signatures
    y -= 12
    _block(c, PROTEST, X0 + 20, y, WIDTH - 40, 24, font=BOLD, size=8, align="center")
    y -= 40
    gap = 12
    column = (WIDTH - 2 * gap) / 3
    signatures = (
        ("Instructor o tutor", dc3.instructor_name),
        ("Patrón o representante legal 4/", dc3.employer_representative),
        ("Representante de los trabajadores 5/", dc3.workers_representative),
    )
    for index, (title, name) in enumerate(signatures):
        _signature(c, X0 + index * (column + gap), y, column, title, name)

    # Footnotes, set at the foot of the page.
    lines = [_wrap(note, REGULAR, 6.3, WIDTH) for note in FOOTNOTES]
    y = MARGIN + sum(len(note) * 7.6 + 1 for note in lines)
    for note in lines:
        for line in note:
            _text(c, X0, y, line, size=6.3, color=MUTED)
            y -= 7.6
        y -= 1
    _text(c, X0, MARGIN - 14, f"Folio de la constancia: {dc3.code}", size=6.3, color=MUTED)


# --- the reverso ----------------------------------------------------------------------


def _reverso(c: Canvas) -> None:
    top = PAGE_H - MARGIN
    y = _bar(c, top, "CATÁLOGO NACIONAL DE OCUPACIONES")
    gap = 18
    column = (WIDTH - gap) / 2
    halves = (CNO_AREAS[:5], CNO_AREAS[5:])
    lowest = y
    for index, areas in enumerate(halves):
        x = X0 + index * (column + gap)
        cursor = y - 14
        for key, name, subareas in areas:
            _text(c, x, cursor, f"{key} {name}", font=BOLD, size=8.3)
            cursor -= 11
            for number, subarea in subareas:
                for n, line in enumerate(_wrap(f"{key}.{number} {subarea}", REGULAR, 8, column)):
                    _text(c, x + (10 if n == 0 else 30), cursor, line, size=8)
                    cursor -= 10
            cursor -= 4
        lowest = min(lowest, cursor)

    y = _bar(c, lowest - 8, "CATÁLOGO DE ÁREAS TEMÁTICAS DE LOS CURSOS")
    cursor = y - 14
    for key, name in THEMATIC_AREAS_ES.items():
        _text(c, X0 + 10, cursor, key, font=BOLD, size=8.5)
        _text(c, X0 + 44, cursor, name, size=8.5)
        cursor -= 12


def render_dc3_pdf(dc3: Dc3) -> bytes:
    """The DC-3 of `dc3` as PDF bytes: the form on page 1, its catalogues on page 2.

    Renders what it is given; callers print only a complete DC-3 (dc3.missing empty).
    """
    _register_fonts()
    buffer = io.BytesIO()
    c = Canvas(
        buffer,
        pagesize=letter,
        invariant=True,
        pageCompression=1,
        lang="es-MX",
        initialFontName=REGULAR,  # else an unused, unembedded Helvetica is referenced
    )
    c.setTitle(f"DC-3 {TITLE.capitalize()} · {_clean(dc3.worker_name)}")
    c.setAuthor(_clean(dc3.agent_name))
    c.setSubject(_clean(dc3.course_name))
    c.setCreator("Portal de capacitación")
    _anverso(c, dc3)
    c.showPage()
    _reverso(c)
    c.showPage()
    c.save()
    return buffer.getvalue()
