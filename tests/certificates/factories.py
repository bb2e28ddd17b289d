"""Certificates for tests: a completed enrollment and its certificate row."""

from datetime import timedelta

from django.utils import timezone

from certificates.models import Certificate, CertificateTemplate, Kind, Signatory
from tests.training.factories import cohort, enrolled, trainee
from training.models import Enrollment


def completed_enrollment(home, *, course=None, cluster=None, profile=None, **cohort_fields):
    """An enrollment of a cohort that ended last week, with the outcome "completed"."""
    end = timezone.localdate() - timedelta(days=7)
    cohort_fields.setdefault("starts_on", end - timedelta(days=2))
    cohort_fields.setdefault("ends_on", end)
    group = cohort(course, home=home, cluster=cluster, **cohort_fields)
    enrollment = enrolled(group, profile or trainee(group))
    Enrollment.objects.filter(pk=enrollment.pk).update(
        status=Enrollment.Status.COMPLETED, completed_at=timezone.now()
    )
    enrollment.refresh_from_db()
    return enrollment


def template(cluster=None, kind=Kind.COMPLETION, **fields) -> CertificateTemplate:
    values = {
        "cluster": cluster,
        "name": f"Constancia {kind}",
        "kind": kind,
        "title_es": "Constancia de acreditación",
        "title_en": "Certificate of completion",
        "wording_es": "por haber acreditado el curso",
        "wording_en": "for successfully completing the course",
    }
    values.update(fields)
    made = CertificateTemplate.objects.create(**values)
    Signatory.objects.create(
        template=made, name="Mtra. Sofía Ibáñez", position_es="Directora", position_en="Director"
    )
    return made


def certificate(home=None, *, enrollment=None, status=Certificate.Status.VALID, **fields):
    """A certificate row with its snapshot, as issuing leaves it (no PDF or credential yet)."""
    enrollment = enrollment or completed_enrollment(home)
    group = enrollment.cohort
    course = group.course
    values = {
        "enrollment": enrollment,
        "cluster": group.cluster,
        "trainee": enrollment.trainee,
        "company": enrollment.company,
        "kind": Kind.COMPLETION,
        "status": status,
        "holder_name": enrollment.trainee.full_name,
        "course_code": course.code,
        "course_title_es": course.title,
        "course_title_en": course.title,
        "hours": course.hours,
        "starts_on": group.starts_on,
        "ends_on": group.ends_on,
        "cluster_name": group.cluster.name,
        "signatories": [
            {"name": "Mtra. Sofía Ibáñez", "position_es": "Directora", "position_en": "Director"}
        ],
        "issued_on": timezone.localdate() if status == Certificate.Status.VALID else None,
        "issued_at": timezone.now() if status == Certificate.Status.VALID else None,
    }
    values.update(fields)
    return Certificate.objects.create(**values)
