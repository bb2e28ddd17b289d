"""Enrollment services: every path and every refusal (issue 4)."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from clusters.models import ClusterRole, CompanyMembership
from tests.clusters.factories import ClusterFactory, CompanyFactory, TraineeProfileFactory
from tests.courses.factories import course_page
from tests.training.factories import cohort, coordinator_of, enrolled, trainee
from training.models import Cohort, Enrollment, EnrollmentChange
from training.services import (
    cohort_save,
    cohort_set_status,
    enrollment_add,
    enrollment_decide,
    enrollment_move,
    enrollment_request,
    enrollment_set_status,
    enrollment_withdraw,
    enrollments_add_colleagues,
)

pytestmark = pytest.mark.django_db
S = Enrollment.Status


@pytest.fixture(autouse=True)
def _english():
    """Refusals are checked by their (English) wording; Spanish is tested on the pages."""
    with translation.override("en"):
        yield


def request(group, person):
    return enrollment_request(actor=person.user, cohort_id=group.pk, profile=person)


def counts(group):
    group.refresh_from_db()
    return group.enrolled_count, group.waitlist_count, group.pending_count


def refused(call, text):
    with pytest.raises(ValidationError) as error:
        call()
    assert text in " ".join(error.value.messages)


def test_enrolling_takes_a_seat_then_the_waitlist(home):
    group = cohort(home=home, capacity=2)
    a, b, c = (trainee(group) for _ in range(3))
    assert request(group, a).status == S.ENROLLED
    assert request(group, b).status == S.ENROLLED
    assert request(group, c).status == S.WAITLISTED
    assert counts(group) == (2, 1, 0)


def test_enrolling_twice_is_refused_and_changes_nothing(home):
    group = cohort(home=home)
    person = trainee(group)
    request(group, person)
    refused(lambda: request(group, person), "already on this cohort")
    assert Enrollment.objects.count() == 1
    assert counts(group) == (1, 0, 0)


@pytest.mark.parametrize(
    "fields, text",
    [
        ({"status": Cohort.Status.CLOSED}, "closed"),
        ({"status": Cohort.Status.DRAFT}, "closed"),
        (
            {
                "enrollment_closes_at": timezone.now() - timedelta(hours=1),
                "enrollment_opens_at": timezone.now() - timedelta(days=3),
            },
            "closed",
        ),
        ({"enrollment_opens_at": timezone.now() + timedelta(days=1)}, "closed"),
    ],
)
def test_closed_cohorts_refuse(home, fields, text):
    group = cohort(home=home, **fields)
    person = trainee(group)
    refused(lambda: request(group, person), text)
    assert not Enrollment.objects.exists()


def test_a_cancelled_cohort_refuses(home):
    group = cohort(home=home)
    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.CANCELLED)
    refused(lambda: request(group, trainee(group)), "cancelled")


def test_a_cohort_that_already_started_refuses(home):
    start = timezone.localdate() - timedelta(days=1)
    group = cohort(home=home, starts_on=start, ends_on=start + timedelta(days=3))
    refused(lambda: request(group, trainee(group)), "closed")


def test_visibility_is_enforced_by_the_service(home):
    group = cohort(home=home, visibility=Cohort.Visibility.MEMBERS)
    outsider = TraineeProfileFactory()  # company of another cluster
    refused(lambda: request(group, outsider), "reserved")
    member = trainee(group)
    assert request(group, member).status == S.ENROLLED

    invited_only = cohort(home=home, visibility=Cohort.Visibility.INVITED)
    refused(lambda: request(invited_only, trainee(invited_only)), "reserved")
    guest = TraineeProfileFactory()
    invited_only.invited_companies.add(guest.company)
    assert request(invited_only, guest).status == S.ENROLLED


def test_an_incomplete_profile_is_refused(home):
    group = cohort(home=home)
    person = trainee(group, occupation="")
    refused(lambda: request(group, person), "Complete the profile")


def test_prerequisites_are_enforced_with_their_names(home):
    yellow = course_page(home, title="Yellow Belt")
    green = course_page(home, title="Green Belt")
    green.prerequisites.add(yellow)
    green.save_revision().publish()
    yellow_group, green_group = cohort(yellow), cohort(green, cluster=None)
    person = trainee(green_group)
    refused(lambda: request(green_group, person), "Yellow Belt")
    done = enrolled(yellow_group, person)
    enrollment_set_status(actor=_network_admin(), enrollment_id=done.pk, status=S.COMPLETED)
    assert request(green_group, person).status == S.ENROLLED


def _network_admin():
    from django.contrib.auth.models import Group

    from clusters.models import NETWORK_ADMIN_GROUP
    from tests.clusters.factories import UserFactory

    user = UserFactory()
    user.groups.add(Group.objects.get_or_create(name=NETWORK_ADMIN_GROUP)[0])
    return user


def test_one_active_cohort_per_course(home):
    course = course_page(home)
    first, second = cohort(course), cohort(course)
    person = trainee(first)
    CompanyMembership.objects.get_or_create(company=person.company, cluster=second.cluster)
    request(first, person)
    refused(lambda: request(second, person), "another cohort of this course")


def test_company_approval_then_decision(home):
    group = cohort(home=home, capacity=1)
    person = trainee(group)
    person.company.requires_enrollment_approval = True
    person.company.save()
    pending = request(group, person)
    assert pending.status == S.PENDING
    assert counts(group) == (0, 0, 1)
    coordinator = coordinator_of(person)
    decided = enrollment_decide(actor=coordinator, enrollment_id=pending.pk, approve=True)
    assert decided.status == S.ENROLLED and decided.decided_by == coordinator
    assert counts(group) == (1, 0, 0)
    # A double click on "approve" changes nothing.
    assert (
        enrollment_decide(actor=coordinator, enrollment_id=pending.pk, approve=True).status
        == S.ENROLLED
    )


def test_approval_of_a_full_cohort_waitlists_and_rejection_frees_nothing(home):
    group = cohort(home=home, capacity=1)
    enrolled(group)
    person = trainee(group)
    person.company.requires_enrollment_approval = True
    person.company.save()
    other = trainee(group, company=person.company)
    coordinator = coordinator_of(person)
    assert (
        enrollment_decide(
            actor=coordinator, enrollment_id=request(group, person).pk, approve=True
        ).status
        == S.WAITLISTED
    )
    assert (
        enrollment_decide(
            actor=coordinator, enrollment_id=request(group, other).pk, approve=False
        ).status
        == S.REJECTED
    )
    assert counts(group) == (1, 1, 0)


def test_a_coordinator_cannot_decide_for_another_company(home):
    group = cohort(home=home)
    person = trainee(group)
    person.company.requires_enrollment_approval = True
    person.company.save()
    pending = request(group, person)
    stranger = coordinator_of(trainee(group))
    with pytest.raises(PermissionDenied):
        enrollment_decide(actor=stranger, enrollment_id=pending.pk, approve=True)
    assert Enrollment.objects.get(pk=pending.pk).status == S.PENDING


def test_coordinator_enrolls_colleagues_in_bulk_without_approval(home):
    group = cohort(home=home, capacity=2)
    first = trainee(group)
    first.company.requires_enrollment_approval = True
    first.company.save()
    colleagues = [first] + [trainee(group, company=first.company) for _ in range(2)]
    stranger = trainee(group)
    coordinator = coordinator_of(first)
    placed, refused_people = enrollments_add_colleagues(
        actor=coordinator, cohort_id=group.pk, profiles=[*colleagues, stranger]
    )
    assert [e.status for e in placed] == [S.ENROLLED, S.ENROLLED, S.WAITLISTED]
    assert [p for p, _ in refused_people] == [stranger]
    assert not Enrollment.objects.filter(trainee=stranger).exists()


def test_withdrawing_promotes_the_first_on_the_waitlist(
    home, mailoutbox, django_capture_on_commit_callbacks
):
    group = cohort(home=home, capacity=1)
    first = enrolled(group)
    second, third = trainee(group), trainee(group)
    request(group, second)
    request(group, third)
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_withdraw(actor=first.trainee.user, enrollment_id=first.pk)
    statuses = dict(Enrollment.objects.values_list("trainee_id", "status"))
    assert statuses[second.pk] == S.ENROLLED and statuses[third.pk] == S.WAITLISTED
    assert counts(group) == (1, 1, 0)
    promoted = [m for m in mailoutbox if m.to == [second.user.email]]
    assert promoted and any(w in promoted[0].subject.lower() for w in ("seat", "lugar"))


def test_withdrawing_twice_changes_nothing_and_after_the_start_is_refused(home):
    group = cohort(home=home)
    one = enrolled(group)
    enrollment_withdraw(actor=one.trainee.user, enrollment_id=one.pk)
    enrollment_withdraw(actor=one.trainee.user, enrollment_id=one.pk)
    assert EnrollmentChange.objects.filter(enrollment=one, to_status=S.WITHDRAWN).count() == 1
    start = timezone.localdate() - timedelta(days=1)
    running = cohort(home=home, starts_on=start, ends_on=start + timedelta(days=5))
    two = enrolled(running)
    refused(lambda: enrollment_withdraw(actor=two.trainee.user, enrollment_id=two.pk), "started")


def test_someone_else_cannot_withdraw_me(home):
    group = cohort(home=home)
    mine = enrolled(group)
    other = trainee(group)
    with pytest.raises(PermissionDenied):
        enrollment_withdraw(actor=other.user, enrollment_id=mine.pk)


def test_status_changes_follow_the_allowed_transitions(home):
    group = cohort(home=home, capacity=1)
    admin = _network_admin()
    one = enrolled(group)
    waiting = enrolled(group)
    refused(
        lambda: enrollment_set_status(actor=admin, enrollment_id=waiting.pk, status=S.COMPLETED),
        "cannot go from",
    )
    enrollment_set_status(actor=admin, enrollment_id=one.pk, status=S.WITHDRAWN)
    assert Enrollment.objects.get(pk=waiting.pk).status == S.ENROLLED
    refused(
        lambda: enrollment_set_status(actor=admin, enrollment_id=one.pk, status=S.ENROLLED),
        "full",
    )


def test_moving_to_another_cohort_of_the_same_course(home):
    course = course_page(home)
    source, target = cohort(course, capacity=1), cohort(course, capacity=1)
    waiting_in_source = None
    mover = enrolled(source)
    waiting_in_source = enrolled(source)
    admin = _network_admin()
    moved = enrollment_move(actor=admin, enrollment_id=mover.pk, to_cohort_id=target.pk)
    assert (moved.cohort_id, moved.status, moved.cluster_id) == (
        target.pk,
        S.ENROLLED,
        target.cluster_id,
    )
    assert counts(source) == (1, 0, 0) and counts(target) == (1, 0, 0)
    assert Enrollment.objects.get(pk=waiting_in_source.pk).status == S.ENROLLED
    other_course = cohort(home=home)
    refused(
        lambda: enrollment_move(actor=admin, enrollment_id=moved.pk, to_cohort_id=other_course.pk),
        "same course",
    )


def test_a_cluster_admin_cannot_touch_another_clusters_roster(home):
    from clusters.services import role_grant
    from tests.clusters.factories import UserFactory

    group = cohort(home=home)
    row = enrolled(group)
    admin = UserFactory()
    role_grant(
        actor=None, user=admin, cluster=ClusterFactory(), role=ClusterRole.Role.CLUSTER_ADMIN
    )
    for call in (
        lambda: enrollment_set_status(actor=admin, enrollment_id=row.pk, status=S.WITHDRAWN),
        lambda: enrollment_add(actor=admin, cohort_id=group.pk, profile=trainee(group)),
        lambda: cohort_set_status(actor=admin, cohort_id=group.pk, status=Cohort.Status.CLOSED),
        lambda: cohort_save(actor=admin, cohort=group, capacity=99),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert counts(group) == (1, 0, 0)
    group.refresh_from_db()
    assert group.capacity == 20 and group.status == Cohort.Status.OPEN


def test_capacity_cannot_drop_below_the_enrolled_and_raising_it_promotes(home):
    group = cohort(home=home, capacity=1)
    enrolled(group)
    waiting = enrolled(group)
    with pytest.raises(ValidationError):
        cohort_save(actor=None, cohort=group, capacity=0)
    cohort_save(actor=None, cohort=Cohort.objects.get(pk=group.pk), capacity=2)
    assert Enrollment.objects.get(pk=waiting.pk).status == S.ENROLLED


def test_cancelling_withdraws_everyone(home):
    group = cohort(home=home, capacity=1)
    enrolled(group)
    enrolled(group)
    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.CANCELLED)
    assert set(Enrollment.objects.values_list("status", flat=True)) == {S.WITHDRAWN}
    assert counts(group) == (0, 0, 0)


def test_a_cluster_admin_opens_cohorts_only_in_their_cluster(home):
    from clusters.services import role_grant
    from tests.clusters.factories import UserFactory

    mine, theirs = ClusterFactory(), ClusterFactory()
    admin = UserFactory()
    role_grant(actor=None, user=admin, cluster=mine, role=ClusterRole.Role.CLUSTER_ADMIN)
    course = course_page(home)
    start = timezone.localdate() + timedelta(days=10)
    fields = {
        "course": course,
        "starts_on": start,
        "ends_on": start,
        "capacity": 10,
        "modality": "online",
        "online_url": "https://meet.example.com/x",
    }
    assert cohort_save(actor=admin, cluster=mine, **fields).pk
    with pytest.raises(ValidationError):
        cohort_save(actor=admin, cluster=theirs, **fields)


def test_company_membership_matters_for_members_only_cohorts(home):
    group = cohort(home=home, visibility=Cohort.Visibility.MEMBERS)
    company = CompanyFactory(clusters=[ClusterFactory()])
    person = TraineeProfileFactory(cluster=company.clusters.first(), company=company)
    refused(lambda: request(group, person), "reserved")


def test_a_retried_email_task_sends_nothing_twice(
    home, mailoutbox, django_capture_on_commit_callbacks
):
    from training.notifications import notify_change, unsent_change_ids
    from training.tasks import notify_enrollment_change

    group = cohort(home=home)
    with django_capture_on_commit_callbacks(execute=True):
        row = enrolled(group)
    change = EnrollmentChange.objects.get(enrollment=row)
    assert change.notification == "enrolled" and change.notified_at is not None
    sent = len(mailoutbox)
    assert notify_enrollment_change.delay(change.pk).get() is False
    assert notify_change(change_id=change.pk) is False
    assert len(mailoutbox) == sent
    assert unsent_change_ids(older_than=timedelta(0)) == []


def test_a_lost_email_task_is_handed_over_later(
    home, mailoutbox, django_capture_on_commit_callbacks
):
    from training.notifications import unsent_change_ids
    from training.tasks import requeue_enrollment_emails

    group = cohort(home=home)
    row = enrolled(group)  # on_commit never runs here: as if the broker had been down
    assert [
        c.enrollment_id
        for c in EnrollmentChange.objects.filter(pk__in=unsent_change_ids(older_than=timedelta(0)))
    ] == [row.pk]
    EnrollmentChange.objects.update(at=timezone.now() - timedelta(minutes=11))
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_enrollment_emails.delay().get() == 1
    assert [m.to for m in mailoutbox] == [[row.trainee.user.email]]


def test_finished_people_keep_their_seat(home):
    group = cohort(home=home, capacity=1)
    done = enrolled(group)
    waiting = enrolled(group)
    admin = _network_admin()
    enrollment_set_status(actor=admin, enrollment_id=done.pk, status=S.COMPLETED)
    assert Enrollment.objects.get(pk=waiting.pk).status == S.WAITLISTED
    assert counts(group) == (1, 1, 0)
    enrollment_set_status(actor=admin, enrollment_id=done.pk, status=S.ENROLLED)  # a correction
    assert counts(group) == (1, 1, 0)


def test_nobody_is_promoted_into_a_cohort_that_has_started(home):
    start = timezone.localdate() - timedelta(days=1)
    group = cohort(home=home, capacity=1, starts_on=start, ends_on=start + timedelta(days=5))
    first = enrolled(group)
    waiting = enrolled(group)
    enrollment_set_status(actor=_network_admin(), enrollment_id=first.pk, status=S.WITHDRAWN)
    assert Enrollment.objects.get(pk=waiting.pk).status == S.WAITLISTED
    assert counts(group) == (0, 1, 0)
