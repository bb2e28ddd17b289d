"""Benchmark: certificate PDFs per second (issue 6), in-process, one thread.

Run on demand (not part of the suite):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench \
    .venv/bin/python bench/certificate_pdf.py [-n 200] [--skip-setup] [--keep DIR]

The database is migrated first (idempotent; `--skip-setup` skips it). Then, with
production settings (as bench/_server.py sets them), this process makes a cluster and
certificate templates with a logo (PNG), a background (JPEG, 1600 px) and a scanned
signature (PNG), and times `certificates.pdf.render_certificate_pdf` N times for each
design: classic letter and modern A4 with all three images, and the built-in design
(no template, no images). The certificates are unsaved rows: rendering reads nothing
from them but their snapshot, and the images' renditions, as issuing does. The first
render of each design (renditions made, fonts loaded) is reported apart as "cold".

Target: well under 100 ms per certificate (>= 10 per second per worker; the issue asks
>= 5 per second for the whole issuing, PDF and QR included).

Everything is made inside a transaction that is rolled back at the end, and the image
files (and a throw-away issuer key, when CERTIFICATES_ISSUER_KEY_FILE is not set: production
settings require one) go to a temporary directory that is deleted; `--keep DIR` writes one PDF of each
design to DIR for a look.
"""

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from _server import ENV, ROOT, ensure_database, manage, require_database


class Rollback(Exception):
    pass


def _environment(scratch: Path) -> dict:
    """Production settings; a throw-away issuer key where none is named (production
    refuses to start without one, and a PDF signs nothing); media under `scratch`."""
    env = {**ENV, "MEDIA_ROOT": str(scratch / "media")}
    if not env.get("CERTIFICATES_ISSUER_KEY_FILE"):
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        path = scratch / "issuer-key.pem"
        path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        env["CERTIFICATES_ISSUER_KEY_FILE"] = str(path)
    return env


def _django(env: dict) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _image(title: str, size, fmt: str, draw):
    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw
    from wagtail.images import get_image_model

    picture = Image.new("RGB", size, "white")
    draw(ImageDraw.Draw(picture), size)
    buffer = io.BytesIO()
    picture.save(buffer, fmt)
    name = f"bench-{title}.{fmt.lower()}"
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=name))


def _designs():
    """(label, unsaved certificate) for each design, with their templates and images."""
    from certificates.models import Certificate, CertificateTemplate, Kind
    from clusters.models import Cluster

    cluster = Cluster.objects.create(
        slug="bench-pdf",
        name="Clúster Automotriz de Benchmark",
        short_name="Benchmark",
        states="Querétaro",
        brand_color="#7a1f3d",
    )
    logo = _image(
        "logo",
        (800, 300),
        "PNG",
        lambda d, s: (d.ellipse((20, 20, 280, 280), fill="#7a1f3d"), d.text((320, 140), "AUTO")),
    )
    background = _image(
        "fondo",
        (1600, 1000),
        "JPEG",
        lambda d, s: [
            d.line((x, 0, x + 400, s[1]), fill="#c9a227", width=8) for x in range(0, 1600, 60)
        ],
    )
    signature = _image(
        "firma",
        (600, 240),
        "PNG",
        lambda d, s: d.line((30, 180, 200, 60, 380, 200, 560, 40), width=6),
    )
    signatories = [
        {
            "name": "Ing. Raúl Gutiérrez",
            "position_es": "Presidente del clúster",
            "position_en": "Cluster president",
            "signature_image_id": signature.pk,
        },
        {"name": "Mtra. Sofía Ibáñez", "position_es": "Directora", "position_en": "Director"},
    ]

    def template(layout, page_size):
        made = CertificateTemplate.objects.create(
            cluster=cluster,
            name=f"Bench {layout} {page_size}",
            kind=Kind.COMPLETION,
            is_default=False,
            layout=layout,
            page_size=page_size,
            logo=logo,
            background=background,
            title_es="Constancia de acreditación",
            title_en="Certificate of completion",
            wording_es="por haber acreditado el curso",
            wording_en="for successfully completing the course",
            footer_es="Agente capacitador externo registrado: XYZ-123456-789",
        )
        return made

    def certificate(made):
        ends = date.today() - timedelta(days=7)
        return Certificate(
            cluster=cluster,
            template=made,
            kind=Kind.COMPLETION,
            status=Certificate.Status.VALID,
            language="es",
            holder_name="María José Núñez Peña",
            course_code="MNT-101",
            course_title_es="Operación segura de montacargas",
            course_title_en="Safe forklift operation",
            hours=Decimal("16"),
            starts_on=ends - timedelta(days=2),
            ends_on=ends,
            cluster_name=cluster.name,
            signatories=signatories,
            issued_on=ends,
            valid_until=ends + timedelta(days=730),
        )

    return [
        ("classic letter, 3 images", certificate(template("classic", "letter"))),
        ("modern A4, 3 images", certificate(template("modern", "a4"))),
        ("built-in, no images", certificate(None)),
    ]


def run(count: int, keep: Path | None) -> None:
    from django.db import transaction

    from certificates.pdf import render_certificate_pdf

    url = "https://certificados.example.mx/verify/{}/"
    print(f"{'design':<26} {'cold ms':>8} {'mean ms':>8} {'p95 ms':>8} {'per s':>7} {'KB':>6}")
    try:
        with transaction.atomic():
            for label, cert in _designs():
                started = time.perf_counter()
                pdf = render_certificate_pdf(cert, verify_url=url.format(cert.code))
                cold = time.perf_counter() - started
                times = []
                for _ in range(count):
                    started = time.perf_counter()
                    render_certificate_pdf(cert, verify_url=url.format(cert.code))
                    times.append(time.perf_counter() - started)
                times.sort()
                p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
                mean = statistics.fmean(times)
                print(
                    f"{label:<26} {cold * 1000:8.1f} {mean * 1000:8.1f} {p95 * 1000:8.1f}"
                    f" {1 / mean:7.1f} {len(pdf) / 1024:6.0f}"
                )
                if keep:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"{label.split(',')[0].replace(' ', '-')}.pdf").write_bytes(pdf)
            raise Rollback
    except Rollback:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=200, help="renders per design")
    parser.add_argument("--skip-setup", action="store_true", help="do not migrate first")
    parser.add_argument("--keep", type=Path, help="write one PDF of each design here")
    args = parser.parse_args()
    require_database()
    scratch = Path(tempfile.mkdtemp(prefix="lms-bench-pdf-"))
    try:
        env = _environment(scratch)
        if not args.skip_setup:
            ensure_database(os.environ["DATABASE_URL"])
            manage("migrate", "--noinput", "-v", "0", env=env)
        _django(env)
        run(args.count, args.keep)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
