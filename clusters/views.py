"""Views of a person's own account data."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .forms import ProfileForm
from .models import TraineeProfile
from .selectors import profile_get
from .services import profile_save, user_set_language

PROFILE_FIELDS = TraineeProfile.EDITABLE_FIELDS


@login_required
def profile(request):
    current = profile_get(user=request.user)
    initial = {f: getattr(current, f) for f in PROFILE_FIELDS} if current else {}
    initial["language"] = request.user.language
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            data = dict(form.cleaned_data)
            language = data.pop("language") or request.user.language
            profile_save(user=request.user, **data)
            user_set_language(user=request.user, language=language)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Your profile has been saved."))
            target = request.GET.get("next", "")
            if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
                return redirect(target)
            return redirect("profile")
    return render(
        request,
        "clusters/profile_form.html",
        {"form": form, "profile": current},
        status=400 if form.errors else 200,
    )


def lockout(request, credentials=None, *args, **kwargs):
    """Shown by django-axes after too many wrong passwords for one login from one address."""
    return render(request, "account/lockout.html", status=429)
