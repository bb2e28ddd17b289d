"""Who may see and change what: the only place access to clusters' data is decided.

Every function fails closed: an anonymous or inactive user, or one with no
role, gets no rows and no permission. Role look-ups are cached on the user
object for the length of a request.
"""

from django.db.models import Q, QuerySet

from .models import (
    NETWORK_ADMIN_GROUP,
    Cluster,
    ClusterRole,
    Company,
    CompanyMembership,
    TraineeProfile,
    User,
)

Role = ClusterRole.Role


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def is_network_admin(user) -> bool:
    if not _active(user):
        return False
    if not hasattr(user, "_is_network_admin"):
        user._is_network_admin = (
            user.is_superuser or user.groups.filter(name=NETWORK_ADMIN_GROUP).exists()
        )
    return user._is_network_admin


def _roles(user) -> list[tuple[int, str, int | None]]:
    """(cluster_id, role, company_id) of every role the user holds."""
    if not _active(user):
        return []
    if not hasattr(user, "_cluster_roles"):
        user._cluster_roles = list(
            ClusterRole.objects.filter(user=user).values_list("cluster_id", "role", "company_id")
        )
    return user._cluster_roles


def administered_cluster_ids(user) -> set[int]:
    return {cluster_id for cluster_id, role, _ in _roles(user) if role == Role.CLUSTER_ADMIN}


def page_editing_cluster_ids(user) -> set[int]:
    """Clusters under whose pages a person may write (admins and editors)."""
    editing = {Role.CLUSTER_ADMIN, Role.EDITOR}
    return {cluster_id for cluster_id, role, _ in _roles(user) if role in editing}


def coordinated_company_ids(user) -> set[int]:
    return {company for _, role, company in _roles(user) if role == Role.COMPANY_COORDINATOR}


def coordinated_pairs(user) -> set[tuple[int, int]]:
    """(cluster_id, company_id) a person coordinates: their company's people *in that cluster*.

    A company may belong to several clusters; coordinating it in one must not
    open its people of another cluster.
    """
    return {
        (cluster, company)
        for cluster, role, company in _roles(user)
        if role == Role.COMPANY_COORDINATOR
    }


def has_any_role(user) -> bool:
    return is_network_admin(user) or bool(_roles(user))


# --- Clusters -------------------------------------------------------------


def clusters_visible_to(user) -> QuerySet[Cluster]:
    """Clusters a person may manage in the admin."""
    if is_network_admin(user):
        return Cluster.objects.all()
    return Cluster.objects.filter(pk__in=administered_cluster_ids(user))


def can_add_cluster(user) -> bool:
    return is_network_admin(user)


def can_change_cluster(user, cluster: Cluster) -> bool:
    return is_network_admin(user) or cluster.pk in administered_cluster_ids(user)


def can_delete_cluster(user, cluster: Cluster) -> bool:
    return is_network_admin(user)


# --- Companies ------------------------------------------------------------


def companies_visible_to(user) -> QuerySet[Company]:
    if is_network_admin(user):
        return Company.objects.all()
    clusters = administered_cluster_ids(user)
    companies = coordinated_company_ids(user)
    if not clusters and not companies:
        return Company.objects.none()
    member_ids = CompanyMembership.objects.filter(cluster_id__in=clusters).values("company_id")
    return Company.objects.filter(pk__in=member_ids) | Company.objects.filter(pk__in=companies)


def companies_editable_by(user) -> QuerySet[Company]:
    if is_network_admin(user):
        return Company.objects.all()
    member_ids = CompanyMembership.objects.filter(
        cluster_id__in=administered_cluster_ids(user)
    ).values("company_id")
    return Company.objects.filter(pk__in=member_ids)


def can_add_company(user) -> bool:
    return is_network_admin(user) or bool(administered_cluster_ids(user))


def can_change_company(user, company: Company) -> bool:
    return companies_editable_by(user).filter(pk=company.pk).exists()


def can_delete_company(user, company: Company) -> bool:
    return is_network_admin(user)


def membership_clusters_assignable_by(user) -> QuerySet[Cluster]:
    """Clusters whose membership lists a person may add a company to or remove it from."""
    return clusters_visible_to(user)


# --- People ---------------------------------------------------------------


def profiles_visible_to(user) -> QuerySet[TraineeProfile]:
    if is_network_admin(user):
        return TraineeProfile.objects.all()
    clusters = administered_cluster_ids(user)
    pairs = coordinated_pairs(user)
    if not clusters and not pairs:
        return TraineeProfile.objects.none()
    condition = Q(cluster_id__in=clusters)
    for cluster_id, company_id in pairs:
        condition |= Q(cluster_id=cluster_id, company_id=company_id)
    return TraineeProfile.objects.filter(condition)


def profiles_editable_by(user) -> QuerySet[TraineeProfile]:
    if is_network_admin(user):
        return TraineeProfile.objects.all()
    return TraineeProfile.objects.filter(cluster_id__in=administered_cluster_ids(user))


