"""Who may see, download, issue and revoke certificates, and edit their templates.

The only place it is decided, failing closed like training.permissions:
- network admins: every certificate and template;
- cluster admins: their clusters' certificates (issue, reissue, revoke) and templates;
- instructors: read the certificates of the cohorts they teach;
- company coordinators: read their company's people's certificates;
- holders: their own certificates.
Anyone may read what the public verification page shows, by code.
"""

from django.db.models import Q, QuerySet

from clusters.models import TraineeProfile
from clusters.permissions import _active, administered_cluster_ids, is_network_admin
from training.permissions import enrollments_visible_to

from .models import Certificate, CertificateTemplate


def certificates_visible_to(user) -> QuerySet[Certificate]:
    """Certificates a person may read in the admin: those of the enrollments they may read."""
    if is_network_admin(user):
        return Certificate.objects.all()
    if not _active(user):
        return Certificate.objects.none()
    return Certificate.objects.filter(enrollment__in=enrollments_visible_to(user).values("pk"))


def certificates_managed_by(user) -> QuerySet[Certificate]:
    """Certificates a person may issue again or revoke: cluster admins, their clusters'."""
    if is_network_admin(user):
        return Certificate.objects.all()
    if not _active(user):
        return Certificate.objects.none()
    return Certificate.objects.filter(cluster_id__in=administered_cluster_ids(user))


def can_manage_certificates(user, cluster_id: int) -> bool:
    """Issue, reissue and revoke certificates of a cluster (and download them all)."""
    if not _active(user):
        return False
    return is_network_admin(user) or cluster_id in administered_cluster_ids(user)


def can_manage_certificate(user, certificate: Certificate) -> bool:
    return can_manage_certificates(user, certificate.cluster_id)


def is_holder(user, certificate: Certificate) -> bool:
    if not _active(user):
        return False
    return TraineeProfile.objects.filter(pk=certificate.trainee_id, user_id=user.pk).exists()


def can_download_certificate(user, certificate: Certificate) -> bool:
    """The PDF, the signed credential and the DC-3: the holder and those who may read it."""
    if is_holder(user, certificate):
        return True
    return certificates_visible_to(user).filter(pk=certificate.pk).exists()


def templates_visible_to(user) -> QuerySet[CertificateTemplate]:
    """Templates a person may edit: network admins all, cluster admins their clusters'."""
    if is_network_admin(user):
        return CertificateTemplate.objects.all()
    if not _active(user):
        return CertificateTemplate.objects.none()
    return CertificateTemplate.objects.filter(
        Q(cluster_id__in=administered_cluster_ids(user)) & Q(cluster__isnull=False)
    )


def can_add_template(user) -> bool:
    return is_network_admin(user) or bool(administered_cluster_ids(user))
