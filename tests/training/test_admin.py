"""The Wagtail admin of cohorts and rosters: each person reaches exactly their own cohorts."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clusters.models import ClusterRole, User
from clusters.services import role_grant
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import course_page
from tests.training.factories import cohort, enrolled, trainee
from training import services
from training.models import Cohort, Enrollment, EnrollmentChange

pytestmark = pytest.mark.django_db

Role = ClusterRole.Role
Status = Enrollment.Status
BACKEND = "django.contrib.auth.backends.ModelBackend"
HOME = "/admin/"


# --- Helpers -------------------------------------------------------------------


def grant(capture, user, cluster, role=Role.CLUSTER_ADMIN) -> User:
    """Give a role through the service; cms mirrors it into Wagtail groups on commit."""
    with capture(execute=True):
        role_grant(actor=None, user=user, cluster=cluster, role=role)
    return User.objects.get(pk=user.pk)


def login(client, user):
    client.force_login(user, backend=BACKEND)
    return client


def assert_not_found(response):
    """A 404 under /admin/ comes back from LocaleMiddleware as a redirect to /es/…, then 404."""
    if response.status_code == 302:
        location = response["Location"]
        assert location.startswith(f"/es{response.request['PATH_INFO']}"), location
        response = response.client.get(location)
    assert response.status_code == 404, response.status_code


def assert_refused(response):
    """Not found, forbidden, or Wagtail's "no permission" bounce to the dashboard."""
    if response.status_code == 302 and response["Location"] == HOME:
        return
    if response.status_code == 302:
        assert_not_found(response)
    else:
        assert response.status_code in (403, 404), response.status_code


def snapshot():
    return {
        "cohorts": list(Cohort.objects.order_by("pk").values()),
        "instructors": list(
            Cohort.instructors.through.objects.order_by("pk").values_list("cohort_id", "user_id")
        ),
        "enrollments": list(Enrollment.objects.order_by("pk").values()),
        "changes": EnrollmentChange.objects.count(),
    }


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def day(n: int) -> str:
    return (timezone.localdate() + timedelta(days=n)).isoformat()


