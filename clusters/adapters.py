"""Glue between clusters and django-allauth / django-axes."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Send people without a trainee profile to fill it in first."""
        user = request.user
        if user.is_authenticated and not hasattr(user, "trainee_profile"):
            return reverse("profile")
        return super().get_login_redirect_url(request)


def axes_username(request, credentials) -> str | None:
    """The login that django-axes locks, together with the address (allauth logs in by email)."""
    credentials = credentials or {}
    login = credentials.get("email") or credentials.get("username") or credentials.get("login")
    if not login and request is not None:
        login = request.POST.get("login")
    return login.strip().lower() if login else None
