"""The certificate PDF as a person sees it: its text, its QR code, its images and fonts."""

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.lib.pagesizes import A4, landscape, letter
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from certificates.models import Kind
from certificates.pdf import render_certificate_pdf
from tests.certificates.factories import certificate, template

pytestmark = pytest.mark.django_db

NAME = "María José Núñez Peña"


def url_for(cert) -> str:
    return f"https://certificados.example.mx/verify/{cert.code}/"


def make_cert(home, **fields):
    values = {
        "holder_name": NAME,
        "course_code": "MNT-101",
        "course_title_es": "Operación segura de montacargas",
        "course_title_en": "Safe forklift operation",
        "hours": Decimal("16"),
        "starts_on": date(2026, 3, 12),
        "ends_on": date(2026, 3, 14),
        "issued_on": date(2026, 3, 14),
    }
    values.update(fields)
    return certificate(home, **values)


def render(cert) -> bytes:
    return render_certificate_pdf(cert, verify_url=url_for(cert))


def words(pdf: bytes) -> str:
    """The extracted text of every page, whitespace collapsed (lines may wrap)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def qr_texts(pdf: bytes) -> list[str]:
    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=3).to_pil()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def media_box(pdf: bytes) -> tuple[float, float]:
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


def image_xobjects(pdf: bytes) -> list:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    return [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]


def wagtail_image(title: str, draw=None, size=(600, 240), fmt="PNG"):
    picture = PILImage.new("RGB", size, "white")
    if draw:
        draw(ImageDraw.Draw(picture), size)
    buffer = io.BytesIO()
    picture.save(buffer, fmt)
    from django.core.files.images import ImageFile

    name = f"{title}.{fmt.lower()}"
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=name))


def rgba_image(title: str, size=(600, 240)):
    """A PNG logo on a transparent background, as designers export them."""
    from django.core.files.images import ImageFile

    picture = PILImage.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(picture).ellipse((20, 20, size[1] - 20, size[1] - 20), fill="#0b5394")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def test_text_has_holder_course_hours_code_in_spanish(home):
    cert = make_cert(home, template=template(), language="es")

    text = words(render(cert))

    assert NAME in text
    assert "Operación segura de montacargas" in text
    assert "16" in text and "MNT-101" in text
    assert f"Código: {cert.display_code}" in text
    assert "Constancia de acreditación" in text
    assert "por haber acreditado el curso" in text
    assert "12 de marzo de 2026" in text and "14 de marzo de 2026" in text
    assert "Mtra. Sofía Ibáñez" in text and "Directora" in text
    assert cert.cluster_name in text
    assert url_for(cert) in text
    assert "Safe forklift" not in text


def test_english_certificate_is_worded_in_english(home):
    cert = make_cert(home, template=template(), language="en", valid_until=date(2028, 3, 14))

    text = words(render(cert))

    assert "Certificate of completion" in text
    assert "for successfully completing the course" in text
    assert "Safe forklift operation" in text
    assert "16 hours" in text
    assert f"Code: {cert.display_code}" in text
    assert "March 12, 2026" in text and "March 14, 2026" in text
    assert "Valid until March 14, 2028" in text
    assert "Verify at " + url_for(cert) in text
    assert "Director" in text and "Directora" not in text
    assert "marzo" not in text and "Operación" not in text


def test_without_template_a_participation_certificate_uses_the_built_in_design(home):
    cert = make_cert(home, template=None, kind=Kind.PARTICIPATION, language="en")

    pdf = render(cert)

    assert media_box(pdf) == pytest.approx(landscape(letter))
    text = words(pdf)
    assert "Certificate of participation" in text
    assert "for taking part in the course" in text
    assert NAME in text
    assert qr_texts(pdf) == [url_for(cert)]


@pytest.mark.parametrize("layout", ["classic", "modern"])
def test_qr_code_decodes_to_the_verification_url(home, layout):
    cert = make_cert(home, template=template(layout=layout))

    assert qr_texts(render(cert)) == [url_for(cert)]


def test_qr_code_is_a_link_to_the_verification_url(home):
    cert = make_cert(home, template=template())

    page = pypdf.PdfReader(io.BytesIO(render(cert))).pages[0]

    uris = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
    assert uris == [url_for(cert)]


def _walk(obj, seen):
    """Every dictionary reachable from `obj`, following indirect references once."""
    if isinstance(obj, pypdf.generic.IndirectObject):
        key = (obj.idnum, obj.generation)
        if key in seen:
            return
        seen.add(key)
        obj = obj.get_object()
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            yield from _walk(value, seen)
    elif isinstance(obj, list):
        for value in obj:
            yield from _walk(value, seen)


def test_markup_in_a_name_is_printed_literally_and_adds_no_script(home):
    name = "<script>alert(1)</script> <b>Ana</b> & Co"
    cert = make_cert(
        home,
        template=template(wording_es="<i>por</i> haber <a href='x'>acreditado</a>"),
        holder_name=name,
        course_title_es="<font size=40>Curso</font>",
    )

    pdf = render(cert)

    text = words(pdf)
    assert name in text
    assert "<i>por</i> haber <a href='x'>acreditado</a>" in text
    assert "<font size=40>Curso</font>" in text
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    dictionaries = list(_walk(reader.trailer, set()))
    assert dictionaries
    for dictionary in dictionaries:
        assert "/JS" not in dictionary and "/JavaScript" not in dictionary
        assert "/OpenAction" not in dictionary and "/AA" not in dictionary
        assert dictionary.get("/S") in (None, "/URI")
        if dictionary.get("/S") == "/URI":
            assert dictionary["/URI"] == url_for(cert)


def test_decomposed_accents_and_control_characters_are_cleaned(home):
    cert = make_cert(home, holder_name="Nu\u0301n\u0303ez\u202e Pen\u0303a\x07")

    assert "Núñez Peña" in words(render(cert))


@pytest.mark.parametrize(
    ("layout", "page_size", "size"),
    [
        ("classic", "letter", landscape(letter)),
        ("classic", "a4", landscape(A4)),
        ("modern", "letter", landscape(letter)),
        ("modern", "a4", landscape(A4)),
    ],
)
def test_template_with_logo_background_and_signature_images(home, layout, page_size, size):
    logo = wagtail_image(
        "logo", lambda d, s: d.ellipse((20, 20, s[0] - 20, s[1] - 20), fill="#0b5394")
    )
    background = wagtail_image(
        "fondo",
        lambda d, s: [
            d.line((x, 0, x + 400, s[1]), fill="#c9a227", width=8) for x in range(0, 1600, 60)
        ],
        size=(1600, 1000),
        fmt="JPEG",
    )
    signature = wagtail_image(
        "firma", lambda d, s: d.line((30, 180, 200, 60, 380, 200, 560, 40), fill="black", width=6)
    )
    made = template(layout=layout, page_size=page_size, logo=logo, background=background)
    made.footer_es = "Registro STPS de agente capacitador: XYZ-123456-789"
    made.save()
    signatories = [
        {
            "name": "Ing. Raúl Gutiérrez",
            "position_es": "Presidente del clúster",
            "position_en": "Cluster president",
            "signature_image_id": signature.pk,
        },
        {"name": "Mtra. Sofía Ibáñez", "position_es": "Directora", "position_en": "Director"},
    ]
    cert = make_cert(home, template=made, signatories=signatories)

    pdf = render(cert)

    assert media_box(pdf) == pytest.approx(size)
    images = image_xobjects(pdf)
    assert len(images) == 3  # logo, background, signature
    # embedded as JPEG renditions, as they are (no decode and recompression per certificate)
    assert all("/DCTDecode" in str(image["/Filter"]) for image in images)
    text = words(pdf)
    assert NAME in text
    assert "Ing. Raúl Gutiérrez" in text and "Presidente del clúster" in text
    assert "Registro STPS de agente capacitador: XYZ-123456-789" in text
    assert qr_texts(pdf) == [url_for(cert)]


def test_missing_or_broken_images_are_skipped(home):
    logo = wagtail_image("logo")
    logo.file.storage.delete(logo.file.name)  # the file is gone, the row remains
    broken = get_image_model().objects.create(
        title="roto", file=get_test_image_file("roto.png"), width=640, height=480
    )
    with broken.file.open("wb") as handle:
        handle.write(b"not an image at all")
    cert = make_cert(
        home,
        template=template(logo=logo, background=broken),
        signatories=[
            {"name": "Sin firma", "position_es": "Director", "signature_image_id": 987654},
            {"name": "Firma rota", "position_es": "Director", "signature_image_id": "x"},
        ],
    )

    pdf = render(cert)

    assert image_xobjects(pdf) == []
    text = words(pdf)
    assert NAME in text and "Sin firma" in text and "Firma rota" in text
    assert qr_texts(pdf) == [url_for(cert)]


def test_fonts_are_embedded(home):
    cert = make_cert(home, template=template())

    page = pypdf.PdfReader(io.BytesIO(render(cert))).pages[0]

    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


@pytest.mark.parametrize("layout", ["classic", "modern"])
def test_long_name_and_course_title_stay_on_the_page(home, layout):
    name = " ".join(["Maximiliana Guadalupe de los Ángeles Fernández-Villaseñor"] * 5)[:300]
    course = " ".join(["Gestión avanzada de la calidad en la cadena de suministro"] * 5)[:255]
    signatory = ("Dra. " + "Ximena Berenice Castañeda-Oyarzábal " * 4)[:120].strip()
    position = ("Directora General de Vinculación " * 4)[:120].strip()
    signatories = [{"name": signatory, "position_es": position}] * 3
    cert = make_cert(
        home,
        template=template(layout=layout),
        holder_name=name,
        course_title_es=course,
        signatories=signatories,
    )

    pdf = render(cert)

    text = words(pdf)
    assert name in text and course in text
    assert text.count(signatory) == 3 and text.count(position) == 3
    page = pdfium.PdfDocument(pdf)[0]
    width, height = page.get_size()
    chars = page.get_textpage()
    for i in range(chars.count_chars()):
        left, bottom, right, top = chars.get_charbox(i)
        if right > left:  # spaces and line breaks have empty boxes
            assert left > 20 and right < width - 20
            assert bottom > 20 and top < height - 20
    assert qr_texts(pdf) == [url_for(cert)]


def test_same_certificate_renders_the_same_bytes(home):
    cert = make_cert(home, template=template(layout="modern"))

    assert render(cert) == render(cert)


def test_transparent_logo_prints_on_white_not_black(home):
    cert = make_cert(home, template=template(logo=rgba_image("logo")))

    pdf = render(cert)

    assert len(image_xobjects(pdf)) == 1
    page = pdfium.PdfDocument(pdf)[0].render(scale=1).to_pil().convert("RGB")
    top = page.crop((0, 40, page.width, page.height // 4))  # the logo, above the title
    data = top.tobytes()
    pixels = [data[i : i + 3] for i in range(0, len(data), 3)]
    black = sum(1 for pixel in pixels if max(pixel) < 40)
    assert black < len(pixels) * 0.005


@pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf").exists(),
    reason="DejaVu is an optional fallback; without it such characters show as boxes",
)
def test_characters_outside_vera_use_the_fallback_font(home):
    cert = make_cert(home, holder_name="Pál Erdős Nguyễn")

    pdf = render(cert)

    assert "Pál Erdős Nguyễn" in words(pdf)
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    names = [str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()]
    assert any("DejaVu" in name for name in names)
