"""Whether a trainee has really been trained: the course's completion rule, in one place.

The rule lives on the CoursePage (minimum attendance %, minimum hours, lessons
completed, assessment pass mark). `facts_for` measures every part of it for a
cohort's enrollments in a fixed number of queries (the cohort matrix reads the
same facts); `evaluate` applies it to one enrollment and is idempotent, so it
runs whenever an input changes: attendance saved, lesson completed, attempt
submitted, session cancelled, cohort finished.

- Meeting the whole rule completes an enrollment at once, even mid-cohort.
- When the cohort is finished (FINISHED), the rest is decided: people who attended
  enough (attendance % and hours) but missed the assessment or the lessons get
  participation where the course grants it; everyone else is not completed.
- While the cohort runs, a decided outcome that no longer holds (an attendance
  correction) goes back to enrolled.
Outcome changes go through `services._set_status`, which records them and sends
`enrollment_completed` after commit (training/signals.py).

Counting attendance: cancelled sessions never count; a session that started before
the person was enrolled counts only if they attended it; excused sessions leave
both sides of the percentage. Percentages and hours are over minutes, so partial
attendance counts for what it was.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _

from clusters.models import User
from courses.models import LessonPage, Modality
from courses.selectors import lesson_keys

from . import permissions
from .models import AssessmentAttempt, Attendance, Cohort, Enrollment, LessonProgress, Session

Status = Enrollment.Status


@dataclass
class Facts:
    """Where one enrollment stands against its course's rule."""

    enrollment_id: int
    minutes_required: int = 0  # minutes of the sessions that count for this person
    minutes_attended: int = 0
    sessions_counted: int = 0
    # Whether the attendance part applies at all: the cohort has sessions, or it is not an
    # online course (whose sessions may simply not be scheduled yet).
    attendance_applies: bool = True
    sessions_attended: int = 0
    lessons_total: int = 0
    lessons_done: int = 0
    attempts_used: int = 0
    best_score: int | None = None
    # The rule, copied from the course.
    min_attendance_percent: int = 0
    min_hours: Decimal = Decimal(0)
    min_lessons_percent: int = 0
    pass_mark: int | None = None
    attempts_allowed: int = 0
    assessment_required: bool = False
    participation_allowed: bool = True
    statuses: dict[int, str] = field(default_factory=dict)  # session id -> attendance status
    minutes_by_session: dict[int, int] = field(default_factory=dict)

    @property
    def attendance_percent(self) -> int | None:
        if not self.minutes_required:
            return None
        return min(100, self.minutes_attended * 100 // self.minutes_required)

    @property
    def hours_attended(self) -> Decimal:
        return (Decimal(self.minutes_attended) / 60).quantize(Decimal("0.1"), ROUND_DOWN)

    @property
    def lessons_percent(self) -> int | None:
        if not self.lessons_total:
            return None
        return self.lessons_done * 100 // self.lessons_total

    @property
    def attendance_ok(self) -> bool:
        percent = self.attendance_percent
        if percent is None:  # no session counted for this person
            return not self.attendance_applies or self.min_attendance_percent == 0
        return percent >= self.min_attendance_percent

    @property
    def hours_ok(self) -> bool:
        return self.hours_attended >= self.min_hours

    @property
    def lessons_ok(self) -> bool:
        return not self.lessons_total or (
            self.lessons_done * 100 >= self.min_lessons_percent * self.lessons_total
        )

    @property
    def passed(self) -> bool:
        return (
            self.pass_mark is not None
            and self.best_score is not None
            and self.best_score >= self.pass_mark
        )

    @property
    def assessment_ok(self) -> bool:
        return not self.assessment_required or self.passed

    @property
    def attempts_left(self) -> int:
        return max(self.attempts_allowed - self.attempts_used, 0)

    @property
    def attended_enough(self) -> bool:
        return self.attendance_ok and self.hours_ok

    @property
    def rule_met(self) -> bool:
        return self.attended_enough and self.lessons_ok and self.assessment_ok

    def outcome(self, *, final: bool) -> str | None:
        """The status the rule gives; None while the cohort runs and the rule is not met."""
        if self.rule_met:
            return Status.COMPLETED
        if not final:
            return None
        if self.attended_enough and self.participation_allowed:
            return Status.PARTICIPATED
        return Status.NOT_COMPLETED

    def missing(self) -> list[str]:
        """What the person still lacks, in words they can act on."""
        parts = []
        if not self.attendance_ok and self.attendance_percent is None:
            parts.append(
                _("Attendance: no sessions attended yet; the course asks for %(need)s%%.")
                % {"need": self.min_attendance_percent}
            )
        elif not self.attendance_ok:
            parts.append(
                _("Attendance: %(have)s%% so far; the course asks for %(need)s%%.")
                % {"have": self.attendance_percent, "need": self.min_attendance_percent}
            )
        if not self.hours_ok:
            parts.append(
                _("Hours attended: %(have)s of the %(need)s required.")
                % {"have": self.hours_attended, "need": f"{self.min_hours.normalize():f}"}
            )
        if not self.lessons_ok:
            parts.append(
                _(
                    "Online lessons: %(done)s of %(total)s completed; the course asks for %(need)s%%."
                )
                % {
                    "done": self.lessons_done,
                    "total": self.lessons_total,
                    "need": self.min_lessons_percent,
                }
            )
        if not self.assessment_ok:
            values = {"best": self.best_score, "mark": self.pass_mark}
            if self.best_score is None:
                text = _("Assessment: not taken yet; the pass mark is %(mark)s%%.")
            elif self.attempts_left:
                text = _("Assessment: best score %(best)s%%; the pass mark is %(mark)s%%.")
            else:
                text = _(
                    "Assessment: best score %(best)s%%; the pass mark is %(mark)s%%. "
                    "No attempts left."
                )
            parts.append(text % values)
        return parts


def counted_sessions(cohort: Cohort) -> list[Session]:
    return list(
        Session.objects.filter(cohort=cohort, status=Session.Status.SCHEDULED).order_by(
            "starts_at", "pk"
        )
    )


def _build(
    enrollment: Enrollment,
    course,
    sessions: list[Session],
    lessons_total: int,
    mine: dict,
    lessons_done: int,
    tried: dict | None,
) -> Facts:
    """One enrollment's facts from the rows read for it (shared by the two readers below)."""
    facts = Facts(
        enrollment_id=enrollment.pk,
        lessons_total=lessons_total,
        lessons_done=lessons_done,
        min_attendance_percent=course.min_attendance_percent,
        min_hours=course.min_hours,
        min_lessons_percent=course.min_lessons_percent,
        pass_mark=course.pass_mark,
        attempts_allowed=course.assessment_attempts,
        assessment_required=course.has_assessment,
        participation_allowed=course.participation_certificate,
        attendance_applies=bool(sessions) or course.modality != Modality.ONLINE,
    )
    if tried:
        facts.attempts_used, facts.best_score = tried["n"], tried["best"]
    joined = enrollment.enrolled_at or enrollment.requested_at
    for session in sessions:
        row = mine.get(session.pk)
        status = row["status"] if row else None
        if status:
            facts.statuses[session.pk] = status
        attended = status in Attendance.ATTENDED
        if status == Attendance.Status.EXCUSED:
            continue
        if joined and session.starts_at < joined and not attended:
            continue  # before they were enrolled: not held against them
        facts.sessions_counted += 1
        facts.minutes_required += session.minutes
        if attended:
            minutes = session.minutes if row["minutes"] is None else row["minutes"]
            minutes = min(minutes, session.minutes)
            facts.sessions_attended += 1
            facts.minutes_attended += minutes
            facts.minutes_by_session[session.pk] = minutes
    return facts


def facts_for(
    cohort: Cohort, enrollments: list[Enrollment], *, sessions: list[Session] | None = None
) -> dict[int, Facts]:
    """The rule's facts for these enrollments of one cohort, in five queries at most."""
    course = cohort.course
    ids = [e.pk for e in enrollments]
    sessions = counted_sessions(cohort) if sessions is None else sessions
    keys = set(lesson_keys(course=course))
    rows = defaultdict(dict)
    for row in Attendance.objects.filter(enrollment_id__in=ids, session__in=sessions).values(
        "enrollment_id", "session_id", "status", "minutes"
    ):
        rows[row["enrollment_id"]][row["session_id"]] = row
    lessons = defaultdict(int)
    if keys:
        for row in (
            LessonProgress.objects.filter(enrollment_id__in=ids, lesson_key__in=keys)
            .values("enrollment_id")
            .annotate(n=Count("pk"))
        ):
            lessons[row["enrollment_id"]] = row["n"]
    attempts = {
        row["enrollment_id"]: row
        for row in AssessmentAttempt.objects.filter(enrollment_id__in=ids)
        .values("enrollment_id")
        .annotate(n=Count("pk"), best=Max("score"))
    }
    return {
        e.pk: _build(e, course, sessions, len(keys), rows[e.pk], lessons[e.pk], attempts.get(e.pk))
        for e in enrollments
    }


def facts_for_many(enrollments: list[Enrollment]) -> dict[int, Facts]:
    """`facts_for` of enrollments of any cohorts (My learning), in five queries whatever their number.

    Each enrollment's `cohort` and `cohort.course` should be loaded (select_related).
    """
    if not enrollments:
        return {}
    cohorts = {e.cohort_id: e.cohort for e in enrollments}
    courses = {c.course_id: c.course for c in cohorts.values()}
    ids = [e.pk for e in enrollments]
    sessions = defaultdict(list)
    for session in Session.objects.filter(
        cohort_id__in=list(cohorts), status=Session.Status.SCHEDULED
    ).order_by("starts_at", "pk"):
        sessions[session.cohort_id].append(session)
    keys = defaultdict(set)  # course id -> its live lessons' translation keys
    by_path = {course.path: course.pk for course in courses.values()}
    lessons_q = Q(pk__in=[])
    for course in courses.values():
        lessons_q |= LessonPage.objects.child_of_q(course)
    for path, key in (
        LessonPage.objects.live().filter(lessons_q).values_list("path", "translation_key")
    ):
        keys[by_path[path[: -LessonPage.steplen]]].add(key)
    rows = defaultdict(dict)
    for row in Attendance.objects.filter(
        enrollment_id__in=ids, session__status=Session.Status.SCHEDULED
    ).values("enrollment_id", "session_id", "status", "minutes"):
        rows[row["enrollment_id"]][row["session_id"]] = row
    lessons = defaultdict(int)
    done = LessonProgress.objects.filter(enrollment_id__in=ids).values_list(
        "enrollment_id", "lesson_key"
    )
    course_of = {e.pk: e.cohort.course_id for e in enrollments}
    for enrollment_id, key in done:
        if key in keys[course_of[enrollment_id]]:
            lessons[enrollment_id] += 1
    attempts = {
        row["enrollment_id"]: row
        for row in AssessmentAttempt.objects.filter(enrollment_id__in=ids)
        .values("enrollment_id")
        .annotate(n=Count("pk"), best=Max("score"))
    }
    return {
        e.pk: _build(
            e,
            e.cohort.course,
            sessions[e.cohort_id],
            len(keys[e.cohort.course_id]),
            rows[e.pk],
            lessons[e.pk],
            attempts.get(e.pk),
        )
        for e in enrollments
    }


def _decide(
    cohort: Cohort, enrollments: list[Enrollment], *, actor: User | None
) -> list[Enrollment]:
    """Apply the rule (cohort row locked by the caller); returns the enrollments that moved."""
    from .services import _set_status

    # An enrollment moved to another cohort since it was read is that cohort's business.
    taking_part = [
        e for e in enrollments if e.status in Enrollment.TAKING_PART and e.cohort_id == cohort.pk
    ]
    if not taking_part:
        return []
    final = cohort.status == Cohort.Status.FINISHED
    facts = facts_for(cohort, taking_part)
    moved = []
    for enrollment in taking_part:
        target = facts[enrollment.pk].outcome(final=final) or Status.ENROLLED
        if target == enrollment.status:
            continue
        enrollment.cohort = cohort
        _set_status(enrollment, target, actor=actor, note=_("Completion rule"))
        moved.append(enrollment)
    return moved


def _locked(cohort_id: int) -> Cohort:
    from .services import _lock

    return _lock(cohort_id)


@transaction.atomic
def evaluate(*, enrollment_id: int, actor: User | None = None) -> Enrollment:
    """Apply the course's rule to one enrollment; running it again changes nothing."""
    cohort_id = Enrollment.objects.values_list("cohort_id", flat=True).get(pk=enrollment_id)
    cohort = _locked(cohort_id)
    enrollment = Enrollment.objects.select_related("trainee").get(pk=enrollment_id)
    _decide(cohort, [enrollment], actor=actor)
    return enrollment


def evaluate_locked(cohort: Cohort, enrollment_ids, *, actor: User | None = None) -> None:
    """For services that already hold the cohort's lock (attendance, lessons, attempts)."""
    enrollments = list(
        Enrollment.objects.filter(pk__in=list(enrollment_ids)).select_related("trainee")
    )
    _decide(cohort, enrollments, actor=actor)


@transaction.atomic
def evaluate_cohort(*, cohort_id: int, actor: User | None = None) -> list[Enrollment]:
    """Apply the rule to everyone taking part in a cohort (a session was cancelled, ...)."""
    cohort = _locked(cohort_id)
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort, status__in=Enrollment.TAKING_PART).select_related(
            "trainee"
        )
    )
    return _decide(cohort, enrollments, actor=actor)