def can_change_profile(user, profile: TraineeProfile) -> bool:
    return profiles_editable_by(user).filter(pk=profile.pk).exists()


def users_visible_to(user) -> QuerySet[User]:
    """Accounts a person may pick, e.g. when granting a role."""
    if is_network_admin(user):
        return User.objects.filter(is_active=True)
    return User.objects.filter(
        is_active=True, trainee_profile__in=profiles_visible_to(user).values("pk")
    )


# --- Roles ----------------------------------------------------------------


def roles_visible_to(user) -> QuerySet[ClusterRole]:
    if is_network_admin(user):
        return ClusterRole.objects.all()
    return ClusterRole.objects.filter(cluster_id__in=administered_cluster_ids(user))


def can_grant_role(user, cluster: Cluster, role: str) -> bool:
    if is_network_admin(user):
        return True
    return cluster.pk in administered_cluster_ids(user)


def can_revoke_role(user, cluster_role: ClusterRole) -> bool:
    return can_grant_role(user, cluster_role.cluster, cluster_role.role)


def can_add_profile(user) -> bool:
    """People create their own profile; in the admin only network admins add one for someone."""
    return is_network_admin(user)


def can_delete_profile(user, profile: TraineeProfile) -> bool:
    return is_network_admin(user)


# --- The Wagtail admin ----------------------------------------------------
# The admin asks, per model, which actions a person may take on some rows
# (to show menus and buttons), which rows each action reaches, and who holds
# an action. One table says which role opens which action; network admins
# hold every action except changing a role (roles are granted and revoked,
# never edited).

ADMIN_ACTIONS = frozenset({"add", "change", "delete", "view"})

_ADMIN_GRANTS: dict[type, dict[str, frozenset[str]]] = {
    Cluster: {
        "change": frozenset({Role.CLUSTER_ADMIN}),
        "view": frozenset({Role.CLUSTER_ADMIN}),
    },
    Company: {
        "add": frozenset({Role.CLUSTER_ADMIN}),
        "change": frozenset({Role.CLUSTER_ADMIN}),
        "view": frozenset({Role.CLUSTER_ADMIN, Role.COMPANY_COORDINATOR}),
    },
    TraineeProfile: {
        "change": frozenset({Role.CLUSTER_ADMIN}),
        "view": frozenset({Role.CLUSTER_ADMIN, Role.COMPANY_COORDINATOR}),
    },
    ClusterRole: {
        "add": frozenset({Role.CLUSTER_ADMIN}),
        "delete": frozenset({Role.CLUSTER_ADMIN}),
        "view": frozenset({Role.CLUSTER_ADMIN}),
    },
}

_ADMIN_NEVER: dict[type, frozenset[str]] = {ClusterRole: frozenset({"change"})}

# The rows a role-holder reaches with each action (network admins reach all rows).
_ADMIN_SCOPES = {
    Cluster: {"change": clusters_visible_to, "view": clusters_visible_to},
    Company: {"change": companies_editable_by, "view": companies_visible_to},
    TraineeProfile: {"change": profiles_editable_by, "view": profiles_visible_to},
    ClusterRole: {"delete": roles_visible_to, "view": roles_visible_to},
}


def admin_actions(model: type, user) -> frozenset[str]:
    """The admin actions the user may take on some rows of `model`; empty for unknown models."""
    if model not in _ADMIN_GRANTS or not _active(user):
        return frozenset()
    if is_network_admin(user):
        return ADMIN_ACTIONS - _ADMIN_NEVER.get(model, frozenset())
    held = {role for _, role, _ in _roles(user)}
    return frozenset(action for action, roles in _ADMIN_GRANTS[model].items() if roles & held)


def admin_scope(model: type, user, action: str) -> QuerySet:
    """The rows of `model` the user may take `action` on in the admin ("add" has no rows)."""
    manager = model._default_manager
    if action == "add" or action not in admin_actions(model, user):
        return manager.none()
    if is_network_admin(user):
        return manager.all()
    return _ADMIN_SCOPES[model][action](user)


def admin_users(model: type, actions) -> QuerySet[User]:
    """Active people who may take any of `actions` on some rows of `model`."""
    if model not in _ADMIN_GRANTS:
        return User.objects.none()
    actions = set(actions)
    roles = set().union(*(_ADMIN_GRANTS[model].get(a, frozenset()) for a in actions))
    network = actions & (ADMIN_ACTIONS - _ADMIN_NEVER.get(model, frozenset()))
    condition = Q(pk__in=[])
    if network:
        condition |= Q(is_superuser=True) | Q(groups__name=NETWORK_ADMIN_GROUP)
    if roles:
        condition |= Q(cluster_roles__role__in=roles)
    return User.objects.filter(condition, is_active=True).distinct()
