"""The private calendar feed (for calendar apps) and the "My calendar" page (for people).

The feed answers at /calendar/<token>.ics, outside the language prefix: calendar apps
fetch it without cookies or a login, so the token is the credential; an unknown or
revoked token is a plain 404 and the response is never cached by a shared cache.
"""

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from courses.selectors import localize_courses

from .feeds import feed_sessions, feed_token_for, feed_token_renew, feed_user
from .ics import calendar_feed as render_feed
from .models import Cohort, Session

UPCOMING_SHOWN = 20


@require_safe
def calendar_feed(request, token: str):
    user = feed_user(token)
    if user is None:
        raise Http404
    with translation.override(user.language):
        name = _("My training sessions")
    body = render_feed(sessions=feed_sessions(user), name=name)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, private=True, max_age=300)
    return response


def feed_urls(request, token: str) -> dict[str, str]:
    """The feed's https URL, its webcal:// twin and Google Calendar's "add by URL" link."""
    https = request.build_absolute_uri(reverse("calendar_feed", kwargs={"token": token}))
    webcal = "webcal://" + https.split("://", 1)[1]
    return {
        "https": https,
        "webcal": webcal,
        "google": "https://calendar.google.com/calendar/r?cid=" + quote(webcal, safe=""),
    }


@login_required
@require_http_methods(["GET", "POST"])
def my_calendar(request):
    """The person's feed URL, how to subscribe, and (POST) a new URL that kills the old one."""
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            messages.error(
                request, _("Tick the box to confirm that the old link will stop working.")
            )
        else:
            feed_token_renew(request.user)
            messages.success(
                request,
                _(
                    "Here is your new link. The old one no longer works: subscribe again with "
                    "the new one in your calendar app."
                ),
            )
        return redirect("my_calendar")
    token = feed_token_for(request.user)
    upcoming = list(
        feed_sessions(request.user)
        .filter(ends_at__gte=timezone.now())
        .exclude(status=Session.Status.CANCELLED)
        .exclude(cohort__status=Cohort.Status.CANCELLED)[:UPCOMING_SHOWN]
    )
    courses = localize_courses({session.cohort.course for session in upcoming})
    for session in upcoming:
        session.course = courses[session.cohort.course.translation_key]
        tz = session.cohort.cluster_tz
        session.local_start = timezone.localtime(session.starts_at, tz)
        session.local_end = timezone.localtime(session.ends_at, tz)
    return render(
        request,
        "training/calendar/my_calendar.html",
        {"urls": feed_urls(request, token.token), "token": token, "upcoming": upcoming},
    )
