"""Glue between clusters and django-allauth / django-axes."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Write to people in the language they signed up in."""
        language = translation.get_language() or settings.LANGUAGE_CODE
        if language in dict(settings.LANGUAGES):
            user.language = language
        return super().save_user(request, user, form, commit=commit)

    def get_login_redirect_url(self, request):
        """Send people without a trainee profile to fill it in first."""
        user = request.user
        if user.is_authenticated and not hasattr(user, "trainee_profile"):
            return reverse("profile")
        return super().get_login_redirect_url(request)


def user_display(user) -> str:
    """How allauth names a person in its messages: their name, else their email."""
    return user.get_short_name()


def axes_username(request, credentials) -> str | None:
    """The login that django-axes locks, together with the address (allauth logs in by email)."""
    credentials = credentials or {}
    login = credentials.get("email") or credentials.get("username") or credentials.get("login")
    if not login and request is not None:
        login = request.POST.get("login")
    return login.strip().lower() if login else None
