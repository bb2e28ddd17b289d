"""Online learning: lessons marked completed, the assessment, and the progress trainees see."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from courses.models import CoursePage
from tests.cms.factories import cluster_page
from tests.courses.factories import course_page, translate
from tests.training.factories import (
    SessionFactory,
    answers_for,
    cohort,
    enrolled,
    online_course,
    trainee,
)
from training import learning
from training.models import AssessmentAttempt, Enrollment, EnrollmentChange, LessonProgress

pytestmark = pytest.mark.django_db
S = Enrollment.Status


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def course(home):
    return online_course(cluster_page(home))


@pytest.fixture
def group(course):
    return cohort(course, modality="online", online_url="https://meet.example.com/dmaic")


@pytest.fixture
def enrollment(group):
    return enrolled(group)


def english_of(page, slug):
    """The page's English translation, fresh (its URL changed with the slug when published)."""
    english = translate(page, slug=slug)
    english.refresh_from_db()
    return english


def lessons_of(course):
    return list(course.get_children().live().specific().order_by("path"))


def submit(enrollment, course, *, right=True, number=None, **kwargs):
    return learning.assessment_submit(
        user=kwargs.pop("user", enrollment.trainee.user),
        enrollment_id=enrollment.pk,
        number=number or enrollment.attempts.count() + 1,
        answers=kwargs.pop("answers", None) or answers_for(course, right=right),
        course_page=kwargs.pop("course_page", course),
    )


def snapshot(enrollment):
    """Everything a refused request must leave as it was."""
    enrollment.refresh_from_db()
    return (
        enrollment.status,
        AssessmentAttempt.objects.count(),
        LessonProgress.objects.count(),
        EnrollmentChange.objects.count(),
    )


# --- Services: lessons -----------------------------------------------------------------


def test_completing_a_lesson_twice_is_one_row(course, enrollment):
    lesson = lessons_of(course)[0]
    user = enrollment.trainee.user
    first = learning.lesson_complete(user=user, lesson=lesson)
    again = learning.lesson_complete(user=user, lesson=lesson)
    assert first.pk == again.pk
    assert LessonProgress.objects.filter(enrollment=enrollment).count() == 1
    assert first.lesson_key == lesson.translation_key


def test_a_lesson_read_in_english_counts_for_the_spanish_cohort(course, enrollment):
    english_course = english_of(course, "online-course")
    lesson = lessons_of(course)[0]
    english = english_of(lesson, "lesson-one")
    learning.lesson_complete(user=enrollment.trainee.user, lesson=english)
    facts = learning.progress_for([enrollment])[enrollment.pk]
    assert (facts.lessons_done, facts.lessons_total) == (1, 2)
    assert english_course.translation_key == course.translation_key


@pytest.mark.parametrize("who", ["stranger", "waitlisted", "withdrawn"])
def test_only_people_taking_part_mark_lessons(course, group, enrollment, who):
    lesson = lessons_of(course)[0]
    if who == "stranger":
        user = trainee(group).user
    elif who == "waitlisted":
        full = cohort(course, capacity=1)
        enrolled(full)
        waiting = enrolled(full)
        assert waiting.status == S.WAITLISTED
        user = waiting.trainee.user
    else:
        Enrollment.objects.filter(pk=enrollment.pk).update(status=S.WITHDRAWN)
        user = enrollment.trainee.user
    before = snapshot(enrollment)
    with pytest.raises(ValidationError):
        learning.lesson_complete(user=user, lesson=lesson)
    assert snapshot(enrollment) == before


# --- Services: the assessment -------------------------------------------------------------


def test_grading_single_and_multiple_answers(course):
    first, second = course.questions
    cases = [
        ({first.id: [0], second.id: [0, 2]}, 100),
        ({first.id: [0], second.id: [0]}, 50),  # a multiple answer half chosen is wrong
        ({first.id: [0], second.id: [0, 1, 2]}, 50),  # and one too many is wrong
        ({first.id: [0]}, 50),  # unanswered is wrong
        ({}, 0),
    ]
    for answers, score in cases:
        _kept, results, got = learning.grade(course.questions, answers)
        assert got == score, answers
        assert set(results) == {first.id, second.id}
    with pytest.raises(ValidationError):
        learning.grade(course.questions, {first.id: [7]})
    # Ticking every choice of a one-answer question would sort its choices: refused.
    with pytest.raises(ValidationError, match="one answer"):
        learning.grade(course.questions, {first.id: [0, 1], second.id: [2, 0]})


