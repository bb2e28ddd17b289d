"""The certificate as a PDF: what the holder prints, frames and shows an auditor.

Drawn with ReportLab's canvas (no browser, no network) so that one certificate
takes milliseconds and the same revision renders to the same bytes. User text
(names, course titles, wording) is only ever drawn as plain strings, never parsed
as markup, so a name like ``<b>`` or ``<script>`` prints literally. The fonts are
the Bitstream Vera TrueType fonts that ship with ReportLab, embedded as subsets:
they cover Spanish (accents, ñ, ¿¡) on any machine; a character they lack is drawn
with DejaVu Sans where the system has it. The QR code is vector (segno), so it
stays sharp in print and decodes from a phone photo of the paper.
"""

import functools
import io
import logging
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import reportlab
import segno
from django.utils import dateformat, formats
from django.utils.translation import gettext, ngettext, override
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from certificates.models import Certificate, CertificateTemplate, Kind

from .pdf_text import wrap

logger = logging.getLogger(__name__)

__all__ = ["render_certificate_pdf"]

# --- fonts -----------------------------------------------------------------------------

_VERA = Path(reportlab.__file__).resolve().parent / "fonts"
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD, ITALIC = "CertSans", "CertSans-Bold", "CertSans-Italic"
_FILES = {REGULAR: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf"}
_FALLBACK_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

INK = HexColor("#1f2933")
MUTED = HexColor("#52606d")
DEFAULT_BRAND = "#0b5394"
# Dates in words, as a certificate says them: "14 de marzo de 2026", "March 14, 2026".
DATE_FORMATS = {"es": r"j \d\e F \d\e Y", "en": "F j, Y"}

# Renditions sized for print at about 250 dpi in the boxes they fill, all JPEG: ReportLab
# embeds a JPEG as it is, where a PNG costs a decode and a recompression on every
# certificate. Transparency is flattened onto white, and the images are multiplied onto
# the page (see _draw_image), so white still shows what lies beneath.
LOGO_SPEC = "max-800x300|format-jpeg|bgcolor-ffffff|jpegquality-90"
SIGNATURE_SPEC = "max-600x180|format-jpeg|bgcolor-ffffff|jpegquality-90"
BACKGROUND_SPEC = "max-1400x1000|format-jpeg|bgcolor-ffffff|jpegquality-60"


@functools.cache
def _font(name: str) -> TTFont:
    font = TTFont(name, str(_VERA / _FILES[name]))
    pdfmetrics.registerFont(font)
    return font


@functools.cache
def _fallback(name: str) -> TTFont | None:
    """DejaVu Sans, for the rare character Vera lacks; None where it is not installed."""
    path = _DEJAVU / _FALLBACK_FILES[name]
    if not path.is_file():
        return None
    try:
        font = TTFont(f"{name}-Fallback", str(path))
    except Exception:  # a broken system font must not break certificates
        logger.warning("Cannot load fallback font %s", path, exc_info=True)
        return None
    pdfmetrics.registerFont(font)
    return font


def _runs(text: str, name: str) -> list[tuple[str, str]]:
    """`text` cut into (substring, font name) runs: Vera where it has the glyph."""
    glyphs = _font(name).face.charToGlyph
    runs: list[tuple[str, str]] = []
    for char in text:
        face = name
        if ord(char) not in glyphs and not char.isspace():
            fallback = _fallback(name)
            if fallback is not None and ord(char) in fallback.face.charToGlyph:
                face = fallback.fontName
        if runs and runs[-1][1] == face:
            runs[-1] = (runs[-1][0] + char, face)
        else:
            runs.append((char, face))
    return runs


def _width(text: str, name: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(part, face, size) for part, face in _runs(text, name))


def _clean(text: str | None) -> str:
    """NFC (a decomposed "Núñez" would print its accents beside the letters), one line,
    no control or invisible format characters (bidi overrides)."""
    text = unicodedata.normalize("NFC", str(text or ""))
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in {"Zl", "Zp"} or char in "\t\n\r\v\f":
            kept.append(" ")
        elif category not in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            kept.append(char)
    return " ".join("".join(kept).split())


def _wrap(text: str, name: str, size: float, width: float) -> list[str]:
    return wrap(text, lambda part: _width(part, name, size), width)


def _draw(canvas: Canvas, x: float, y: float, text: str, name: str, size: float, align="left"):
    if align != "left":
        width = _width(text, name, size)
        x -= width / 2 if align == "center" else width
    obj = canvas.beginText(x, y)
    for part, face in _runs(text, name):
        obj.setFont(face, size)
        obj.textOut(part)
    canvas.drawText(obj)


# --- text blocks and how they shrink to fit --------------------------------------------


@dataclass
class Spec:
    """A piece of text to place: it shrinks from `size` towards `min_size`, wrapping
    onto at most `max_lines` lines, before anything else gets smaller."""

    text: str
    font: str
    size: float
    min_size: float
    max_lines: int
    color: Color
    gap: float = 0  # space above
    rule: bool = False  # a short rule under it (the holder's name)


@dataclass
class Block:
    spec: Spec
    lines: list[str]
    size: float
    gap: float

    @property
    def leading(self) -> float:
        return self.size * 1.22

    @property
    def height(self) -> float:
        return (
            self.gap + self.leading * len(self.lines) + (self.size * 0.45 if self.spec.rule else 0)
        )


def _fit(spec: Spec, width: float, scale: float) -> Block:
    size, floor = spec.size * scale, spec.min_size * scale
    while True:
        lines = _wrap(spec.text, spec.font, size, width)
        if len(lines) <= spec.max_lines or size <= floor:
            return Block(spec, lines, size, spec.gap * scale)
        size = max(floor, size - 0.5)


def _stack(specs: list[Spec], width: float, room: float) -> list[Block]:
    """Fit the blocks into `room` points of height: smaller everything until they do."""
    specs = [spec for spec in specs if spec.text]
    scale = 1.0
    while True:
        blocks = [_fit(spec, width, scale) for spec in specs]
        if sum(b.height for b in blocks) <= room or scale <= 0.45:
            return blocks
        scale -= 0.05


def _draw_stack(canvas, blocks, *, top, room, x, width, align, rule_color):
    """Draw blocks downwards from `top`, spreading spare room between them (up to
    twice their gaps) and leaving the rest above and below."""
    spare = room - sum(b.height for b in blocks)
    gaps = sum(b.gap for b in blocks[1:])
    stretch = min(spare, gaps) if gaps else 0
    y = top - max(0.0, spare - stretch) / 2
    for i, block in enumerate(blocks):
        if i:
            y -= block.gap + (block.gap / gaps * stretch if gaps else 0)
        canvas.setFillColor(block.spec.color)
        anchor = x + width / 2 if align == "center" else x
        widest = 0.0
        for line in block.lines:
            y -= block.leading
            baseline = y + block.leading - block.size * 0.98
            _draw(canvas, anchor, baseline, line, block.spec.font, block.size, align)
            widest = max(widest, _width(line, block.spec.font, block.size))
        if block.spec.rule:
            y -= block.size * 0.45
            length = min(width, max(widest + 40, width * 0.4))
            start = anchor - length / 2 if align == "center" else x
            canvas.setStrokeColor(rule_color)
            canvas.setLineWidth(0.9)
            canvas.line(start, y + block.size * 0.1, start + length, y + block.size * 0.1)


# --- images ----------------------------------------------------------------------------


class _Jpeg(ImageReader):
    """A JPEG embedded as it is (DCTDecode). A plain ImageReader would decode the whole
    picture and hash its pixels just to name it: half the time of a certificate with a
    background. The name comes from the file's bytes instead."""

    _dataA = None  # no alpha channel

    def __init__(self, data: bytes):
        super().__init__(io.BytesIO(data))
        self._raw = data

    def getRGBData(self):
        return self._raw


def _reader(data: bytes) -> ImageReader:
    if data[:3] == b"\xff\xd8\xff":
        return _Jpeg(data)
    reader = ImageReader(io.BytesIO(data))
    reader.getRGBData()  # decode now, so a corrupt file is skipped, not half-drawn
    return reader


def _image(image, spec: str) -> ImageReader | None:
    """A Wagtail image's rendition ready to draw, or None when it is missing or broken:
    a lost logo must never stop a certificate."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            data = handle.read()
        reader = _reader(data)
        reader.getSize()
        return reader
    except Exception:
        logger.warning("Certificate image %s skipped", getattr(image, "pk", image), exc_info=True)
        return None


def _draw_image(canvas, reader, x, y, width, height, *, align="center", valign="middle"):
    """Draw inside the box (x, y, width, height), keeping the aspect ratio. Multiplied
    onto the page, so the white paper of a scanned signature or logo does not hide the
    background behind it."""
    w, h = reader.getSize()
    scale = min(width / w, height / h)
    dw, dh = w * scale, h * scale
    dx = {"left": 0, "center": (width - dw) / 2, "right": width - dw}[align]
    dy = {"bottom": 0, "middle": (height - dh) / 2, "top": height - dh}[valign]
    canvas.saveState()
    canvas.setBlendMode("Multiply")
    canvas.drawImage(reader, x + dx, y + dy, dw, dh, mask="auto")
    canvas.restoreState()


def _draw_background(canvas, reader, x, y, width, height):
    """The template's background, faint, covering the box (cropped to it)."""
    w, h = reader.getSize()
    scale = max(width / w, height / h)
    dw, dh = w * scale, h * scale
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillAlpha(0.12)
    canvas.drawImage(reader, x + (width - dw) / 2, y + (height - dh) / 2, dw, dh, mask="auto")
    canvas.restoreState()


def _signature_images(signatories: list[dict]) -> dict[int, ImageReader]:
    from wagtail.images import get_image_model

    ids = set()
    for entry in signatories:
        try:
            ids.add(int(entry.get("signature_image_id")))
        except (TypeError, ValueError):
            continue
    if not ids:
        return {}
    found = get_image_model().objects.in_bulk(ids)
    readers = {pk: _image(image, SIGNATURE_SPEC) for pk, image in found.items()}
    return {pk: reader for pk, reader in readers.items() if reader is not None}


# --- QR --------------------------------------------------------------------------------


def _draw_qr(canvas, url: str, x: float, y: float, size: float, *, background=white):
    """A vector QR code of `url` filling the square (x, y, size), with a quiet zone
    painted in `background` around it, and a link to `url` over it."""
    qr = segno.make_qr(url, error="m")
    rows = [list(row) for row in qr.matrix_iter(scale=1, border=0)]
    modules = len(rows)
    quiet = 2
    unit = size / (modules + 2 * quiet)
    canvas.setFillColor(background)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#000000"))
    path = canvas.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (quiet + r) * unit
        c = 0
        while c < modules:
            if row[c]:
                start = c
                while c < modules and row[c]:
                    c += 1
                # a hair taller than a module, so no seam shows between rows
                path.rect(x + (quiet + start) * unit, top - unit, (c - start) * unit, unit * 1.02)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.linkURL(url, (x, y, x + size, y + size), relative=0, thickness=0)


# --- wording ---------------------------------------------------------------------------


def _date(value, language: str) -> str:
    return dateformat.format(value, DATE_FORMATS.get(language, DATE_FORMATS["es"]))


def _hours(value) -> str:
    value = Decimal(value or 0)
    places = 0 if value == value.to_integral_value() else 1
    return formats.number_format(value, decimal_pos=places, use_l10n=True)


@dataclass
class Wording:
    """Everything the page says, in the certificate's language, cleaned for drawing."""

    title: str
    awarded: str
    holder: str
    wording: str
    course: str
    details: str
    issued: str
    cluster: str
    footer: str
    code_label: str
    code: str
    verify: str
    verify_url: str
    signatories: list[tuple[str, str, int | None]]


def _wording(certificate: Certificate, template: CertificateTemplate | None, language, url):
    """Build the page's text inside override(language), so gettext and month names agree."""
    participation = certificate.kind == Kind.PARTICIPATION
    title = _clean(template.title(language)) if template else ""
    if not title:
        title = (
            gettext("Certificate of participation")
            if participation
            else gettext("Certificate of completion")
        )
    wording = _clean(template.wording(language)) if template else ""
    if not wording:
        wording = (
            gettext("for taking part in the course")
            if participation
            else gettext("for successfully completing the course")
        )
    hours = Decimal(certificate.hours or 0)
    details = []
    if certificate.course_code:
        details.append(gettext("Course code %(code)s") % {"code": _clean(certificate.course_code)})
    details.append(
        ngettext("%(hours)s hour", "%(hours)s hours", 1 if hours == 1 else 2)
        % {"hours": _hours(hours)}
    )
    if certificate.starts_on and certificate.ends_on:
        if certificate.starts_on == certificate.ends_on:
            details.append(gettext("On %(date)s") % {"date": _date(certificate.ends_on, language)})
        else:
            details.append(
                gettext("From %(start)s to %(end)s")
                % {
                    "start": _date(certificate.starts_on, language),
                    "end": _date(certificate.ends_on, language),
                }
            )
    cluster = _clean(certificate.cluster_name)
    if certificate.issued_on:
        issued = gettext("Issued by %(cluster)s on %(date)s") % {
            "cluster": cluster,
            "date": _date(certificate.issued_on, language),
        }
    else:
        issued = gettext("Issued by %(cluster)s") % {"cluster": cluster}
    if certificate.valid_until:
        issued += " · " + gettext("Valid until %(date)s") % {
            "date": _date(certificate.valid_until, language)
        }
    signatories = []
    for entry in (certificate.signatories or [])[:3]:
        if not isinstance(entry, dict):
            continue
        position = entry.get("position_en" if language == "en" else "position_es") or ""
        try:
            image_id = int(entry.get("signature_image_id"))
        except (TypeError, ValueError):
            image_id = None
        signatories.append((_clean(entry.get("name")), _clean(position), image_id))
    return Wording(
        title=title,
        awarded=gettext("This certificate is awarded to"),
        holder=_clean(certificate.holder_name),
        wording=wording,
        course=_clean(certificate.course_title(language)),
        details=" · ".join(details),
        issued=issued,
        cluster=cluster,
        footer=_clean(template.footer(language)) if template else "",
        code_label=gettext("Code"),  # as on the verification page, which people compare
        code=certificate.display_code,
        verify=gettext("Verify at %(url)s") % {"url": url},
        verify_url=url,
        signatories=signatories,
    )


# --- layouts ---------------------------------------------------------------------------


def _brand(certificate: Certificate) -> Color:
    try:
        return HexColor(certificate.cluster.brand_color or DEFAULT_BRAND)
    except (ValueError, TypeError, AttributeError):
        return HexColor(DEFAULT_BRAND)


def _on(color: Color) -> Color:
    """White or ink, whichever reads better on `color` (a pale brand colour needs ink)."""
    luminance = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue
    return INK if luminance > 0.6 else white


def _tint(color: Color, amount: float) -> Color:
    """`color` mixed with white (amount 0..1 of white)."""
    return Color(*(c + (1 - c) * amount for c in (color.red, color.green, color.blue)))


def _middle_specs(text: Wording, brand: Color, *, display: float) -> list[Spec]:
    return [
        Spec(text.title, BOLD, 30 * display, 16, 2, brand),
        Spec(text.awarded, ITALIC, 12, 9, 2, MUTED, gap=14),
        Spec(text.holder, BOLD, 38 * display, 14, 3, INK, gap=6, rule=True),
        Spec(text.wording, ITALIC, 12.5, 8, 3, MUTED, gap=14),
        Spec(text.course, BOLD, 20, 10, 4, INK, gap=6),
        Spec(text.details, REGULAR, 11, 7.5, 2, INK, gap=12),
        Spec(text.issued, REGULAR, 10, 7, 2, MUTED, gap=4),
    ]


def _draw_signatories(canvas, text, images, *, x, width, floor, align, max_column) -> float:
    """Up to three signatories in columns (signature image, line, name, position), laid
    out upwards from `floor`; returns the top of the row. A long name or position
    shrinks and wraps; no word of it is ever dropped."""
    count = len(text.signatories)
    if not count:
        return floor
    column = min(max_column, width / count)
    line = column * 0.8
    start = x + (width - column * count) / 2 if align == "center" else x
    fitted = []
    for name, position, image_id in text.signatories:
        name_block = _fit(Spec(name, BOLD, 10, 7, 1, INK), line, 1.0)
        if len(name_block.lines) > 1:
            name_block = _fit(Spec(name, BOLD, 7, 5, 2, INK), line, 1.0)
        position_block = _fit(Spec(position, REGULAR, 8.5, 6, 2, MUTED), line, 1.0)
        fitted.append((name_block, position_block, image_id))
    below = max(len(n.lines) * (n.size + 1.5) + len(p.lines) * (p.size + 1.5) for n, p, _ in fitted)
    line_y = floor + below + 5  # 3 under the line, 2 for the descenders
    for i, (name_block, position_block, image_id) in enumerate(fitted):
        left = start + i * column
        line_left = left + (column - line) / 2
        centre = left + column / 2
        reader = images.get(image_id) if image_id is not None else None
        if reader is not None:
            _draw_image(canvas, reader, line_left, line_y + 2, line, 44, valign="bottom")
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.line(line_left, line_y, line_left + line, line_y)
        y = line_y - 3
        for block, color in ((name_block, INK), (position_block, MUTED)):
            canvas.setFillColor(color)
            for part in block.lines:
                y -= block.size + 1.5
                _draw(canvas, centre, y, part, block.spec.font, block.size, "center")
    return line_y + 56


def _draw_lines(canvas, lines, x, y, name, size, *, leading, align="left"):
    """Draw `lines` downwards from baseline `y`; return the baseline after the last."""
    for line in lines:
        _draw(canvas, x, y, line, name, size, align)
        y -= leading
    return y


def _classic(canvas, width, height, text, brand, logo, background, signatures):
    """Centred, double border in the brand colour, QR at the bottom right."""
    canvas.setStrokeColor(brand)
    canvas.setLineWidth(4.5)
    canvas.rect(20, 20, width - 40, height - 40, stroke=1, fill=0)
    canvas.setLineWidth(0.9)
    canvas.rect(30, 30, width - 60, height - 60, stroke=1, fill=0)
    if background is not None:
        _draw_background(canvas, background, 31, 31, width - 62, height - 62)
    canvas.setFillColor(brand)
    for cx, cy in ((30, 30), (30, height - 30), (width - 30, 30), (width - 30, height - 30)):
        path = canvas.beginPath()
        path.moveTo(cx - 6, cy)
        path.lineTo(cx, cy + 6)
        path.lineTo(cx + 6, cy)
        path.lineTo(cx, cy - 6)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)

    left, right, top, bottom = 64, width - 64, height - 50, 44
    content = right - left

    # Bottom row: footer, code and the verification line on the left; the QR on the right.
    qr = 72
    _draw_qr(canvas, text.verify_url, right - qr, bottom - 4, qr)
    column = content - qr - 24
    canvas.setFillColor(MUTED)
    verify_lines = _wrap(text.verify, REGULAR, 7.5, column)[:2]
    y = bottom + 9 * (len(verify_lines) - 1)
    _draw_lines(canvas, verify_lines, left, y, REGULAR, 7.5, leading=9)
    y += 9 * len(verify_lines) + 3
    canvas.setFillColor(INK)
    _draw(canvas, left, y, f"{text.code_label}: {text.code}", BOLD, 9)
    if text.footer:
        canvas.setFillColor(MUTED)
        footer = _wrap(text.footer, ITALIC, 8, column)[:3]
        _draw_lines(canvas, footer, left, y + 14 + 10 * (len(footer) - 1), ITALIC, 8, leading=10)

    floor = _draw_signatories(
        canvas,
        text,
        signatures,
        x=left,
        width=content,
        floor=bottom + qr + 8,
        align="center",
        max_column=230,
    )
    floor = max(floor, bottom + qr + 16)

    if logo is not None:
        _draw_image(canvas, logo, left, top - 56, content, 56, valign="top")
        top -= 66
    specs = _middle_specs(text, brand, display=1.0)
    room = top - floor
    blocks = _stack(specs, content * 0.92, room)
    _draw_stack(
        canvas,
        blocks,
        top=top,
        room=room,
        x=left + content * 0.04,
        width=content * 0.92,
        align="center",
        rule_color=brand,
    )


