"""Private calendar feeds: one secret URL per person that their calendar app subscribes to.

The token in the URL is the only credential (calendar apps send no cookies), so it is
long and random (`secrets.token_urlsafe(32)`), one live token per person (a partial
UNIQUE constraint), and revoked, not deleted, when the person asks for a new link: the
old URL then answers 404.
"""

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from clusters.models import User

from . import permissions
from .models import CalendarFeedToken, Cohort, Enrollment, Session


def _live(user: User) -> QuerySet[CalendarFeedToken]:
    return CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True)


def feed_token_for(user: User) -> CalendarFeedToken:
    """The person's live feed token, created on first use.

    Two first visits at once both try to create it; the partial UNIQUE constraint
    lets one win and the other reads the winner's.
    """
    token = _live(user).first()
    if token is not None:
        return token
    try:
        with transaction.atomic():
            return CalendarFeedToken.objects.create(user=user)
    except IntegrityError:
        return _live(user).get()


@transaction.atomic
def feed_token_renew(user: User) -> CalendarFeedToken:
    """Revoke the person's feed URL and give them a new one (the old one stops working)."""
    # Serialise renewals of one person on their row, so two clicks make one live token.
    User.objects.select_for_update().filter(pk=user.pk).first()
    _live(user).update(revoked_at=timezone.now())
    return CalendarFeedToken.objects.create(user=user)


def feed_user(token: str) -> User | None:
    """Whose feed a URL token opens: None when unknown, revoked or the account is closed."""
    row = (
        CalendarFeedToken.objects.filter(token=token, revoked_at__isnull=True, user__is_active=True)
        .select_related("user")
        .first()
    )
    return row.user if row is not None else None


def feed_sessions(user: User) -> QuerySet[Session]:
    """Sessions a person attends or teaches: cohorts where they take part, or instruct.

    One query (two subqueries), course and cluster joined in for the summary and the
    time zone. Withdrawn, waitlisted and pending people see nothing of the cohort.
    """
    taking_part = Enrollment.objects.filter(
        trainee__user=user, status__in=Enrollment.TAKING_PART
    ).values("cohort_id")
    # Cohorts they teach, while they hold the instructor role in the cohort's cluster.
    teaching = Cohort.instructors.through.objects.filter(
        user=user, cohort__cluster_id__in=permissions.instructing_cluster_ids(user)
    ).values("cohort_id")
    return (
        Session.objects.filter(Q(cohort_id__in=taking_part) | Q(cohort_id__in=teaching))
        .select_related("cohort__course", "cohort__cluster")
        .order_by("starts_at", "pk")
    )
