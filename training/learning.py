"""Online learning: lessons a trainee marks completed, and the course's assessment.

Both write with the cohort row locked, like every other change to an enrollment,
so that two clicks become one row, a submit never races the instructor's
corrections, and the completion rule (training/completion.py) is applied to
what was just saved. A refused request raises ValidationError with a message
the trainee can act on and writes nothing.

The assessment's questions live on the CoursePage (a StreamField of "question"
blocks); an attempt is graded against the page in the trainee's language, the
one the form was rendered from, and stores answers and results by block id.
The rule (pass mark, attempts allowed) is the cohort's course's, the same the
completion rule reads.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from clusters.models import User
from courses.models import CoursePage, LessonPage

from . import completion, permissions
from .models import AssessmentAttempt, Enrollment, LessonProgress
from .services import _lock

# --- Lessons ------------------------------------------------------------------


def lesson_course(lesson: LessonPage) -> CoursePage | None:
    """The course a lesson belongs to (its parent page), in the lesson's language."""
    parent = lesson.get_parent()
    parent = parent.specific if parent is not None else None
    return parent if isinstance(parent, CoursePage) else None


@transaction.atomic
def lesson_complete(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Mark a lesson (either language) completed for the person's enrollment in its course.

    Completing it again returns the row already there and changes nothing.
    """
    course = lesson_course(lesson)
    if course is None or not lesson.live:
        raise ValidationError(_("This lesson is not published."), code="not_live")
    found = permissions.enrollment_for_course(user, course)
    if found is None:
        raise ValidationError(
            _("Only people taking part in a cohort of this course can mark its lessons completed."),
            code="not_enrolled",
        )
    cohort = _lock(found.cohort_id)
    enrollment = Enrollment.objects.get(pk=found.pk)
    # Withdrawn or moved to another cohort since it was read.
    if enrollment.status not in Enrollment.TAKING_PART or enrollment.cohort_id != cohort.pk:
        raise ValidationError(
            _("Only people taking part in a cohort of this course can mark its lessons completed."),
            code="not_enrolled",
        )
    progress, created = LessonProgress.objects.get_or_create(
        enrollment=enrollment, lesson_key=lesson.translation_key
    )
    if created:
        completion.evaluate_locked(cohort, [enrollment.pk], actor=user)
    return progress


def lesson_is_completed(enrollment: Enrollment, lesson: LessonPage) -> bool:
    return LessonProgress.objects.filter(
        enrollment=enrollment, lesson_key=lesson.translation_key
    ).exists()


# --- The assessment -------------------------------------------------------------


def enrollment_of(user: User, enrollment_id: int) -> Enrollment:
    """One of the person's own enrollments (anyone else's: DoesNotExist, a 404 for views)."""
    return Enrollment.objects.select_related("cohort", "cohort__course", "cohort__cluster").get(
        pk=enrollment_id, trainee__user=user, trainee__user__is_active=True
    )


def assessment_page(enrollment: Enrollment) -> CoursePage:
    """The course page in the active language (the cohort points at the Spanish one)."""
    return enrollment.cohort.course.localized


def is_multiple(question) -> bool:
    """More than one correct choice: the trainee must select all of them."""
    return sum(1 for choice in question.value["choices"] if choice["correct"]) > 1


def _correct(question) -> set[int]:
    return {i for i, choice in enumerate(question.value["choices"]) if choice["correct"]}


def grade(questions, answers: dict[str, list[int]]) -> tuple[dict, dict, int]:
    """(answers kept, results, score 0-100) of the answers given to these questions.

    A question is right when the chosen set is exactly the set of correct choices;
    a question left unanswered is wrong. Answers to unknown questions are ignored.
    """
    kept, results = {}, {}
    for question in questions:
        given = answers.get(question.id) or []
        try:
            chosen = sorted({int(i) for i in given})
        except (TypeError, ValueError):
            raise ValidationError(_("An answer was not understood."), code="invalid") from None
        if any(not 0 <= i < len(question.value["choices"]) for i in chosen):
            raise ValidationError(_("An answer was not understood."), code="invalid")
        if len(chosen) > 1 and not is_multiple(question):
            # One answer only: ticking every choice must not tell which ones are wrong.
            raise ValidationError(_("Choose one answer per question."), code="invalid")
        kept[question.id] = chosen
        results[question.id] = bool(chosen) and set(chosen) == _correct(question)
    total = len(questions)
    right = sum(results.values())
    return kept, results, round(100 * right / total) if total else 0


@transaction.atomic
def assessment_submit(
    *,
    user: User,
    enrollment_id: int,
    number: int,
    answers: dict[str, list[int]],
    course_page: CoursePage,
) -> AssessmentAttempt:
    """Grade and store attempt `number` of the person's own enrollment, then apply the rule.

    `number` is the attempt the form was rendered for (attempts used + 1), so a
    second click or a resubmitted old form is refused as a duplicate instead of
    spending another attempt.
    """
    cohort_id = (
        Enrollment.objects.filter(pk=enrollment_id, trainee__user=user)
        .values_list("cohort_id", flat=True)
        .first()
    )
    if cohort_id is None or not user.is_active:
        raise PermissionDenied
    cohort = _lock(cohort_id)
    enrollment = Enrollment.objects.get(pk=enrollment_id)
    if enrollment.cohort_id != cohort.pk:  # moved to another cohort while we waited
        raise ValidationError(_("Your enrollment just changed; please try again."), code="moved")
    rule = cohort.course
    if course_page.translation_key != rule.translation_key:
        raise ValueError("course_page is not a translation of the cohort's course")
    if enrollment.status not in Enrollment.TAKING_PART:
        raise ValidationError(
            _("Only people taking part in the cohort can take its assessment."),
            code="not_taking_part",
        )
    if not rule.has_assessment or not course_page.questions:
        raise ValidationError(_("This course has no assessment."), code="no_assessment")
    tried = list(
        AssessmentAttempt.objects.filter(enrollment=enrollment).values_list("number", "passed")
    )
    used = len(tried)
    if number != used + 1:
        raise ValidationError(
            _("This attempt was already submitted; here is its result."), code="duplicate"
        )
    if any(passed for _number, passed in tried):
        raise ValidationError(_("You have already passed the assessment."), code="passed")
    if used >= rule.assessment_attempts:
        raise ValidationError(
            ngettext(
                "You have used your only attempt.",
                "You have used all %(n)s attempts.",
                rule.assessment_attempts,
            )
            % {"n": rule.assessment_attempts},
            code="attempts",
        )
    kept, results, score = grade(course_page.questions, answers)
    attempt = AssessmentAttempt.objects.create(
        enrollment=enrollment,
        number=number,
        answers=kept,
        results=results,
        score=score,
        passed=score >= rule.pass_mark,
    )
    completion.evaluate_locked(cohort, [enrollment.pk], actor=user)
    return attempt


@dataclass
class AssessmentState:
    """Where a person stands with a course's assessment, for the pages that show it."""

    attempts: list[AssessmentAttempt]
    allowed: int
    pass_mark: int | None

    @property
    def used(self) -> int:
        return len(self.attempts)

    @property
    def left(self) -> int:
        return max(self.allowed - self.used, 0)

    @property
    def passed(self) -> bool:
        return any(a.passed for a in self.attempts)

    @property
    def best(self) -> int | None:
        return max((a.score for a in self.attempts), default=None)

    @property
    def can_try(self) -> bool:
        return self.left > 0 and not self.passed

    @property
    def next_number(self) -> int:
        return self.used + 1