def cohort_finish(*, actor: User | None, cohort_id: int) -> Cohort:
    """The cohort is over: decide everyone's outcome (completed, participation, not completed)."""
    from .services import cohort_set_status

    return cohort_set_status(actor=actor, cohort_id=cohort_id, status=Cohort.Status.FINISHED)


def finish_locked(cohort: Cohort, *, actor: User | None) -> None:
    """Called by `services.cohort_set_status` when a cohort becomes or stops being FINISHED."""
    if actor is not None and not permissions.can_manage_sessions(actor, cohort):
        raise PermissionDenied
    if cohort.status == Cohort.Status.CANCELLED:
        raise ValidationError(_("A cancelled cohort has no outcomes to decide."))
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort, status__in=Enrollment.TAKING_PART).select_related(
            "trainee"
        )
    )
    _decide(cohort, enrollments, actor=actor)


def ended_cohort_ids(*, after_days: int) -> list[int]:
    """Cohorts that ended `after_days` ago or more and still wait for their outcomes."""
    from django.utils import timezone

    cutoff = timezone.localdate() - timedelta(days=after_days)
    return list(
        Cohort.objects.filter(
            status__in=[Cohort.Status.OPEN, Cohort.Status.CLOSED], ends_on__lt=cutoff
        ).values_list("pk", flat=True)
    )
