"""Certificates in the Wagtail admin: the "Certificates" menu (the certificates listing
and the templates snippet), a cohort's certificates and ZIPs (certificates/admin_views.py).

Permission policies are registered first, before anything asks Wagtail's policy
registry about these models (registering later raises).
"""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .admin_views import (
    CertificatesViewSetGroup,
    ScopedTemplateDeleteBulkAction,
    certificate_permission_policy,
    template_permission_policy,
)
from .models import Certificate, CertificateTemplate

register_permission_policy(Certificate, certificate_permission_policy())
register_permission_policy(CertificateTemplate, template_permission_policy())

register_snippet(CertificatesViewSetGroup)

# After wagtail.snippets' own bulk delete (order 0), so this one replaces it for templates.
hooks.register("register_bulk_action", ScopedTemplateDeleteBulkAction, order=100)
