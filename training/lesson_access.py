"""Who reads a lesson's body, and the trainee's part of a lesson page.

A lesson's outline (title, summary, module, reading time, neighbours) is
public; its body is for the people taking part in a cohort of the course, its
instructors and its staff (`permissions.can_read_lessons`). Wagtail calls
`lesson_access` before serving any page (`before_serve_page`); for a lesson it
sets `request.lesson_access`, which LessonPage.get_context reads, so courses/
never imports training/.

Lesson pages are not in the anonymous page cache (LessonPage does not set
`cache_for_anonymous`), and even if they were, core/page_cache.py only stores
responses to signed-out visitors, who never get the body. A response that
carries the body is also marked private for browsers and proxies
(`private_lesson_responses`).
"""

from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

from courses.models import LessonPage

from . import completion, learning, permissions


def lesson_access(page, request, serve_args, serve_kwargs):
    """`before_serve_page`: decide once whether this request may read the lesson's body."""
    if not isinstance(page.specific_deferred, LessonPage):
        return None
    lesson = page.specific
    course = learning.lesson_course(lesson)
    if course is None:
        request.lesson_access = False
        return None
    enrollment = permissions.enrollment_for_course(request.user, course)
    request.lesson_course = course
    request.lesson_enrollment = enrollment
    # Same answer as permissions.can_read_lessons, without asking for the enrollment twice.
    request.lesson_access = enrollment is not None or permissions.can_read_lessons(
        request.user, course
    )
    return None


def private_lesson_responses(serve):
    """`on_serve_page`: a lesson served with its body is nobody else's to cache."""

    def wrapper(page, request, args, kwargs):
        response = serve(page, request, args, kwargs)
        if getattr(request, "lesson_access", False) and request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response

    return wrapper


def lesson_progress_section(*, page, request) -> str:
    """`lesson_page_sections`: "Mark this lesson as completed" and the course's progress.

    Only for someone with an enrollment in the course; staff and instructors
    reading the lesson see nothing here.
    """
    enrollment = getattr(request, "lesson_enrollment", None)
    if enrollment is None or not getattr(request, "lesson_access", False):
        return ""
    facts = completion.facts_for(enrollment.cohort, [enrollment])[enrollment.pk]
    return render_to_string(
        "training/learning/lesson_progress.html",
        {
            "lesson": page,
            "course": request.lesson_course,
            "enrollment": enrollment,
            "facts": facts,
            "done": learning.lesson_is_completed(enrollment, page),
        },
        request=request,
    )