def test_an_attempt_stores_answers_and_results_by_question(course, enrollment):
    first, second = course.questions
    attempt = submit(enrollment, course, answers={first.id: [0], second.id: [1]})
    assert (attempt.number, attempt.score, attempt.passed) == (1, 50, True)
    assert attempt.answers == {first.id: [0], second.id: [1]}
    assert attempt.results == {first.id: True, second.id: False}


def test_all_lessons_and_a_pass_complete_an_online_enrollment(
    course, enrollment, django_capture_on_commit_callbacks
):
    user = enrollment.trainee.user
    for lesson in lessons_of(course):
        learning.lesson_complete(user=user, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.status == S.ENROLLED  # the assessment is still missing
    assert not submit(enrollment, course, right=False).passed
    enrollment.refresh_from_db()
    assert enrollment.status == S.ENROLLED
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(enrollment, course).passed
    enrollment.refresh_from_db()
    assert enrollment.status == S.COMPLETED
    assert enrollment.completed_at is not None


def test_a_pass_before_the_lessons_completes_with_the_last_lesson(course, enrollment):
    user = enrollment.trainee.user
    submit(enrollment, course)
    first, second = lessons_of(course)
    learning.lesson_complete(user=user, lesson=first)
    enrollment.refresh_from_db()
    assert enrollment.status == S.ENROLLED
    learning.lesson_complete(user=user, lesson=second)
    enrollment.refresh_from_db()
    assert enrollment.status == S.COMPLETED


def test_grading_uses_the_page_in_the_trainees_language(course, enrollment):
    english = english_of(course, "online-course")
    english = CoursePage.objects.get(pk=english.pk)
    attempt = submit(enrollment, course, course_page=english, answers=answers_for(english))
    assert attempt.score == 100
    assert set(attempt.results) == {q.id for q in english.questions}


def refusal(kind, course, group, enrollment):
    """(enrollment, user, kwargs) of a submit that must be refused."""
    user = enrollment.trainee.user
    if kind == "attempts used up":
        submit(enrollment, course, right=False)
        submit(enrollment, course, right=False)
        return enrollment, user, {"number": 3}
    if kind == "double submit":
        submit(enrollment, course, right=False)
        return enrollment, user, {"number": 1}
    if kind == "already passed":
        submit(enrollment, course)
        return enrollment, user, {"number": 2}
    if kind == "someone else's enrollment":
        return enrollment, trainee(group).user, {"number": 1}
    if kind == "withdrawn":
        Enrollment.objects.filter(pk=enrollment.pk).update(status=S.WITHDRAWN)
        return enrollment, user, {"number": 1}
    if kind == "no assessment":
        plain = course_page(course.get_parent())
        other = enrolled(cohort(plain))
        return other, other.trainee.user, {"number": 1, "course_page": plain}
    raise AssertionError(kind)


REFUSALS = {
    "attempts used up": "You have used all 2 attempts.",
    "double submit": "already submitted",
    "already passed": "You have already passed",
    "someone else's enrollment": None,
    "withdrawn": "Only people taking part",
    "no assessment": "This course has no assessment.",
}


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_every_refusal_changes_nothing(kind, course, group, enrollment):
    target, user, kwargs = refusal(kind, course, group, enrollment)
    before = snapshot(target)
    expected = PermissionDenied if REFUSALS[kind] is None else ValidationError
    with pytest.raises(expected) as error:
        learning.assessment_submit(
            user=user,
            enrollment_id=target.pk,
            number=kwargs["number"],
            answers=answers_for(course),
            course_page=kwargs.get("course_page", course),
        )
    if REFUSALS[kind]:
        assert REFUSALS[kind] in " ".join(error.value.messages)
    if kind == "double submit":
        assert error.value.code == "duplicate"
    assert snapshot(target) == before


# --- Pages: the assessment ---------------------------------------------------------------


def test_the_assessment_form(client, course, enrollment):
    client.force_login(enrollment.trainee.user)
    page = client.get(reverse("training_assessment", args=[enrollment.pk]))
    text = page.text
    first, second = course.questions
    assert text.count("<fieldset") == 2 and text.count("<legend>") == 2
    assert f'type="radio" name="q-{first.id}"' in text
    assert f'type="checkbox" name="q-{second.id}"' in text
    assert text.count("Select all that apply.") == 1
    assert 'name="attempt" value="1"' in text
    assert "You pass with 50% of them right." in text
    assert "You have 2 attempts left." in text


def test_a_failed_attempt_shows_what_was_wrong_but_not_the_answers(client, course, enrollment):
    client.force_login(enrollment.trainee.user)
    first, second = course.questions
    url = reverse("training_assessment", args=[enrollment.pk])
    response = client.post(url, {"attempt": "1", f"q-{first.id}": "1", f"q-{second.id}": "0"})
    result = reverse("training_assessment_attempt", args=[enrollment.pk, 1])
    assert response.status_code == 302 and response.url == result
    page = client.get(result).text
    assert "Your score: 0%" in page and "You did not pass this time." in page
    assert page.count(">Wrong<") == 2
    # Only whole questions are marked while attempts remain: no choice is sorted out.
    assert "<strong>not correct</strong>" not in page
    assert "<strong>correct answer</strong>" not in page  # attempts remain: answers stay hidden
    assert "Try again" in page and "You have 1 attempt left." in page


def test_the_last_attempt_reveals_the_answers(client, course, enrollment):
    submit(enrollment, course, right=False)
    client.force_login(enrollment.trainee.user)
    client.post(reverse("training_assessment", args=[enrollment.pk]), {"attempt": "2"})
    page = client.get(reverse("training_assessment_attempt", args=[enrollment.pk, 2])).text
    assert "Your score: 0%" in page and "No attempts left." in page
    assert page.count("<strong>correct answer</strong>") == 3
    assert "Try again" not in page
    form = client.get(reverse("training_assessment", args=[enrollment.pk])).text
    assert "You have used all 2 attempts." in form and "<fieldset" not in form


def test_a_double_submit_is_one_attempt(client, course, enrollment):
    client.force_login(enrollment.trainee.user)
    url = reverse("training_assessment", args=[enrollment.pk])
    answers = {"attempt": "1", f"q-{course.questions[0].id}": "0"}
    client.post(url, answers)
    again = client.post(url, answers, follow=True)
    assert AssessmentAttempt.objects.filter(enrollment=enrollment).count() == 1
    assert again.redirect_chain[-1][0] == reverse(
        "training_assessment_attempt", args=[enrollment.pk, 1]
    )
    assert "This attempt was already submitted" in again.text


def test_a_passing_attempt_says_so(client, course, enrollment):
    client.force_login(enrollment.trainee.user)
    first, second = course.questions
    response = client.post(
        reverse("training_assessment", args=[enrollment.pk]),
        {"attempt": "1", f"q-{first.id}": "0", f"q-{second.id}": ["0", "2"]},
        follow=True,
    )
    assert "Your score: 100%" in response.text and "You passed the assessment." in response.text
    assert "Try again" not in response.text


def test_only_the_owner_sees_the_assessment_and_attempts(client, course, group, enrollment):
    submit(enrollment, course, right=False)
    client.force_login(trainee(group).user)
    form = reverse("training_assessment", args=[enrollment.pk])
    assert client.get(form).status_code == 404
    assert client.post(form, {"attempt": "2"}).status_code == 404
    assert (
        client.get(reverse("training_assessment_attempt", args=[enrollment.pk, 1])).status_code
        == 404
    )
    assert AssessmentAttempt.objects.count() == 1
    client.force_login(enrollment.trainee.user)
    assert (
        client.get(reverse("training_assessment_attempt", args=[enrollment.pk, 9])).status_code
        == 404
    )


def test_a_course_without_assessment_has_no_assessment_page(client, home):
    other = enrolled(cohort(course_page(home)))
    client.force_login(other.trainee.user)
    assert client.get(reverse("training_assessment", args=[other.pk])).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, enrollment):
    response = client.get(reverse("training_assessment", args=[enrollment.pk]))
    assert response.status_code == 302 and reverse("account_login") in response.url


