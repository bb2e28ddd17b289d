"""The data of a DC-3 "Constancia de competencias o de habilidades laborales".

Mexican employers must be able to show the labour ministry (STPS) a DC-3 for
each course a worker took and passed (LFT art. 153-V; Acuerdo DOF 14-06-2013,
arts. 24-26; /work/shared/DC3.md). `dc3_for()` gathers every field of the form
from one certificate and names, in the reader's language, each required field
that is missing, so a person knows exactly what to fill in.

Where the data comes from, and why:
- the course facts (name, hours, period) from the certificate's snapshot, so the
  DC-3 attests exactly what the certificate attests;
- the worker (name, CURP, occupation, job title) from the live trainee profile,
  and the company (legal name, RFC, signatories) from the company of the
  enrollment as it is now: these are what people correct when the DC-3 page
  tells them a field is missing;
- the área temática from the course page (certificates carry no course key:
  certificate.enrollment.cohort.course);
- the agente capacitador is the issuing cluster, an external training agent.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from clusters.dc3_catalogs import occupation_label
from training.models import Cohort

from .models import Certificate, Kind

# The áreas temáticas as the reverso of the form names them (always Spanish: the
# form is a Spanish-only legal document). Keys match courses.models.DC3_THEMATIC_AREAS.
THEMATIC_AREAS_ES: dict[str, str] = {
    "1000": "Producción general",
    "2000": "Servicios",
    "3000": "Administración, contabilidad y economía",
    "4000": "Comercialización",
    "5000": "Mantenimiento y reparación",
    "6000": "Seguridad",
    "7000": "Desarrollo personal y familiar",
    "8000": "Uso de tecnologías de la información y comunicación",
    "9000": "Participación social",
}

# What each missing field is called on the page that lists them.
MISSING_NAME = _("Name of the trainee")
MISSING_CURP = _("CURP of the trainee")
MISSING_OCCUPATION = _("Occupation (Catálogo Nacional de Ocupaciones) of the trainee")
MISSING_COMPANY = _("the trainee has no company on this enrollment")
MISSING_COMPANY_NAME = _("Legal name of the company")
MISSING_RFC = _("RFC of the company")
MISSING_COURSE_NAME = _("Name of the course")
MISSING_HOURS = _("Duration in hours of the course")
MISSING_THEMATIC_AREA = _("Thematic area (DC-3) of the course")
MISSING_AGENT = _("Name of the training agent")

# The fields a trainee fills in on their own profile page.
TRAINEE_FIELDS = frozenset({MISSING_NAME, MISSING_CURP, MISSING_OCCUPATION})

RELATED = ("trainee", "company", "cluster", "enrollment__cohort__course")


class Dc3Unavailable(Exception):
    """This certificate can have no DC-3 at all (not merely data missing)."""

    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


@dataclass
class Dc3:
    """Every field of the DC-3 form, in its order, plus what is missing to print it."""

    code: str
    # DATOS DEL TRABAJADOR
    worker_name: str  # apellido paterno, apellido materno y nombre(s)
    curp: str
    occupation_code: str  # Catálogo Nacional de Ocupaciones subárea, e.g. "04.6"
    occupation_label: str  # "04.6 Procesos industriales"
    job_title: str  # Puesto: optional on the form
    # DATOS DE LA EMPRESA
    company_name: str
    rfc: str
    # DATOS DEL PROGRAMA DE CAPACITACIÓN, ADIESTRAMIENTO Y PRODUCTIVIDAD
    course_name: str
    hours: Decimal
    starts_on: date
    ends_on: date
    thematic_area: str  # e.g. "6000"
    thematic_area_label: str  # "6000 Seguridad"
    agent_name: str
    agent_registration: str
    # Signatures
    instructor_name: str
    employer_representative: str
    workers_representative: str
    more_than_50_workers: bool
    missing: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def hours_text(self) -> str:
        """16 for whole hours, 7.5 otherwise (the form does not say it must be whole)."""
        hours = self.hours or Decimal(0)
        return str(int(hours)) if hours == hours.to_integral_value() else str(hours.normalize())


def dc3_queryset() -> QuerySet[Certificate]:
    """Certificates with everything dc3_for() reads, in one query."""
    return Certificate.objects.select_related(*RELATED)


def _instructor_name(cohort: Cohort) -> str:
    """The cohort's first instructor (first assigned), by the name on their profile."""
    link = (
        Cohort.instructors.through.objects.filter(cohort_id=cohort.pk)
        .select_related("user__trainee_profile")
        .order_by("pk")
        .first()
    )
    if link is None:
        return ""
    user = link.user
    profile = getattr(user, "trainee_profile", None)
    if profile is not None:
        return profile.full_name
    return f"{user.first_name} {user.last_name}".strip()


