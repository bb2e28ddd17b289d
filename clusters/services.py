"""Every write to clusters, companies, profiles and roles.

Services are keyword-only, atomic and call full_clean(), so a form, the admin,
a command or a later API all get the same rules and the same translated errors.
"""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.db import integrity_errors_as

from . import permissions
from .models import Cluster, ClusterRole, Company, CompanyMembership, TraineeProfile, User
from .validators import normalize_identifier


@transaction.atomic
def company_save(
    *,
    actor: User | None,
    company: Company | None = None,
    legal_name: str,
    rfc: str,
    tier: str,
    trade_name: str = "",
    requires_enrollment_approval: bool = False,
    clusters: Iterable[Cluster],
    legal_representative: str | None = None,
    more_than_50_workers: bool | None = None,
    workers_representative: str | None = None,
) -> Company:
    """Create or update a company and its memberships.

    An actor (None for system code such as seed_demo) changes only the
    memberships of clusters they manage; memberships of other clusters stay.
    The DC-3 signatory fields left as None keep their current value, so callers
    that do not know them (seeding, imports) never erase them.
    """
    creating = company is None or company.pk is None
    company = company or Company()
    if actor is not None:
        if creating and not permissions.can_add_company(actor):
            raise PermissionDenied
        if not creating and not permissions.can_change_company(actor, company):
            raise PermissionDenied
    company.legal_name = legal_name.strip()
    company.trade_name = trade_name.strip()
    company.rfc = normalize_identifier(rfc)
    company.tier = tier
    company.requires_enrollment_approval = requires_enrollment_approval
    if legal_representative is not None:
        company.legal_representative = legal_representative.strip()
    if more_than_50_workers is not None:
        company.more_than_50_workers = more_than_50_workers
    if workers_representative is not None:
        company.workers_representative = workers_representative.strip()
    company.full_clean()
    wanted = {c.pk for c in clusters}
    manageable = (
        set(permissions.membership_clusters_assignable_by(actor).values_list("pk", flat=True))
        if actor is not None
        else set(Cluster.objects.values_list("pk", flat=True))
    )
    if wanted - manageable:
        raise ValidationError({"clusters": _("You can only add companies to your own clusters.")})
    current = set(company.memberships.values_list("cluster_id", flat=True)) if company.pk else set()
    if not (wanted | (current - manageable)):
        raise ValidationError({"clusters": _("A company must belong to at least one cluster.")})
    with integrity_errors_as({"rfc": _("A company with this RFC already exists.")}):
        company.save()
    for cluster_id in (wanted - current) & manageable:
        CompanyMembership.objects.get_or_create(company=company, cluster_id=cluster_id)
    removed = (current - wanted) & manageable
    if removed:
        if (
            TraineeProfile.objects.filter(company=company, cluster_id__in=removed).exists()
            or ClusterRole.objects.filter(company=company, cluster_id__in=removed).exists()
        ):
            raise ValidationError(
                {
                    "clusters": _(
                        "People or coordinators of this company belong to it through that "
                        "cluster; move them before removing the membership."
                    )
                }
            )
        CompanyMembership.objects.filter(company=company, cluster_id__in=removed).delete()
    return company


@transaction.atomic
def profile_save(
    *,
    actor: User | None = None,
    user: User,
    given_names: str,
    paternal_surname: str,
    maternal_surname: str = "",
    curp: str = "",
    occupation: str,
    job_title: str = "",
    trainee_type: str,
    gender: str = "",
    cluster: Cluster | None,
    company: Company | None,
    occupation_code: str | None = None,
) -> TraineeProfile:
    """Create or update a trainee profile.

    People edit their own (actor None or the user); an admin editing someone
    else's needs the permission, and may place them only in clusters they see.
    An occupation_code of None keeps the current one (callers such as roster
    imports do not know it and must not erase it).
    """
    profile = TraineeProfile.objects.select_for_update().filter(user=user).first()
    if actor is not None and actor != user:
        allowed = (
            permissions.can_change_profile(actor, profile)
            if profile
            else permissions.can_add_profile(actor)
        )
        if not allowed or (
            cluster is not None
            and not permissions.clusters_visible_to(actor).filter(pk=cluster.pk).exists()
        ):
            raise PermissionDenied
    profile = profile or TraineeProfile(user=user)
    profile.given_names = given_names.strip()
    profile.paternal_surname = paternal_surname.strip()
    profile.maternal_surname = maternal_surname.strip()
    profile.curp = normalize_identifier(curp) or None
    profile.occupation = occupation.strip()
    if occupation_code is not None:
        profile.occupation_code = occupation_code
    profile.job_title = job_title.strip()
    profile.trainee_type = trainee_type
    profile.gender = gender
    profile.cluster = cluster
    profile.company = company
    profile.full_clean()
    with integrity_errors_as({"curp": _("A person with this CURP is already registered.")}):
        profile.save()
    return profile


@transaction.atomic
def role_grant(
    *,
    actor: User | None,
    user: User,
    cluster: Cluster,
    role: str,
    company: Company | None = None,
) -> ClusterRole:
    """Give a person a role in a cluster; granting a role they hold returns it unchanged."""
    if actor is not None and not permissions.can_grant_role(actor, cluster, role):
        raise PermissionDenied
    existing = ClusterRole.objects.filter(user=user, cluster=cluster, role=role, company=company)
    if found := existing.first():
        return found
    cluster_role = ClusterRole(user=user, cluster=cluster, role=role, company=company)
    cluster_role.full_clean()
    try:
        with transaction.atomic():
            cluster_role.save()
    except IntegrityError:  # granted concurrently: the row exists now
        return existing.get()
    return cluster_role


@transaction.atomic
def role_revoke(*, actor: User | None, cluster_role: ClusterRole) -> None:
    if actor is not None and not permissions.can_revoke_role(actor, cluster_role):
        raise PermissionDenied
    cluster_role.delete()


def user_set_language(*, user: User, language: str) -> None:
    """The language the portal writes to this person in."""
    from django.conf import settings

    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"language": _("Choose Spanish or English.")})
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])
