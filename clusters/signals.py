"""Events clusters emits; higher apps subscribe (DESIGN.md §1: no import points upward).

`cluster_roles_changed(sender=ClusterRole, user_id, cluster_id)` is sent after the
transaction that granted or revoked a role commits; cms mirrors it into Wagtail
groups and page permissions.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from .models import ClusterRole

cluster_roles_changed = Signal()


@receiver([post_save, post_delete], sender=ClusterRole, dispatch_uid="cluster_role_changed")
def _role_row_changed(sender, instance: ClusterRole, **kwargs):
    user_id, cluster_id = instance.user_id, instance.cluster_id
    transaction.on_commit(
        lambda: cluster_roles_changed.send(
            sender=ClusterRole, user_id=user_id, cluster_id=cluster_id
        )
    )