def check_available(certificate: Certificate) -> None:
    """Raise Dc3Unavailable unless the certificate may have a DC-3."""
    if certificate.kind != Kind.COMPLETION:
        raise Dc3Unavailable(
            _("A DC-3 certifies a course taken and passed; participation does not qualify.")
        )
    if certificate.status == Certificate.Status.REVOKED:
        raise Dc3Unavailable(_("This certificate was revoked, so it has no DC-3."))
    if certificate.status != Certificate.Status.VALID:
        raise Dc3Unavailable(_("This certificate has not been issued yet, so it has no DC-3."))


def dc3_for(certificate: Certificate, *, instructor_name: str | None = None) -> Dc3:
    """The DC-3 fields of a valid certificate of completion, and the required ones missing.

    Raises Dc3Unavailable for a certificate of participation, a revoked one or
    one not issued yet. An expired certificate keeps its DC-3: the DC-3 attests
    that the course was taken and passed, which expiry (our recertification
    rule) does not undo. The instructor is looked up unless given (lists such as
    the DC-4, which do not print it, pass "" and save a query per row).
    """
    check_available(certificate)
    missing: list = []
    profile = certificate.trainee
    course = certificate.enrollment.cohort.course
    company = certificate.company

    surnames = [p for p in (profile.paternal_surname, profile.maternal_surname) if p]
    worker_name = " ".join([*surnames, profile.given_names]).strip()
    if not (profile.paternal_surname and profile.given_names):
        missing.append(MISSING_NAME)
    curp = profile.curp or ""
    if not curp:
        missing.append(MISSING_CURP)
    occupation = occupation_label(profile.occupation_code)
    if not occupation:
        missing.append(MISSING_OCCUPATION)

    if company is None:
        missing.append(MISSING_COMPANY)
        company_name = rfc = employer = workers = ""
        more_than_50 = False
    else:
        company_name, rfc = company.legal_name.strip(), company.rfc.strip()
        employer = company.legal_representative
        more_than_50 = company.more_than_50_workers
        # Field 14 applies only to companies with more than 50 workers (footnote 5/).
        workers = company.workers_representative if more_than_50 else ""
        if not company_name:
            missing.append(MISSING_COMPANY_NAME)
        if not rfc:
            missing.append(MISSING_RFC)

    course_name = (certificate.course_title_es or certificate.course_title_en).strip()
    if not course_name:
        missing.append(MISSING_COURSE_NAME)
    hours = certificate.hours or Decimal(0)
    if hours <= 0:
        missing.append(MISSING_HOURS)
    area = course.dc3_thematic_area or ""
    if area not in THEMATIC_AREAS_ES:
        missing.append(MISSING_THEMATIC_AREA)
        area = ""
    agent_name = (certificate.cluster_name or certificate.cluster.name).strip()
    if not agent_name:
        missing.append(MISSING_AGENT)

    return Dc3(
        code=certificate.code,
        worker_name=worker_name,
        curp=curp,
        occupation_code=profile.occupation_code if occupation else "",
        occupation_label=occupation,
        job_title=profile.job_title,
        company_name=company_name,
        rfc=rfc,
        course_name=course_name,
        hours=hours,
        starts_on=certificate.starts_on,
        ends_on=certificate.ends_on,
        thematic_area=area,
        thematic_area_label=f"{area} {THEMATIC_AREAS_ES[area]}" if area else "",
        agent_name=agent_name,
        agent_registration=certificate.cluster.stps_agent_registration,
        instructor_name=(
            _instructor_name(certificate.enrollment.cohort)
            if instructor_name is None
            else instructor_name
        ),
        employer_representative=employer,
        workers_representative=workers,
        more_than_50_workers=more_than_50,
        missing=[str(message) for message in missing],
    )


def missing_trainee_fields(dc3: Dc3) -> bool:
    """Whether the trainee can fix some of what is missing on their own profile page."""
    trainee = {str(message) for message in TRAINEE_FIELDS}
    return any(message in trainee for message in dc3.missing)