def _modern(canvas, width, height, text, brand, logo, background, signatures):
    """A band of the brand colour on the left (logo, cluster, code, QR); text on the right."""
    band = round(width * 0.27)
    canvas.setFillColor(brand)
    canvas.rect(0, 0, band, height, stroke=0, fill=1)
    canvas.setFillColor(_tint(brand, 0.55))
    canvas.rect(band, 0, 4, height, stroke=0, fill=1)
    left, right, top, bottom = band + 48, width - 48, height - 52, 36
    if background is not None:
        _draw_background(canvas, background, band + 4, 0, width - band - 4, height)

    on_band = _on(brand)
    pad = 26
    inner = band - 2 * pad
    y = height - 34
    if logo is not None:
        canvas.setFillColor(white)
        canvas.roundRect(pad, y - 76, inner, 76, 6, stroke=0, fill=1)
        _draw_image(canvas, logo, pad + 8, y - 68, inner - 16, 60)
        y -= 76 + 26
    else:
        y -= 14
    canvas.setFillColor(on_band)
    size = 14
    lines = _wrap(text.cluster, BOLD, size, inner)
    while len(lines) > 4 and size > 8:
        size -= 0.5
        lines = _wrap(text.cluster, BOLD, size, inner)
    _draw_lines(canvas, lines, pad, y, BOLD, size, leading=size * 1.25)

    # From the bottom up: the verification line, the QR, the code.
    verify_lines = _wrap(text.verify, REGULAR, 7, inner)[:3]
    y = 30 + 8.5 * (len(verify_lines) - 1)
    _draw_lines(canvas, verify_lines, pad, y, REGULAR, 7, leading=8.5)
    qr = min(inner, 104)
    qr_y = y + 14
    _draw_qr(canvas, text.verify_url, pad, qr_y, qr)
    size = 10
    # The code breaks between its groups of five, never inside one.
    code_lines = [
        line.replace("- ", "-") for line in _wrap(text.code.replace("-", "- "), BOLD, size, inner)
    ]
    first = qr_y + qr + 14 + (size + 3) * (len(code_lines) - 1)
    _draw_lines(canvas, code_lines, pad, first, BOLD, size, leading=size + 3)
    _draw(canvas, pad, first + size + 3, text.code_label, REGULAR, 8)

    content = right - left
    floor = bottom
    if text.footer:
        canvas.setFillColor(MUTED)
        footer = _wrap(text.footer, ITALIC, 8, content)[:3]
        _draw_lines(canvas, footer, left, bottom + 10 * (len(footer) - 1), ITALIC, 8, leading=10)
        floor = bottom + 10 * len(footer) + 8
    if text.signatories:
        floor = _draw_signatories(
            canvas,
            text,
            signatures,
            x=left,
            width=content,
            floor=floor + 8,
            align="left",
            max_column=200,
        )
    specs = _middle_specs(text, brand, display=0.95)
    room = top - floor
    blocks = _stack(specs, content, room)
    _draw_stack(
        canvas, blocks, top=top, room=room, x=left, width=content, align="left", rule_color=brand
    )


