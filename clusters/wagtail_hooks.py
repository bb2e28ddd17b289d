"""The clusters admin in Wagtail: the "Network" menu of clusters, companies, people and roles.

Permission policies are registered first, before anything asks Wagtail's
policy registry about these models (registering later raises).
"""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .admin_views import (
    ADMIN_MODELS,
    NetworkViewSetGroup,
    ScopedDeleteBulkAction,
    permission_policy,
)

for _model in ADMIN_MODELS:
    register_permission_policy(_model, permission_policy(_model))

register_snippet(NetworkViewSetGroup)

# After wagtail.snippets' own bulk delete (order 0), so this one replaces it for these models.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=100)