# --- Pages: lessons and progress -------------------------------------------------------------


def test_marking_a_lesson_completed_from_its_page(client, course, enrollment):
    english_course = english_of(course, "online-course")
    first = lessons_of(course)[0]
    english = english_of(first, "lesson-one")
    assert english.get_parent().pk == english_course.pk
    client.force_login(enrollment.trainee.user)
    page = client.get(english.url).text
    assert "Mark this lesson as completed" in page
    assert "0 of 2 lessons of this course completed." in page
    response = client.post(reverse("training_lesson_complete", args=[english.pk]), follow=True)
    assert response.redirect_chain[-1][0] == english.url
    assert "Lesson marked as completed." in response.text
    assert "Completed ✓" in response.text and "Mark this lesson as completed" not in response.text
    assert "1 of 2 lessons of this course completed." in response.text
    client.post(reverse("training_lesson_complete", args=[english.pk]))
    assert LessonProgress.objects.filter(enrollment=enrollment).count() == 1


def test_marking_a_lesson_needs_an_enrollment(client, course, group):
    lesson = lessons_of(course)[0]
    client.force_login(trainee(group).user)
    response = client.post(reverse("training_lesson_complete", args=[lesson.pk]), follow=True)
    assert "Only people taking part" in response.text
    assert not LessonProgress.objects.exists()
    assert client.get(reverse("training_lesson_complete", args=[lesson.pk])).status_code == 405
    assert client.post(reverse("training_lesson_complete", args=[999999])).status_code == 404