LAYOUTS = {CertificateTemplate.Layout.CLASSIC: _classic, CertificateTemplate.Layout.MODERN: _modern}


def render_certificate_pdf(certificate: Certificate, *, verify_url: str) -> bytes:
    """The certificate's PDF: landscape, in the certificate's language, with a QR code
    of `verify_url`. Same revision, same bytes (ReportLab's invariant mode)."""
    language = "en" if (certificate.language or "").lower().startswith("en") else "es"
    template = certificate.template
    page = A4 if template is not None and template.page_size == "a4" else letter
    width, height = landscape(page)
    layout = LAYOUTS.get(template.layout if template else "", _classic)
    brand = _brand(certificate)
    with override(language):
        text = _wording(certificate, template, language, verify_url)
    logo = _image(template.logo, LOGO_SPEC) if template and template.logo_id else None
    background = (
        _image(template.background, BACKGROUND_SPEC)
        if template and template.background_id
        else None
    )
    signatures = _signature_images(certificate.signatories or [])

    for name in _FILES:
        _font(name)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        lang="en" if language == "en" else "es-MX",
        initialFontName=REGULAR,
    )
    canvas.setTitle(f"{text.title} · {text.holder}")
    canvas.setAuthor(text.cluster)
    canvas.setSubject(text.course)
    canvas.setKeywords(certificate.code)
    canvas.setCreator(text.cluster)
    layout(canvas, width, height, text, brand, logo, background, signatures)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
