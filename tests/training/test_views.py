"""Trainee and coordinator pages: the cohorts of a course page, enrolling, my learning, my company."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.clusters.factories import UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import course_page
from tests.training.factories import cohort, coordinator_of, enrolled, trainee
from training.models import Cohort, Enrollment

pytestmark = pytest.mark.django_db
S = Enrollment.Status


@pytest.fixture
def course(home):
    return course_page(cluster_page(home), title="Green Belt Six Sigma")


def test_anonymous_visitors_see_cohorts_with_seats_and_a_login_link(client, course):
    cohort(course, capacity=12, location="Sala Juriquilla")
    response = client.get(course.url)
    assert "Sala Juriquilla" in response.text
    assert "12 seats left" in response.text or "12 lugares" in response.text
    assert reverse("account_login") in response.text
    assert "csrfmiddlewaretoken" not in response.text


def test_an_enrollment_refreshes_the_seats_of_the_cached_page(
    client, course, django_capture_on_commit_callbacks
):
    group = cohort(course, capacity=12)
    assert client.get(course.url)["X-Page-Cache"] == "miss"
    assert client.get(course.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        enrolled(group)
    again = client.get(course.url)
    assert again["X-Page-Cache"] == "miss"
    assert "11 seats left" in again.text or "11 lugares" in again.text


def test_invited_only_cohorts_are_hidden_from_others(client, course):
    cohort(course, visibility=Cohort.Visibility.INVITED, location="Planta secreta")
    assert "Planta secreta" not in client.get(course.url).text
    person = trainee(cohort(course))
    client.force_login(person.user)
    assert "Planta secreta" not in client.get(course.url).text


def test_a_trainee_enrolls_with_one_click_and_withdraws(
    client, course, mailoutbox, django_capture_on_commit_callbacks
):
    group = cohort(course)
    person = trainee(group)
    client.force_login(person.user)
    page = client.get(course.url)
    assert reverse("cohort_enroll", args=[group.pk]) in page.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("cohort_enroll", args=[group.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("my_learning")
    assert "Green Belt Six Sigma" in response.text
    enrollment = Enrollment.objects.get(trainee=person)
    assert enrollment.status == S.ENROLLED
    # The confirmation carries a calendar invitation for the cohort's dates.
    message = mailoutbox[-1]
    assert message.to == [person.user.email]
    _, content, _ = message.attachments[0]
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert Calendar.from_ical(content)["METHOD"] == "REQUEST"
    assert event.decoded("DTSTART") == group.starts_on
    assert "Green Belt" in str(event["SUMMARY"])
    assert str(event["UID"]).startswith(f"cohort-{group.uid}@")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("enrollment_withdraw", args=[enrollment.pk]))
    enrollment.refresh_from_db()
    assert enrollment.status == S.WITHDRAWN
    cancel = Calendar.from_ical(mailoutbox[-1].attachments[0][1])
    assert cancel["METHOD"] == "CANCEL"
    assert str(cancel.walk("VEVENT")[0]["UID"]) == str(event["UID"])


def test_emails_are_written_in_the_recipients_language(
    course, mailoutbox, django_capture_on_commit_callbacks
):
    group = cohort(course)
    person = trainee(group)
    person.user.language = "en"
    person.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        enrolled(group, person)
    assert mailoutbox[-1].subject.startswith("You are enrolled")


def test_a_full_cohort_offers_the_waitlist_and_shows_the_position(client, course):
    group = cohort(course, capacity=1)
    enrolled(group)
    person = trainee(group)
    client.force_login(person.user)
    assert (
        "waiting list" in client.get(course.url).text.lower()
        or "lista de espera" in client.get(course.url).text.lower()
    )
    client.post(reverse("cohort_enroll", args=[group.pk]))
    page = client.get(reverse("my_learning"))
    assert "posición 1 en la lista de espera" in page.text


def test_refusals_are_explained(client, course):
    yellow = course_page(course.get_parent(), title="Yellow Belt")
    course.prerequisites.add(yellow)
    course.save_revision().publish()
    group = cohort(course)
    person = trainee(group)
    client.force_login(person.user)
    page = client.get(course.url)
    assert "Yellow Belt" in page.text
    assert yellow.url in page.text
    response = client.post(
        reverse("cohort_enroll", args=[group.pk]), HTTP_REFERER=course.url, follow=True
    )
    assert "Yellow Belt" in response.text
    assert not Enrollment.objects.exists()


def test_people_without_a_profile_are_sent_to_fill_it_in(client, course):
    group = cohort(course)
    client.force_login(UserFactory())
    response = client.post(reverse("cohort_enroll", args=[group.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("profile"))
    assert not Enrollment.objects.exists()


def test_unknown_cohort_is_404_and_get_is_not_allowed(client, course):
    person = trainee(cohort(course))
    client.force_login(person.user)
    assert client.post(reverse("cohort_enroll", args=[999999])).status_code == 404
    assert client.get(reverse("cohort_enroll", args=[999999])).status_code == 405


def test_nobody_withdraws_someone_else(client, course):
    group = cohort(course)
    theirs = enrolled(group)
    me = trainee(group)
    client.force_login(me.user)
    assert client.post(reverse("enrollment_withdraw", args=[theirs.pk])).status_code == 404
    assert Enrollment.objects.get(pk=theirs.pk).status == S.ENROLLED


def _queries(client, url, django_assert_max_num_queries) -> int:
    client.get(url)  # warm menus and choices
    with django_assert_max_num_queries(40) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_course_page_queries_do_not_grow_with_cohorts(
    client, course, django_assert_max_num_queries
):
    person = trainee(cohort(course))
    enrolled(Cohort.objects.get(), person)
    client.force_login(person.user)
    few = _queries(client, course.url, django_assert_max_num_queries)
    for _ in range(8):
        enrolled(cohort(course))
    assert _queries(client, course.url, django_assert_max_num_queries) == few


def test_my_learning_queries_do_not_grow(client, home, django_assert_max_num_queries):
    first = cohort(home=home)
    person = trainee(first)
    enrolled(first, person)
    client.force_login(person.user)
    few = _queries(client, reverse("my_learning"), django_assert_max_num_queries)
    for _ in range(10):
        enrolled(cohort(home=home), person)
    assert _queries(client, reverse("my_learning"), django_assert_max_num_queries) == few


def test_a_coordinator_approves_requests_of_their_company_only(client, course):
    group = cohort(course)
    mine = trainee(group)
    mine.company.requires_enrollment_approval = True
    mine.company.save()
    other = trainee(group)
    other.company.requires_enrollment_approval = True
    other.company.save()
    client.force_login(mine.user)
    client.post(reverse("cohort_enroll", args=[group.pk]))
    client.force_login(other.user)
    client.post(reverse("cohort_enroll", args=[group.pk]))
    coordinator = coordinator_of(mine)
    client.force_login(coordinator)
    page = client.get(reverse("company_requests"))
    assert mine.full_name in page.text and other.full_name not in page.text
    theirs = Enrollment.objects.get(trainee=other)
    assert (
        client.post(
            reverse("company_decide", args=[theirs.pk]), {"decision": "approve"}
        ).status_code
        == 404
    )
    ours = Enrollment.objects.get(trainee=mine)
    client.post(reverse("company_decide", args=[ours.pk]), {"decision": "approve"})
    assert Enrollment.objects.get(pk=ours.pk).status == S.ENROLLED
    assert Enrollment.objects.get(pk=theirs.pk).status == S.PENDING


def test_a_coordinator_enrolls_colleagues_in_bulk(client, course):
    group = cohort(course)
    first = trainee(group)
    second = trainee(group, company=first.company)
    coordinator = coordinator_of(first)
    client.force_login(coordinator)
    page = client.get(reverse("company_requests"))
    assert second.full_name in page.text
    client.post(reverse("company_enroll"), {"cohort": group.pk, "people": [first.pk, second.pk]})
    assert Enrollment.objects.filter(cohort=group, status=S.ENROLLED).count() == 2


def test_trainees_cannot_open_the_company_page(client, course):
    person = trainee(cohort(course))
    client.force_login(person.user)
    assert client.get(reverse("company_requests")).status_code == 403
    assert client.post(reverse("company_enroll"), {}).status_code == 403
