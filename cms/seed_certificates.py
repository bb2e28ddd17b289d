"""Demo certificates: each cluster's templates, and the certificates the demo outcomes earned.

Outcomes seeded by cms/seed_delivery.py happened in the past and send no events
(seeding is quiet), so their certificates are recorded here as issued on the
day the outcome was reached, without emails; their PDFs are drawn on first download.
"""

from certificates.models import Certificate, CertificateTemplate, Kind, Signatory
from certificates.services import certificate_record_issued
from clusters.models import Cluster
from training.models import Enrollment

WORDING = {
    Kind.COMPLETION: (
        "Constancia de acreditación",
        "Certificate of completion",
        "por haber acreditado satisfactoriamente el curso",
        "for successfully completing the course",
    ),
    Kind.PARTICIPATION: (
        "Constancia de participación",
        "Certificate of participation",
        "por su participación en el curso",
        "for taking part in the course",
    ),
}


def _templates(cluster: Cluster) -> int:
    made = 0
    for kind, (title_es, title_en, wording_es, wording_en) in WORDING.items():
        if CertificateTemplate.objects.filter(cluster=cluster, kind=kind).exists():
            continue
        template = CertificateTemplate.objects.create(
            cluster=cluster,
            name=f"{cluster.short_name} · {title_es}",
            kind=kind,
            layout=(
                CertificateTemplate.Layout.CLASSIC
                if kind == Kind.COMPLETION
                else CertificateTemplate.Layout.MODERN
            ),
            title_es=title_es,
            title_en=title_en,
            wording_es=wording_es,
            wording_en=wording_en,
            footer_es=f"{cluster.name} · {cluster.states}",
            footer_en=f"{cluster.name} · {cluster.states}",
        )
        Signatory.objects.create(
            template=template,
            sort_order=0,
            name="Ing. Laura Méndez Ortiz",
            position_es="Dirección de Capacitación",
            position_en="Head of Training",
        )
        Signatory.objects.create(
            template=template,
            sort_order=1,
            name="Lic. Andrés Núñez Ibarra",
            position_es="Presidencia del Clúster",
            position_en="Cluster President",
        )
        made += 1
    return made


def seed_certificates() -> dict:
    """Templates for every cluster and the earned certificates; counts of what was created."""
    templates = sum(_templates(cluster) for cluster in Cluster.objects.all())
    earned = (
        Enrollment.objects.filter(
            status__in=(Enrollment.Status.COMPLETED, Enrollment.Status.PARTICIPATED),
            completed_at__isnull=False,
        )
        .exclude(pk__in=Certificate.objects.values("enrollment_id"))
        .order_by("completed_at")
        .values_list("pk", "completed_at")
    )
    issued = 0
    for enrollment_id, completed_at in earned:
        if certificate_record_issued(enrollment_id=enrollment_id, issued_at=completed_at):
            issued += 1
    return {"templates": templates, "certificates": issued}
