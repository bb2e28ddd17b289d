"""Admin glue of the public site: links from the Wagtail account page to our account pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def two_factor_authentication(request):
    return {
        "url": reverse("mfa_index"),
        "label": _("Two-factor authentication"),
        "help_text": _("Protect your account with an authenticator app and recovery codes."),
    }


@hooks.register("register_account_menu_item")
def change_password(request):
    return {
        "url": reverse("account_change_password"),
        "label": _("Change password"),
        "help_text": _("Change the password you use to log in to the portal and the admin."),
    }


@hooks.register("register_account_menu_item")
def trainee_profile(request):
    return {
        "url": reverse("profile"),
        "label": _("My trainee profile"),
        "help_text": _("Your name, CURP, occupation and company, as certificates show them."),
    }


@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages, request):
    from .permissions import pages_choosable_by

    return pages_choosable_by(request.user, pages)
