"""A company's year of DC-3 constancias, as the data of the DC-4 list (XLSX).

Companies report the constancias of each plan year to the STPS within 60
días hábiles, on the DC-4 form or electronically (SIRCE; /work/shared/DC3.md).
This export gives a company coordinator that list's worker and course data, one
row per valid certificate of completion of the company's people whose course
ended in the year, to copy into the DC-4 or SIRCE. It is not a SIRCE upload
file: no public SIRCE format or API was found.

Left out, and why:
- entidad and municipio of the worker: the portal keeps no address;
- estudios, documento probatorio, norma/estándar and objetivo: not recorded;
- the plan's vigencia: a company fact the portal does not hold.
The columns are in Spanish in every language: they mirror a Spanish legal form.
Cells go through core.exports, which neutralises formula-looking text.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import translation

from clusters.models import Company
from core.exports import xlsx_response
from courses.models import Modality

from .dc3 import dc3_for, dc3_queryset
from .models import Certificate, Kind

AGENT_EXTERNAL = 2  # 1 Interno, 2 Externo, 3 Otro: the cluster is an external agent
MODALITY_KEYS = {Modality.IN_PERSON: 1, Modality.ONLINE: 2, Modality.BLENDED: 3}

DC4_HEADER = [
    "Folio de la constancia",
    "Apellido paterno",
    "Apellido materno",
    "Nombre(s)",
    "CURP",
    "Ocupación específica (Catálogo Nacional de Ocupaciones)",
    "Puesto",
    "Nombre del curso",
    "Duración en horas",
    "Área temática del curso",
    "Fecha de inicio",
    "Fecha de término",
    "Tipo de agente capacitador (1 Interno, 2 Externo, 3 Otro)",
    "Nombre del agente capacitador",
    "Registro del agente capacitador",
    "Modalidad (1 Presencial, 2 En línea, 3 Mixta)",
    "Datos que faltan para la DC-3",
]


@dataclass
class Dc4Row:
    code: str
    paternal_surname: str
    maternal_surname: str
    given_names: str
    curp: str
    occupation_code: str
    job_title: str
    course_name: str
    hours: Decimal
    thematic_area: str
    starts_on: date
    ends_on: date
    agent_type: int
    agent_name: str
    agent_registration: str
    modality: int | None
    missing: str

    def cells(self) -> list:
        return [
            self.code,
            self.paternal_surname,
            self.maternal_surname,
            self.given_names,
            self.curp,
            self.occupation_code,
            self.job_title,
            self.course_name,
            self.hours,
            self.thematic_area,
            self.starts_on,
            self.ends_on,
            self.agent_type,
            self.agent_name,
            self.agent_registration,
            self.modality,
            self.missing,
        ]


def dc4_certificates(
    company: Company, year: int, *, within: QuerySet[Certificate] | None = None
) -> QuerySet[Certificate]:
    """The company's valid certificates of completion whose course ended in `year`.

    `within` narrows them to what the person asking may read
    (certificates.permissions.certificates_visible_to); None means all.
    Expired ones stay: the course was taken and passed that year.
    """
    rows = dc3_queryset().filter(
        company=company,
        kind=Kind.COMPLETION,
        status=Certificate.Status.VALID,
        ends_on__year=year,
    )
    if within is not None:
        rows = rows.filter(pk__in=within.values("pk"))
    return rows.order_by("ends_on", "trainee__paternal_surname", "trainee__maternal_surname", "pk")


def dc4_rows(
    company: Company, year: int, *, within: QuerySet[Certificate] | None = None
) -> list[Dc4Row]:
    """One DC-4 row per certificate of dc4_certificates(), in Spanish like the form."""
    rows = []
    with translation.override("es"):
        for certificate in dc4_certificates(company, year, within=within):
            dc3 = dc3_for(certificate, instructor_name="")
            profile = certificate.trainee
            rows.append(
                Dc4Row(
                    code=certificate.code,
                    paternal_surname=profile.paternal_surname,
                    maternal_surname=profile.maternal_surname,
                    given_names=profile.given_names,
                    curp=dc3.curp,
                    occupation_code=dc3.occupation_code,
                    job_title=dc3.job_title,
                    course_name=dc3.course_name,
                    hours=dc3.hours,
                    thematic_area=dc3.thematic_area,
                    starts_on=dc3.starts_on,
                    ends_on=dc3.ends_on,
                    agent_type=AGENT_EXTERNAL,
                    agent_name=dc3.agent_name,
                    agent_registration=dc3.agent_registration,
                    modality=MODALITY_KEYS.get(certificate.enrollment.cohort.modality),
                    missing="; ".join(dc3.missing),
                )
            )
    return rows


def dc4_filename(company: Company, year: int) -> str:
    return f"DC-4 {company.rfc} {year}.xlsx"


def dc4_response(
    company: Company, year: int, *, within: QuerySet[Certificate] | None = None
) -> HttpResponse:
    """The XLSX as a download (attachment, server-chosen ASCII name, no caching)."""
    rows = dc4_rows(company, year, within=within)
    return xlsx_response(
        dc4_filename(company, year),
        DC4_HEADER,
        (row.cells() for row in rows),
        sheet_title=f"DC-4 {year}",
    )


def dc4_workbook(
    company: Company, year: int, *, within: QuerySet[Certificate] | None = None
) -> bytes:
    """The XLSX bytes of the company's DC-4 data for `year`."""
    return dc4_response(company, year, within=within).content
