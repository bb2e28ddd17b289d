"""Mirror of cluster roles into Wagtail groups, page permissions and workflows (DESIGN.md §3).

For each cluster and role there is one Wagtail group. Under the cluster's
ClusterPage, in every language, the cluster admins' group may add, edit,
publish and lock pages, and the editors' group may add and edit them; a
moderation workflow sends what editors submit to the cluster admins for
approval. Every role's group may enter the admin. A person is in a group
exactly while they hold the role. clusters emits `cluster_roles_changed`; this
module subscribes, so no import points upward.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

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
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
PAGE_PERMISSIONS_BY_ROLE = {
    Role.CLUSTER_ADMIN: CLUSTER_ADMIN_PAGE_PERMISSIONS,
    Role.EDITOR: EDITOR_PAGE_PERMISSIONS,
}
NETWORK_ADMIN_PAGE_PERMISSIONS = [*CLUSTER_ADMIN_PAGE_PERMISSIONS, "bulk_delete_page"]
# Model permissions for the snippets that page editors pick from.
EDITING_MODEL_PERMISSIONS = [
    ("courses", "view_discipline"),
    ("courses", "add_instructor"),
    ("courses", "change_instructor"),
    ("courses", "view_instructor"),
    # Wagtail's "Translate" action: copies a page they may edit into the other language.
    ("simple_translation", "submit_translation"),
]
# Images and documents are permitted per collection: each cluster has its own.
MEDIA_PERMISSIONS = [
    ("wagtailimages", f"{action}_image") for action in ("add", "change", "delete", "choose")
] + [("wagtaildocs", f"{action}_document") for action in ("add", "change", "delete", "choose")]
ROLE_GROUP_PREFIX = "cluster-role:"


def group_name(cluster: Cluster, role: str) -> str:
    return f"{ROLE_GROUP_PREFIX}{slugify(cluster.slug)}:{role}"


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _model_permissions(pairs) -> list[Permission]:
    wanted = {f"{app}.{codename}" for app, codename in pairs}
    return [
        p
        for p in Permission.objects.filter(
            codename__in=[c for _, c in pairs],
            content_type__app_label__in={app for app, _ in pairs},
        ).select_related("content_type")
        if f"{p.content_type.app_label}.{p.codename}" in wanted
    ]


@transaction.atomic
def cluster_groups_sync(cluster: Cluster) -> dict[str, Group]:
    """Create the cluster's role groups, page permissions and workflow. Idempotent."""
    access_admin = _permission("wagtailadmin", "access_admin")
    editing = _model_permissions(EDITING_MODEL_PERMISSIONS)
    media = _model_permissions(MEDIA_PERMISSIONS)
    collection = _cluster_collection(cluster)
    pages = list(ClusterPage.objects.filter(cluster=cluster))
    groups = {}
    for role in Role.values:
        group, _ = Group.objects.get_or_create(name=group_name(cluster, role))
        group.permissions.add(access_admin)
        if role in PAGE_PERMISSIONS_BY_ROLE:
            group.permissions.add(*editing)
            for permission in media:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )
            for codename in PAGE_PERMISSIONS_BY_ROLE[role]:
                permission = _page_permission(codename)
                for page in pages:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=page, permission=permission
                    )
        groups[role] = group
    _moderation_workflow_sync(cluster, pages, approvers=groups[Role.CLUSTER_ADMIN])
    return groups


def _root_collection() -> Collection:
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def _cluster_collection(cluster: Cluster) -> Collection:
    root = _root_collection()
    existing = root.get_children().filter(name=cluster.short_name).first()
    return existing or root.add_child(name=cluster.short_name)


def _moderation_workflow_sync(cluster: Cluster, pages, approvers: Group) -> None:
    """One workflow per cluster: its admins approve what is submitted under its pages."""
    # Found through its approval task's group: the name is shown to editors ("Submit to …").
    workflow = Workflow.objects.filter(
        workflow_tasks__task__groupapprovaltask__groups=approvers
    ).first()
    if workflow is None:
        workflow = Workflow.objects.create(
            name=gettext("Moderation · %(cluster)s") % {"cluster": cluster.short_name}
        )
        task = GroupApprovalTask.objects.create(
            name=gettext("Approval by the %(cluster)s admins") % {"cluster": cluster.short_name}
        )
        task.groups.add(approvers)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


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
    root_collection = _root_collection()
    for permission in _model_permissions(MEDIA_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )
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