def test_the_course_page_shows_the_trainees_progress(client, course, group, enrollment):
    english = english_of(course, "online-course")
    learning.lesson_complete(user=enrollment.trainee.user, lesson=lessons_of(course)[0])
    assert "Your progress" not in client.get(english.url).text
    client.force_login(trainee(group).user)
    assert "Your progress" not in client.get(english.url).text
    client.force_login(enrollment.trainee.user)
    page = client.get(english.url).text
    assert "Your progress" in page
    assert "Online lessons: 1 of 2 completed" in page
    assert "Assessment: not taken yet; the pass mark is 50%." in page  # what is missing
    assert reverse("training_assessment", args=[enrollment.pk]) in page
    assert "Attendance" not in page.split("Your progress")[1].split("</section>")[0]


def test_the_course_page_shows_attendance_for_a_course_with_sessions(client, home):
    course = course_page(home, min_hours=2, hours=4)
    group = cohort(course)
    SessionFactory(cohort=group)
    enrollment = enrolled(group)
    client.force_login(enrollment.trainee.user)
    english = english_of(course, "with-sessions")
    page = client.get(english.url).text
    assert "Attendance: 0%" in page and "0.0 h attended" in page and "2 h required" in page
    assert "Hours attended: 0.0 of the 2 required." in page


def test_my_learning_shows_progress_and_the_outcome(client, course, enrollment):
    user = enrollment.trainee.user
    for lesson in lessons_of(course):
        learning.lesson_complete(user=user, lesson=lesson)
    client.force_login(user)
    page = client.get(reverse("my_learning")).text
    current = page.split('id="current-title"')[1].split("</section>")[0]
    assert "Online lessons: 2 of 2 completed" in current
    assert "Take the assessment" in current
    assert "Assessment: not taken yet" in current
    submit(enrollment, course)
    page = client.get(reverse("my_learning")).text
    finished = page.split('id="finished-title"')[1].split("</section>")[0]
    assert "Completed" in finished and "best score 100%" in finished
    assert "See my results" in finished


def test_participation_is_listed_as_finished(client, course, enrollment):
    Enrollment.objects.filter(pk=enrollment.pk).update(status=S.PARTICIPATED)
    client.force_login(enrollment.trainee.user)
    page = client.get(reverse("my_learning")).text
    assert "Participation" in page.split('id="finished-title"')[1]


def _my_learning_queries(client, django_assert_max_num_queries) -> int:
    url = reverse("my_learning")
    client.get(url)
    with django_assert_max_num_queries(40) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_my_learning_queries_do_not_grow_with_progress(
    client, home, course, django_assert_max_num_queries
):
    person = trainee(cohort(course))
    first = enrolled(cohort(course), person)
    learning.lesson_complete(user=person.user, lesson=lessons_of(course)[0])
    submit(first, course, right=False)
    client.force_login(person.user)
    few = _my_learning_queries(client, django_assert_max_num_queries)
    for n in range(5):
        other = online_course(home, title=f"Otro {n}")
        enrollment = enrolled(cohort(other), person)
        SessionFactory(cohort=enrollment.cohort)
        learning.lesson_complete(user=person.user, lesson=lessons_of(other)[0])
        submit(enrollment, other, right=False)
    assert _my_learning_queries(client, django_assert_max_num_queries) == few
