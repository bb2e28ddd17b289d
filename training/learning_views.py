"""Trainees' online learning pages: mark a lesson completed, take the assessment, see a result.

Thin: the rules are in training/learning.py. Someone else's enrollment or
attempt is a 404, never a hint that it exists.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import LessonPage

from . import learning
from .models import AssessmentAttempt, Enrollment


@login_required
@require_POST
def lesson_complete(request, page_id: int):
    lesson = LessonPage.objects.live().filter(pk=page_id).first()
    if lesson is None:
        raise Http404
    try:
        learning.lesson_complete(user=request.user, lesson=lesson)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Lesson marked as completed."))
    return redirect(lesson.get_url(request))


def _own_enrollment(request, enrollment_id: int) -> Enrollment:
    try:
        return learning.enrollment_of(request.user, enrollment_id)
    except Enrollment.DoesNotExist as exc:
        raise Http404 from exc


def _answers(request, questions) -> dict[str, list[str]]:
    return {question.id: request.POST.getlist(f"q-{question.id}") for question in questions}


@login_required
def assessment(request, enrollment_id: int):
    """GET: the questions (one fieldset each). POST: grade them and show the result."""
    enrollment = _own_enrollment(request, enrollment_id)
    course = learning.assessment_page(enrollment)
    if not enrollment.cohort.course.has_assessment or not course.questions:
        raise Http404
    if request.method == "POST":
        try:
            number = int(request.POST.get("attempt", ""))
        except ValueError:
            number = 0
        try:
            attempt = learning.assessment_submit(
                user=request.user,
                enrollment_id=enrollment.pk,
                number=number,
                answers=_answers(request, course.questions),
                course_page=course,
            )
        except PermissionDenied as exc:
            raise Http404 from exc
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            latest = enrollment.attempts.order_by("-number").first()
            if exc.code in ("duplicate", "passed", "attempts") and latest is not None:
                return redirect("training_assessment_attempt", enrollment.pk, latest.number)
            return redirect("training_assessment", enrollment.pk)
        return redirect("training_assessment_attempt", enrollment.pk, attempt.number)
    state = learning.assessment_state(enrollment)
    questions = [
        {
            "id": q.id,
            "prompt": q.value["prompt"],
            "multiple": learning.is_multiple(q),
            "choices": q.value["choices"],
        }
        for q in course.questions
    ]
    return render(
        request,
        "training/learning/assessment.html",
        {
            "enrollment": enrollment,
            "course": course,
            "state": state,
            "questions": questions,
            "taking_part": enrollment.status in Enrollment.TAKING_PART,
        },
    )


@login_required
def assessment_attempt(request, enrollment_id: int, number: int):
    """One attempt's score and which questions were wrong (only its owner sees it)."""
    enrollment = _own_enrollment(request, enrollment_id)
    try:
        attempt = enrollment.attempts.get(number=number)
    except AssessmentAttempt.DoesNotExist as exc:
        raise Http404 from exc
    course = learning.assessment_page(enrollment)
    state = learning.assessment_state(enrollment)
    reveal = not state.can_try
    return render(
        request,
        "training/learning/attempt.html",
        {
            "enrollment": enrollment,
            "course": course,
            "attempt": attempt,
            "state": state,
            "reveal": reveal,
            "questions": learning.attempt_review(attempt, course, reveal=reveal),
            "can_try": state.can_try and enrollment.status in Enrollment.TAKING_PART,
        },
    )