def assessment_state(enrollment: Enrollment) -> AssessmentState:
    course = enrollment.cohort.course
    return AssessmentState(
        attempts=list(AssessmentAttempt.objects.filter(enrollment=enrollment).order_by("number")),
        allowed=course.assessment_attempts,
        pass_mark=course.pass_mark,
    )


@dataclass
class ReviewedQuestion:
    prompt: str
    right: bool
    multiple: bool
    options: list[dict] = field(default_factory=list)


def attempt_review(
    attempt: AssessmentAttempt, course_page: CoursePage, *, reveal: bool
) -> list[ReviewedQuestion]:
    """Each question of an attempt, right or wrong, with the choices the trainee made.

    While attempts remain, only whole questions are marked right or wrong, so that
    ticking every choice of a question cannot sort its choices; once no attempt is
    left or the assessment is passed (`reveal`), the wrong choices and the correct
    answers are shown too.
    """
    questions = course_page.questions
    if not set(attempt.results) <= {q.id for q in questions}:
        # Graded on the other translation, or the questions were edited since.
        original = CoursePage.objects.get(
            translation_key=course_page.translation_key, locale__language_code="es"
        )
        if set(attempt.results) <= {q.id for q in original.questions}:
            questions = original.questions
    reviewed = []
    for question in questions:
        if question.id not in attempt.results:
            continue
        chosen = set(attempt.answers.get(question.id, []))
        item = ReviewedQuestion(
            prompt=question.value["prompt"],
            right=bool(attempt.results[question.id]),
            multiple=is_multiple(question),
        )
        for index, choice in enumerate(question.value["choices"]):
            item.options.append(
                {
                    "text": choice["text"],
                    "chosen": index in chosen,
                    "wrong": reveal and index in chosen and not choice["correct"],
                    "correct": reveal and bool(choice["correct"]),
                }
            )
        reviewed.append(item)
    return reviewed


# --- Progress ------------------------------------------------------------------------


def progress_for(enrollments) -> dict[int, completion.Facts]:
    """The completion facts of the enrollments taking part, in a few queries for any number."""
    return completion.facts_for_many([e for e in enrollments if e.status in Enrollment.TAKING_PART])


def attach_progress(enrollments) -> None:
    """Each enrollment's facts as `enrollment.progress` (None when not taking part)."""
    facts = progress_for(enrollments)
    for enrollment in enrollments:
        enrollment.progress = facts.get(enrollment.pk)
