"""Online learning on a phone, end to end in a real browser (issue 5).

A trainee enrolled in an online course (no sessions, no minimum hours) reads
its lessons and marks each completed, takes the assessment, fails once (the
result says which answers were wrong, without giving the right ones away),
passes on the second attempt, and finds the course completed on "My learning".

The pages are the English ones (the browser asks for en-US); every URL comes
from reverse() in English, never typed.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Page, expect

from tests.courses.factories import translate
from tests.training.factories import cohort, enrolled, online_course, trainee
from training.models import AssessmentAttempt, Enrollment, LessonProgress

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "Correct-Horse-9"  # UserFactory's password
PHONE = {"width": 390, "height": 844}
TITLE_EN = "Six Sigma online: Define and Measure"


def url_of(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args or None)


def english(page, **fields):
    translated = translate(page, **fields)
    translated.refresh_from_db()  # its URL path changed with the slug when it was published
    return translated


def test_trainee_reads_lessons_passes_the_assessment_and_completes(
    page: Page, live_server, home, screenshot
):
    page.set_viewport_size(PHONE)
    base = live_server.url
    course = online_course(home, title="Six Sigma en línea: Definir y Medir")
    course_en = english(course, title=TITLE_EN, slug="six-sigma-online")
    first, second = course.get_children().specific().order_by("path")
    english(
        first,
        title="Voice of the customer",
        slug="voice-of-the-customer",
        body=[("paragraph", "<p>Listen to the customer first.</p>")],
    )
    english(
        second,
        title="Measurement systems",
        slug="measurement-systems",
        body=[("paragraph", "<p>Check the gauge before the process.</p>")],
    )
    group = cohort(course, modality="online", online_url="https://meet.example.com/ss")
    profile = trainee(group, given_names="Diana", paternal_surname="Treviño")
    profile.user.language = "en"
    profile.user.save(update_fields=["language"])
    enrollment = enrolled(group, profile)
    main = page.locator("main")
    messages = page.locator(".messages")

    # 1. She logs in and lands on the course: her progress, nothing done yet.
    page.goto(f"{base}{url_of('account_login')}?next={course_en.url}")
    page.get_by_label("Email").fill(profile.user.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{base}{course_en.url}")
    progress = main.locator("section.course-progress")
    expect(progress.get_by_role("heading", name="Your progress")).to_be_visible()
    expect(progress).to_contain_text("Online lessons: 0 of 2 completed")
    expect(progress).to_contain_text("Assessment: not taken yet; the pass mark is 50%.")
    screenshot("learning-course-progress")

    # 2. The first lesson: she reads it and marks it completed.
    main.get_by_role("link", name="Voice of the customer").click()
    expect(main).to_contain_text("Listen to the customer first.")
    main.get_by_role("button", name="Mark this lesson as completed").click()
    expect(messages).to_contain_text("Lesson marked as completed.")
    lesson_box = main.locator("section.lesson-progress")
    expect(lesson_box).to_contain_text("Completed ✓")
    expect(lesson_box).to_contain_text("1 of 2 lessons of this course completed.")
    screenshot("learning-lesson-completed")

    # 3. The next one, then the assessment.
    main.get_by_role("link", name=re.compile("Measurement systems")).click()
    expect(main).to_contain_text("Check the gauge before the process.")
    main.get_by_role("button", name="Mark this lesson as completed").click()
    expect(lesson_box).to_contain_text("2 of 2 lessons of this course completed.")
    assert LessonProgress.objects.filter(enrollment=enrollment).count() == 2
    lesson_box.get_by_role("link", name="Take the assessment").click()
    expect(main.get_by_role("heading", level=1)).to_contain_text("Assessment")
    expect(main).to_contain_text("You have 2 attempts left.")
    expect(main.get_by_text("Select all that apply.")).to_have_count(1)
    screenshot("learning-assessment-form")

    # 4. A first attempt, all wrong: whole questions are marked, no choice is sorted.
    main.get_by_label("Diseñar").check()
    main.get_by_label("Diseño de experimentos").check()
    main.get_by_role("button", name="Submit attempt 1").click()
    result = main.locator(".attempt-result")
    expect(result).to_contain_text("Your score: 0%")
    expect(result).to_contain_text("You did not pass this time.")
    expect(main.locator(".review__question--wrong")).to_have_count(2)
    expect(main.locator("strong", has_text="not correct")).to_have_count(0)
    expect(main.locator("strong", has_text="correct answer")).to_have_count(0)
    screenshot("learning-attempt-failed")
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ENROLLED

    # 5. Try again, and pass.
    result.get_by_role("link", name="Try again").click()
    expect(main).to_contain_text("You have 1 attempt left.")
    main.get_by_label("Definir").check()
    main.get_by_label("Análisis del sistema de medición").check()
    main.get_by_label("Capacidad del proceso").check()
    main.get_by_role("button", name="Submit attempt 2").click()
    expect(result).to_contain_text("Your score: 100%")
    expect(result).to_contain_text("You passed the assessment.")
    expect(result.get_by_role("link", name="Try again")).to_have_count(0)
    screenshot("learning-attempt-passed")
    assert list(AssessmentAttempt.objects.values_list("number", "score")) == [(1, 0), (2, 100)]

    # 6. "My learning": the course is finished, completed.
    result.get_by_role("link", name="See my learning").click()
    expect(page).to_have_url(f"{base}{url_of('my_learning')}")
    finished = main.locator("section[aria-labelledby=finished-title]")
    item = finished.locator("li.enrollment", has_text=TITLE_EN)
    expect(item.locator(".badge")).to_have_text("Completed")
    expect(item).to_contain_text("Online lessons: 2 of 2 completed")
    expect(item).to_contain_text("best score 100%")
    screenshot("learning-my-learning-completed")
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
