"""Mirror of cluster roles into Wagtail groups and page permissions (DESIGN.md §3).

For each cluster and role there is one Wagtail group. Cluster admins' groups
may add, edit, publish and lock pages under the cluster's ClusterPage in every
language; every role's group may enter the admin. A person is in a group
exactly while they hold the role. clusters emits `cluster_roles_changed`; this
module subscribes, so no import points upward.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import GroupPagePermission, Page

from clusters.models import NETWORK_ADMIN_GROUP, Cluster, ClusterRole, User

from .models import ClusterPage

Role = ClusterRole.Role
CLUSTER_ADMIN_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
NETWORK_ADMIN_PAGE_PERMISSIONS = [*CLUSTER_ADMIN_PAGE_PERMISSIONS, "bulk_delete_page"]
ROLE_GROUP_PREFIX = "cluster-role:"


def group_name(cluster: Cluster, role: str) -> str:
    return f"{ROLE_GROUP_PREFIX}{slugify(cluster.slug)}:{role}"


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


@transaction.atomic
def cluster_groups_sync(cluster: Cluster) -> dict[str, Group]:
    """Create the cluster's role groups and give them their page permissions. Idempotent."""
    access_admin = _permission("wagtailadmin", "access_admin")
    pages = list(ClusterPage.objects.filter(cluster=cluster))
    groups = {}
    for role in Role.values:
        group, _ = Group.objects.get_or_create(name=group_name(cluster, role))
        group.permissions.add(access_admin)
        if role == Role.CLUSTER_ADMIN:
            for codename in CLUSTER_ADMIN_PAGE_PERMISSIONS:
                permission = _page_permission(codename)
                for page in pages:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=page, permission=permission
                    )
        groups[role] = group
    return groups


@transaction.atomic
def user_groups_sync(user: User, cluster: Cluster) -> None:
    """Put the user in exactly the groups of the roles they hold in this cluster."""
    groups = cluster_groups_sync(cluster)
    held = set(
        ClusterRole.objects.filter(user=user, cluster=cluster).values_list("role", flat=True)
    )
    for role, group in groups.items():
        if role in held:
            user.groups.add(group)
        else:
            user.groups.remove(group)


@transaction.atomic
def network_admin_group_sync() -> Group:
    """The network admins' group: the admin, every page, images and documents."""
    group, _ = Group.objects.get_or_create(name=NETWORK_ADMIN_GROUP)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in ("add", "change", "delete", "choose"):
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=f"{action}_{model}"
            ).first()
            if perm:
                group.permissions.add(perm)
    root = Page.get_first_root_node()
    for codename in NETWORK_ADMIN_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_page_permission(codename)
        )
    return group


def on_cluster_roles_changed(sender, user_id: int, cluster_id: int, **kwargs) -> None:
    user = User.objects.filter(pk=user_id).first()
    cluster = Cluster.objects.filter(pk=cluster_id).first()
    if user and cluster:
        user_groups_sync(user, cluster)
    elif cluster:
        cluster_groups_sync(cluster)


def on_cluster_page_saved(sender, instance: ClusterPage, created: bool, **kwargs) -> None:
    if created:
        cluster = instance.cluster
        transaction.on_commit(lambda: cluster_groups_sync(cluster))