def cohort_post(course, cluster, **changes) -> dict:
    data = {
        "course": course.pk,
        "cluster": cluster.pk,
        "name": "Grupo vespertino",
        "starts_on": day(30),
        "ends_on": day(32),
        "capacity": 12,
        "modality": "in_person",
        "language": "es",
        "location": "Sala 2, Parque Industrial",
        "online_url": "",
        "enrollment_opens_at": "",
        "enrollment_closes_at": "",
        "visibility": Cohort.Visibility.NETWORK,
        "status": Cohort.Status.OPEN,
        "checkin_grace_minutes": 10,
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def roster(group) -> str:
    return reverse("training_roster", kwargs={"cohort_id": group.pk})


def roster_action(name, group, enrollment=None) -> str:
    kwargs = {"cohort_id": group.pk}
    if enrollment is not None:
        kwargs["enrollment_id"] = enrollment.pk
    return reverse(f"training_roster_{name}", kwargs=kwargs)


def export_url(group, fmt) -> str:
    return reverse("training_roster_export", kwargs={"cohort_id": group.pk, "fmt": fmt})


def status_url(group, status) -> str:
    return reverse("training_cohort_status", kwargs={"cohort_id": group.pk, "status": status})


def make_world(home, capture) -> dict:
    """Two clusters with their pages, courses, cohorts, rosters, an admin and an instructor of A."""
    a, b = ClusterFactory(short_name="ALFA"), ClusterFactory(short_name="BRAVO")
    cluster_page(home, cluster=a, companies=1, english=False)
    page_b = cluster_page(home, cluster=b, companies=1, english=False)
    page_a = a.pages.get()
    course_a = course_page(page_a, title="Six Sigma Yellow Belt Alfa")
    course_b = course_page(page_b, title="Core Tools Bravo")
    course_net = course_page(home, title="T-MEC Reglas de origen")
    assert (course_a.cluster, course_b.cluster, course_net.cluster) == (a, b, None)

    admin_a = grant(capture, UserFactory(), a)
    instructor_a = grant(capture, UserFactory(), a, Role.INSTRUCTOR)
    other_instructor_a = grant(capture, UserFactory(), a, Role.INSTRUCTOR)
    instructor_b = grant(capture, UserFactory(), b, Role.INSTRUCTOR)

    cohort_a = cohort(course_a, capacity=2, instructors=[instructor_a])
    cohort_a2 = cohort(
        course_a,
        starts_on=timezone.localdate() + timedelta(days=40),
        ends_on=timezone.localdate() + timedelta(days=41),
    )
    cohort_b = cohort(course_b, instructors=[instructor_b])
    cohort_b2 = cohort(
        course_b,
        starts_on=timezone.localdate() + timedelta(days=50),
        ends_on=timezone.localdate() + timedelta(days=51),
    )
    enrollment_a = enrolled(cohort_a)
    enrollment_b = enrolled(cohort_b)
    return {
        "a": a,
        "b": b,
        "course_a": course_a,
        "course_b": course_b,
        "course_net": course_net,
        "admin_a": admin_a,
        "instructor_a": instructor_a,
        "other_instructor_a": other_instructor_a,
        "instructor_b": instructor_b,
        "cohort_a": cohort_a,
        "cohort_a2": cohort_a2,
        "cohort_b": cohort_b,
        "cohort_b2": cohort_b2,
        "enrollment_a": enrollment_a,
        "enrollment_b": enrollment_b,
    }


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    return make_world(home, django_capture_on_commit_callbacks)


# --- Creating and editing cohorts ------------------------------------------------


def test_cluster_admin_creates_a_cohort_through_the_admin_form(client, world):
    login(client, world["admin_a"])
    form = client.get(reverse("cohorts:add")).context["form"]
    assert set(form.fields["cluster"].queryset) == {world["a"]}
    assert set(form.fields["course"].queryset) == {world["course_a"], world["course_net"]}
    assert set(form.fields["instructors"].queryset) == {
        world["instructor_a"],
        world["other_instructor_a"],
    }
    response = client.post(
        reverse("cohorts:add"),
        cohort_post(
            world["course_a"],
            world["a"],
            instructors=[world["instructor_a"].pk],
            enrollment_opens_at=f"{day(1)} 09:00",
            enrollment_closes_at=f"{day(20)} 18:00",
        ),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    created = Cohort.objects.get(name="Grupo vespertino")
    assert (created.cluster, created.course_id, created.capacity) == (
        world["a"],
        world["course_a"].pk,
        12,
    )
    assert (created.enrolled_count, created.waitlist_count, created.pending_count) == (0, 0, 0)
    assert list(created.instructors.all()) == [world["instructor_a"]]
    assert created.enrollment_closes_at > created.enrollment_opens_at


def test_cluster_admin_cannot_create_a_cohort_of_another_cluster(client, world):
    login(client, world["admin_a"])
    before = snapshot()
    response = client.post(reverse("cohorts:add"), cohort_post(world["course_a"], world["b"]))
    assert response.status_code == 200
    assert response.context["form"].errors["cluster"]
    response = client.post(reverse("cohorts:add"), cohort_post(world["course_b"], world["a"]))
    assert response.status_code == 200
    assert response.context["form"].errors["course"]
    # An instructor of another cluster cannot be put on the cohort either.
    response = client.post(
        reverse("cohorts:add"),
        cohort_post(world["course_a"], world["a"], instructors=[world["instructor_b"].pk]),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["instructors"]
    assert snapshot() == before


def test_form_errors_from_the_model_and_service_are_shown(client, world):
    login(client, world["admin_a"])
    before = snapshot()
    response = client.post(
        reverse("cohorts:add"),
        cohort_post(world["course_a"], world["a"], location="", ends_on=day(10)),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "location" in errors
    assert "ends_on" in errors
    # Lowering the capacity under the people enrolled is refused.
    group = world["cohort_a"]
    enrolled(group)  # 2 of 2 seats taken
    before = snapshot()
    response = client.post(
        reverse("cohorts:edit", args=[group.pk]),
        cohort_post(
            world["course_a"],
            world["a"],
            capacity=1,
            starts_on=group.starts_on.isoformat(),
            ends_on=group.ends_on.isoformat(),
            instructors=[world["instructor_a"].pk],
        ),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["capacity"]
    assert snapshot() == before


def test_cluster_admin_edits_a_cohort_through_the_service(client, world):
    login(client, world["admin_a"])
    group = world["cohort_a"]
    second = enrolled(group)
    third = enrolled(group)  # waitlisted: 2 seats
    assert third.status == Status.WAITLISTED
    response = client.post(
        reverse("cohorts:edit", args=[group.pk]),
        cohort_post(
            world["course_a"],
            world["a"],
            capacity=3,
            starts_on=group.starts_on.isoformat(),
            ends_on=group.ends_on.isoformat(),
            instructors=[world["instructor_a"].pk, world["other_instructor_a"].pk],
        ),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    group.refresh_from_db()
    third.refresh_from_db()
    # Raising the capacity promoted the waiting list (cohort_save did it).
    assert (group.capacity, group.enrolled_count, group.waitlist_count) == (3, 3, 0)
    assert third.status == Status.ENROLLED
    assert set(group.instructors.all()) == {world["instructor_a"], world["other_instructor_a"]}
    assert second.pk


def test_cancelling_in_the_edit_form_withdraws_everyone(client, world):
    login(client, world["admin_a"])
    group = world["cohort_a"]
    response = client.post(
        reverse("cohorts:edit", args=[group.pk]),
        cohort_post(
            world["course_a"],
            world["a"],
            starts_on=group.starts_on.isoformat(),
            ends_on=group.ends_on.isoformat(),
            capacity=group.capacity,
            instructors=[world["instructor_a"].pk],
            status=Cohort.Status.CANCELLED,
        ),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    group.refresh_from_db()
    world["enrollment_a"].refresh_from_db()
    assert group.status == Cohort.Status.CANCELLED
    assert world["enrollment_a"].status == Status.WITHDRAWN
    assert group.enrolled_count == 0
    # Reopening is refused on the status field, and nothing changes.
    before = snapshot()
    response = client.post(
        reverse("cohorts:edit", args=[group.pk]),
        cohort_post(
            world["course_a"],
            world["a"],
            name="Reabierto",
            starts_on=group.starts_on.isoformat(),
            ends_on=group.ends_on.isoformat(),
            capacity=group.capacity,
            status=Cohort.Status.OPEN,
        ),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["status"]
    assert snapshot() == before


def test_instructor_sees_only_their_cohorts_and_cannot_edit_them(client, world):
    login(client, world["instructor_a"])
    own, other = world["cohort_a"], world["cohort_a2"]
    content = client.get(reverse("cohorts:index")).content.decode()
    assert reverse("training_roster", kwargs={"cohort_id": own.pk}) in content
    assert reverse("cohorts:inspect", args=[own.pk]) in content
    assert reverse("cohorts:edit", args=[own.pk]) not in content
    assert reverse("training_roster", kwargs={"cohort_id": other.pk}) not in content
    assert world["course_b"].title not in content
    assert reverse("cohorts:add") not in content

    inspect = client.get(reverse("cohorts:inspect", args=[own.pk]))
    assert inspect.status_code == 200
    assert reverse("cohorts:edit", args=[own.pk]) not in inspect.content.decode()
    assert client.get(roster(own)).status_code == 200

    before = snapshot()
    assert_refused(client.get(reverse("cohorts:edit", args=[own.pk])))
    assert_refused(
        client.post(
            reverse("cohorts:edit", args=[own.pk]),
            cohort_post(world["course_a"], world["a"], name="Hijacked"),
        )
    )
    assert_refused(client.get(reverse("cohorts:add")))
    assert_refused(client.post(reverse("cohorts:add"), cohort_post(world["course_a"], world["a"])))
    assert_refused(client.post(reverse("cohorts:delete", args=[own.pk])))
    for status in ("open", "closed", "cancelled"):
        assert_refused(client.post(status_url(own, status)))
    # Visible in the cluster but not theirs: not found.
    assert_not_found(client.get(roster(other)))
    assert snapshot() == before


def test_instructor_manages_the_roster_of_their_cohort(client, world):
    login(client, world["instructor_a"])
    enrollment = world["enrollment_a"]
    response = client.post(
        roster_action("status", world["cohort_a"], enrollment), {"status": Status.COMPLETED}
    )
    assert response.status_code == 302
    enrollment.refresh_from_db()
    assert enrollment.status == Status.COMPLETED


def test_menu_shows_cohorts_to_admins_and_instructors_only(
    client, world, django_capture_on_commit_callbacks
):
    index = reverse("cohorts:index")
    for user in (world["admin_a"], world["instructor_a"]):
        login(client, user)
        assert index in client.get(HOME).content.decode()
    coordinator = UserFactory()
    company = world["a"].memberships.first().company
    with django_capture_on_commit_callbacks(execute=True):
        role_grant(
            actor=None,
            user=coordinator,
            cluster=world["a"],
            role=Role.COMPANY_COORDINATOR,
            company=company,
        )
    login(client, coordinator)
    response = client.get(HOME)
    assert response.status_code == 200
    assert index not in response.content.decode()
    assert_refused(client.get(index))
    assert_refused(client.get(roster(world["cohort_a"])))


def test_listing_filters_and_search(client, world):
    login(client, world["admin_a"])
    own, later = world["cohort_a"], world["cohort_a2"]
    net = cohort(world["course_net"], cluster=world["a"], name="Grupo T-MEC")
    index = reverse("cohorts:index")

    def listed(**params):
        content = client.get(index, params).content.decode()
        return {c for c in (own, later, net) if reverse("cohorts:edit", args=[c.pk]) in content}

    assert listed() == {own, later, net}
    assert listed(q=world["course_net"].code) == {net}
    assert listed(q="Yellow") == {own, later}
    assert listed(course=world["course_net"].pk) == {net}
    assert listed(cluster=world["a"].pk) == {own, later, net}
    services.cohort_set_status(actor=None, cohort_id=later.pk, status=Cohort.Status.CLOSED)
    assert listed(status="closed") == {later}
    assert listed(when="upcoming") == {own, later, net}
    assert listed(when="past") == set()


def test_delete_only_a_cohort_nobody_enrolled_in(client, world):
    login(client, world["admin_a"])
    used, empty = world["cohort_a"], world["cohort_a2"]
    before = snapshot()
    assert_refused(client.get(reverse("cohorts:delete", args=[used.pk])))
    assert_refused(client.post(reverse("cohorts:delete", args=[used.pk])))
    assert snapshot() == before
    assert client.get(reverse("cohorts:delete", args=[empty.pk])).status_code == 200
    response = client.post(reverse("cohorts:delete", args=[empty.pk]))
    assert response.status_code == 302
    assert not Cohort.objects.filter(pk=empty.pk).exists()


def test_open_close_and_cancel_enrollment(client, world, mailoutbox):
    login(client, world["admin_a"])
    group = world["cohort_a"]
    back = roster(group) + "?status=enrolled"
    response = client.post(status_url(group, "closed"), {"next": back})
    assert (response.status_code, response["Location"]) == (302, back)
    group.refresh_from_db()
    assert group.status == Cohort.Status.CLOSED
    client.post(status_url(group, "open"))
    group.refresh_from_db()
    assert group.status == Cohort.Status.OPEN

    confirm = client.get(status_url(group, "cancelled"))
    assert confirm.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in confirm.content.decode()
    response = client.post(status_url(group, "cancelled"), {"next": "https://evil.example/"})
    assert response["Location"] == roster(group)  # foreign "next" ignored
    group.refresh_from_db()
    world["enrollment_a"].refresh_from_db()
    assert group.status == Cohort.Status.CANCELLED
    assert world["enrollment_a"].status == Status.WITHDRAWN
    assert group.enrolled_count == 0
    # A cancelled cohort stays cancelled; the refusal is a message.
    response = client.post(status_url(group, "open"), follow=True)
    group.refresh_from_db()
    assert group.status == Cohort.Status.CANCELLED
    assert any("cannot be reopened" in m or "no se puede" in m for m in messages_of(response))


# --- The roster -------------------------------------------------------------------


def test_roster_shows_counts_rows_and_filters(client, world):
    login(client, world["admin_a"])
    group = world["cohort_a"]
    second = enrolled(group)
    waiting = enrolled(group)
    response = client.get(roster(group))
    assert response.status_code == 200
    content = response.content.decode()
    for enrollment in (world["enrollment_a"], second, waiting):
        assert enrollment.trainee.full_name in content
        assert enrollment.trainee.curp in content
    assert (
        response.context["cohort"].enrolled_count,
        response.context["cohort"].waitlist_count,
    ) == (2, 1)
    assert 'for="status-' in content  # every select has its label
    assert (
        reverse("training_roster_export", kwargs={"cohort_id": group.pk, "fmt": "csv"}) in content
    )

    response = client.get(roster(group), {"status": "waitlisted"})
    rows = list(response.context["enrollments"])
    assert rows == [waiting]
    assert rows[0].waitlist_position == 1
    response = client.get(roster(group), {"q": second.trainee.curp})
    assert list(response.context["enrollments"]) == [second]
    assert (
        "status=waitlisted"
        in client.get(roster(group), {"status": "waitlisted"}).context["export_csv_url"]
    )


def test_roster_status_change_keeps_the_filters(client, world):
    login(client, world["admin_a"])
    group, enrollment = world["cohort_a"], world["enrollment_a"]
    waiting = enrolled(group), enrolled(group)
    back = roster(group) + "?status=enrolled&q=P"
    response = client.post(
        roster_action("status", group, enrollment),
        {"status": Status.WITHDRAWN, "note": "Cambio de turno", "next": back},
    )
    assert (response.status_code, response["Location"]) == (302, back)
    enrollment.refresh_from_db()
    group.refresh_from_db()
    assert enrollment.status == Status.WITHDRAWN
    assert (group.enrolled_count, group.waitlist_count) == (2, 0)  # the waiting list moved up
    waiting[1].refresh_from_db()
    assert waiting[1].status == Status.ENROLLED
    change = enrollment.changes.last()
    assert (change.to_status, change.actor, change.note) == (
        Status.WITHDRAWN,
        world["admin_a"],
        "Cambio de turno",
    )
    # A transition that is not allowed is an error message, and nothing changes.
    before = snapshot()
    response = client.post(
        roster_action("status", group, enrollment), {"status": Status.COMPLETED}, follow=True
    )
    assert response.status_code == 200
    assert messages_of(response)
    assert snapshot() == before


def test_roster_move_to_another_cohort_of_the_course(client, world):
    login(client, world["admin_a"])
    source, target, enrollment = world["cohort_a"], world["cohort_a2"], world["enrollment_a"]
    page = client.get(roster(source))
    assert list(page.context["move_targets"]) == [target]
    response = client.post(roster_action("move", source, enrollment), {"to_cohort": target.pk})
    assert response.status_code == 302
    enrollment.refresh_from_db()
    source.refresh_from_db()
    target.refresh_from_db()
    assert (enrollment.cohort, enrollment.status) == (target, Status.ENROLLED)
    assert (source.enrolled_count, target.enrolled_count) == (0, 1)
    # Not to a cohort of another cluster, nor of another course.
    before = snapshot()
    for foreign in (world["cohort_b"], cohort(world["course_net"], cluster=world["a"])):
        before = snapshot()
        response = client.post(
            roster_action("move", target, enrollment), {"to_cohort": foreign.pk}, follow=True
        )
        assert response.status_code == 200
        assert messages_of(response)
        assert snapshot() == before


def test_roster_add_by_email_or_curp(client, world):
    login(client, world["admin_a"])
    group = world["cohort_a"]
    by_email, by_curp = trainee(group), trainee(group)
    response = client.post(roster_action("add", group), {"identifier": by_email.user.email.upper()})
    assert response.status_code == 302
    assert Enrollment.objects.get(trainee=by_email).status == Status.ENROLLED
    client.post(roster_action("add", group), {"identifier": by_curp.curp.lower()})
    assert Enrollment.objects.get(trainee=by_curp).status == Status.WAITLISTED  # 2 seats

    before = snapshot()
    no_profile = UserFactory()
    for identifier, expected in (
        ("nadie@example.com", "nadie@example.com"),
        (no_profile.email, no_profile.email),
        ("XEXX010101HNEXXXA4", "XEXX010101HNEXXXA4"),
        (by_email.user.email, by_email.full_name),  # already on the roster
    ):
        response = client.post(roster_action("add", group), {"identifier": identifier}, follow=True)
        assert any(expected in m for m in messages_of(response)), messages_of(response)
    assert snapshot() == before


def test_roster_import_button_only_when_the_import_view_exists(client, world):
    from django.urls import NoReverseMatch

    login(client, world["admin_a"])
    group = world["cohort_a"]
    response = client.get(roster(group))
    try:
        expected = reverse("training_roster_import", kwargs={"cohort_id": group.pk})
    except NoReverseMatch:
        expected = None
    assert response.context["import_url"] == expected


# --- Nobody reaches another cluster's cohort ----------------------------------------

FOREIGN_URLS = [
    ("get", "list"),
    ("get", "list_results"),
    ("get", "edit"),
    ("post", "edit"),
    ("get", "delete"),
    ("post", "delete"),
    ("get", "inspect"),
    ("get", "history"),
    ("get", "usage"),
    ("get", "roster"),
    ("get", "roster_filtered"),
    ("post", "roster_add"),
    ("post", "roster_status"),
    ("post", "roster_move"),
    ("post", "roster_status_via_own_cohort"),
    ("post", "roster_move_via_own_cohort"),
    ("get", "export_csv"),
    ("get", "export_xlsx"),
    ("get", "status_open"),
    ("post", "status_closed"),
    ("post", "status_cancelled"),
    ("post", "status_open"),
]


def foreign_request(client, world, method, name):
    group, enrollment, own = world["cohort_b"], world["enrollment_b"], world["cohort_a"]
    urls = {
        "list": reverse("cohorts:index"),
        "list_results": reverse("cohorts:index_results"),
        "edit": reverse("cohorts:edit", args=[group.pk]),
        "delete": reverse("cohorts:delete", args=[group.pk]),
        "inspect": reverse("cohorts:inspect", args=[group.pk]),
        "history": reverse("cohorts:history", args=[group.pk]),
        "usage": reverse("cohorts:usage", args=[group.pk]),
        "roster": roster(group),
        "roster_filtered": roster(group) + "?status=enrolled",
        "roster_add": roster_action("add", group),
        "roster_status": roster_action("status", group, enrollment),
        "roster_move": roster_action("move", group, enrollment),
        "roster_status_via_own_cohort": roster_action("status", own, enrollment),
        "roster_move_via_own_cohort": roster_action("move", own, enrollment),
        "export_csv": export_url(group, "csv"),
        "export_xlsx": export_url(group, "xlsx"),
        "status_open": status_url(group, "open"),
        "status_closed": status_url(group, "closed"),
        "status_cancelled": status_url(group, "cancelled"),
    }
    data = {
        "edit": cohort_post(world["course_b"], world["b"], name="Hijacked"),
        "roster_add": {"identifier": world["enrollment_a"].trainee.user.email},
        "roster_status": {"status": Status.WITHDRAWN},
        "roster_status_via_own_cohort": {"status": Status.WITHDRAWN},
        "roster_move": {"to_cohort": world["cohort_b2"].pk},
        "roster_move_via_own_cohort": {"to_cohort": world["cohort_a2"].pk},
    }
    if method == "get":
        return client.get(urls[name])
    return client.post(urls[name], data.get(name, {}))


@pytest.mark.parametrize("who", ["admin_a", "instructor_a"])
@pytest.mark.parametrize(("method", "name"), FOREIGN_URLS)
def test_cluster_a_people_cannot_reach_a_cluster_b_cohort(client, world, who, method, name):
    login(client, world[who])
    before = snapshot()
    response = foreign_request(client, world, method, name)
    if name.startswith("list"):
        if who == "instructor_a" or response.status_code == 200:
            assert response.status_code == 200
            content = response.content.decode()
            assert world["course_b"].title not in content
            assert reverse("cohorts:edit", args=[world["cohort_b"].pk]) not in content
            assert roster(world["cohort_b"]) not in content
    else:
        assert_refused(response)
    assert snapshot() == before


def test_network_admin_reaches_every_cohort(client, world):
    from cms.roles import network_admin_group_sync

    admin = UserFactory()
    admin.groups.add(network_admin_group_sync())
    login(client, admin)
    content = client.get(reverse("cohorts:index")).content.decode()
    for group in (world["cohort_a"], world["cohort_b"]):
        assert reverse("cohorts:edit", args=[group.pk]) in content
        assert client.get(roster(group)).status_code == 200
    form = client.get(reverse("cohorts:add")).context["form"]
    assert {world["a"], world["b"]} <= set(form.fields["cluster"].queryset)
    assert {world["course_a"], world["course_b"], world["course_net"]} <= set(
        form.fields["course"].queryset
    )


# --- Query counts ----------------------------------------------------------------------


def test_roster_page_queries_do_not_grow_with_the_roster(
    client, world, django_assert_max_num_queries
):
    login(client, world["admin_a"])

    def build(size):
        group = cohort(world["course_a"], capacity=40, instructors=[world["instructor_a"]])
        for i in range(size):
            enrollment = enrolled(group)
            if i % 3 == 0:  # some rows with a history written by a person
                services.enrollment_set_status(
                    actor=world["admin_a"], enrollment_id=enrollment.pk, status=Status.WITHDRAWN
                )
        return group

    def count(group):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(roster(group))
        assert response.status_code == 200
        return len(queries), len(response.context["enrollments"])

    small, large = build(5), build(30)
    (few, rows_few), (many, rows_many) = count(small), count(large)
    assert (rows_few, rows_many) == (5, 30)
    assert few == many, (few, many)
    for group in (small, large):
        with django_assert_max_num_queries(few):
            client.get(roster(group))


def test_cohort_listing_queries_do_not_grow_with_cohorts(client, world):
    login(client, world["admin_a"])

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("cohorts:index")).status_code == 200
        return len(queries)

    count()  # warm caches
    before = count()
    for _ in range(10):
        cohort(world["course_a"], instructors=[world["instructor_a"]])
    assert count() == before
