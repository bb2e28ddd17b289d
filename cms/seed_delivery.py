# ruff: noqa: S311 -- demo data: reproducible pseudo-random choices, never secrets
"""Seed what happened in the demo cohorts (issue 5), after cms/seed_training.py.

For every cohort that is not cancelled and has no sessions yet:

- **Sessions** as a weekly pattern within the cohort's dates, at local times of the
  cluster's time zone (09:00-13:00 or 16:00-20:00, whole days of 8 hours for the
  intensive two- and three-day courses), adding up to the course's hours; each
  session's topic is a lesson of the course. Upcoming cohorts get their sessions too.
- **Attendance** of the sessions already held, for everyone taking part: mostly
  present, some late with the minutes they were there, some absent or excused;
  taken by the cohort's instructor (or the network admin where a cohort has none),
  with the audit rows the attendance service writes, and a few corrections.
- **Lessons read** (LessonProgress, by the Spanish lesson's translation key) and
  **assessment attempts** (answers, results and score graded like
  training.learning.grade would, against the course's questions).
- **Past cohorts are finished** with `training.completion.cohort_finish`, so the
  course's rule decides who completed, who gets participation and who did not
  complete. Each person's data is drawn from a fate (completes, attends but fails
  the assessment, drops out) that the rule then confirms or corrects; the fates of a
  database seeded before issue 5 (outcomes set by staff) are taken from those outcomes.
  Running cohorts are evaluated the same way (nobody completes before the end
  without the assessment).

Rows are written with bulk_create; only the finishing goes through the services,
which record the outcome changes and send no email (outcomes owe none). Outcome
times are demo times: `completed_at` and the outcome's history row are back-dated
to the end of the cohort's last session, so completions spread over the last
twelve months.

aprendiz@example.com: her White and Yellow Belt cohorts are past, and she meets the
whole rule in both; in her upcoming cohort she has read the first lesson.

Idempotent: a cohort that has sessions (seeded before or scheduled by hand) is left
alone, so a second run adds nothing.
"""

import math
import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import ROUND_DOWN, Decimal

from django.db.models import Exists, OuterRef
from django.utils import timezone

from clusters.models import TraineeProfile, User
from courses.models import CoursePage, LessonPage
from training.completion import cohort_finish, evaluate_cohort
from training.models import (
    AssessmentAttempt,
    Attendance,
    AttendanceChange,
    Cohort,
    Enrollment,
    EnrollmentChange,
    LessonProgress,
    Session,
)
from training.schedule import local_slot

Status = Enrollment.Status
Mark = Attendance.Status

NETWORK_ADMIN = "red@example.com"
TRAINEE = "aprendiz@example.com"

# Weekday patterns tried in order (0 = Monday): the lightest one that fits the hours wins.
PATTERNS = [(1, 3), (0, 2, 4), (0, 1, 2, 3), (0, 1, 2, 3, 4), (0, 1, 2, 3, 4, 5)]
SESSION_HOURS = 4
DAY_HOURS = 8
MAX_DAY_HOURS = 10  # a cohort too short for its course gets fewer hours, not 20-hour days
CLOSING_TOPIC = "Integración, evaluación y cierre"

COMPLETES, PARTICIPATES, DROPS_OUT = "completes", "participates", "drops_out"


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def plan_hours(first: date, last: date, hours: int) -> list[tuple[date, int]]:
    """(day, hours) of each session: whole days for an intensive course of up to three
    days, else four-hour sessions on the lightest weekly pattern that holds them.
    The hours add up to the course's if the cohort's dates can hold them."""
    days = _days(first, last)
    if len(days) <= 3:
        per_day = min(max(DAY_HOURS, math.ceil(hours / len(days))), MAX_DAY_HOURS)
        chunks = [per_day] * (hours // per_day) + ([hours % per_day] if hours % per_day else [])
        return list(zip(days, chunks[: len(days)], strict=False))
    for length in (SESSION_HOURS, 6, DAY_HOURS):
        count = math.ceil(hours / length)
        for pattern in PATTERNS:
            slots = [day for day in days if day.weekday() in pattern]
            if len(slots) >= count:
                chunks = [length] * (count - 1) + [hours - length * (count - 1)]
                return list(zip(slots, chunks, strict=False))
    per_day = min(MAX_DAY_HOURS, math.ceil(hours / len(days)))
    return [(day, per_day) for day in days]


def _meets(marks: list[tuple[str, int | None]], sessions: list[Session], course) -> bool:
    """Whether these marks meet the course's attendance part (as completion.Facts counts)."""
    required = attended = 0
    for (status, minutes), session in zip(marks, sessions, strict=True):
        if status == Mark.EXCUSED:
            continue
        required += session.minutes
        if status in Attendance.ATTENDED:
            attended += session.minutes if minutes is None else minutes
    percent_ok = not required or attended * 100 // required >= course.min_attendance_percent
    hours = (Decimal(attended) / 60).quantize(Decimal("0.1"), ROUND_DOWN)
    return percent_ok and hours >= course.min_hours


def _requires_attendance(course) -> bool:
    return course.min_attendance_percent > 0 or course.min_hours > 0


class DeliverySeeder:
    def __init__(self):
        self.now = timezone.now()
        self.counts = defaultdict(int)
        self.lessons: dict[int, list[LessonPage]] = {}

    def run(self) -> dict:
        people = {u.email: u for u in User.objects.filter(email__in=[NETWORK_ADMIN, TRAINEE])}
        self.admin = people.get(NETWORK_ADMIN)
        self.demo_profile = TraineeProfile.objects.filter(user=people.get(TRAINEE)).first()
        cohorts = (
            Cohort.objects.exclude(status__in=[Cohort.Status.CANCELLED, Cohort.Status.DRAFT])
            .exclude(Exists(Session.objects.filter(cohort=OuterRef("pk"))))
            .select_related("course", "cluster")
            .prefetch_related("instructors")
            .order_by("starts_on", "pk")
        )
        for cohort in cohorts:
            self._cohort(cohort)
        return dict(self.counts)

    # --- one cohort --------------------------------------------------------------

    def _cohort(self, cohort: Cohort) -> None:
        course, tz = cohort.course, cohort.cluster.tzinfo
        rng = random.Random(
            f"delivery:{course.code}:{cohort.cluster.slug}:{cohort.starts_on:%Y%m%d}"
        )
        sessions = self._sessions(rng, cohort, course)
        if not sessions:
            return
        today = timezone.localdate(self.now, tz)
        enrollments = list(
            Enrollment.objects.filter(cohort=cohort, status__in=Enrollment.TAKING_PART).order_by(
                "pk"
            )
        )
        if cohort.starts_on > today:
            self._prereading(rng, cohort, enrollments)
            return
        past = cohort.ends_on < today and sessions[-1].ends_at <= self.now
        held = [s for s in sessions if s.ends_at <= self.now]
        recorder = next(iter(cohort.instructors.all()), None) or self.admin
        lessons = self._lesson_keys(course)
        marks, progress, attempts = [], [], []
        for enrollment in enrollments:
            fate = self._fate(rng, enrollment)
            marks += self._attendance(rng, enrollment, fate, held, course, complete=past)
            done = self._lessons_done(rng, fate, lessons, course, len(held) / len(sessions))
            # Lessons are read from a little before the first session to the last one held.
            window = (
                min(sessions[0].starts_at, self.now) - timedelta(days=2),
                held[-1].ends_at if held else self.now,
            )
            progress += self._progress(rng, enrollment, done, window)
            if past or (len(done) == len(lessons) and held and rng.random() < 0.3):
                attempts += self._attempts(rng, enrollment, fate, course, held, past=past)
        self._save_attendance(marks, recorder)
        LessonProgress.objects.bulk_create(progress)
        AssessmentAttempt.objects.bulk_create(attempts)
        self.counts["lessons"] += len(progress)
        self.counts["attempts"] += len(attempts)
        if past:
            cohort_finish(actor=None, cohort_id=cohort.pk)
            self.counts["finished"] += 1
            self._backdate_outcomes(cohort, {e.pk: sessions[-1].ends_at for e in enrollments})
        else:
            evaluate_cohort(cohort_id=cohort.pk)
            last_try = {}
            for attempt in attempts:
                last_try[attempt.enrollment_id] = max(
                    attempt.submitted_at, last_try.get(attempt.enrollment_id, attempt.submitted_at)
                )
            self._backdate_outcomes(cohort, last_try)

    def _fate(self, rng: random.Random, enrollment: Enrollment) -> str:
        roll = rng.random()  # drawn for everyone, so the others' fates do not shift
        if self.demo_profile is not None and enrollment.trainee_id == self.demo_profile.pk:
            return COMPLETES
        if enrollment.status == Status.COMPLETED:  # seeded before issue 5, by staff
            return COMPLETES
        if enrollment.status == Status.PARTICIPATED:
            return PARTICIPATES
        if enrollment.status == Status.NOT_COMPLETED:
            return PARTICIPATES if roll < 0.4 else DROPS_OUT
        if roll < 0.8:
            return COMPLETES
        return PARTICIPATES if roll < 0.9 else DROPS_OUT

    # --- sessions ------------------------------------------------------------------

    def _sessions(self, rng: random.Random, cohort: Cohort, course: CoursePage) -> list[Session]:
        hours = max(1, int(course.hours or DAY_HOURS))
        plan = plan_hours(cohort.starts_on, cohort.ends_on, hours)
        evening = rng.random() < (0.6 if cohort.modality == "online" else 0.25)
        titles = [lesson.title for lesson in self._lessons(course)]
        tz, sessions = cohort.cluster.tzinfo, []
        for n, (day, length) in enumerate(plan):
            if length >= DAY_HOURS:
                start = time(8 if rng.random() < 0.2 else 9)
            else:
                start = time(16) if evening else time(9)
            end = (datetime.combine(day, start) + timedelta(hours=length)).time()
            slot = local_slot(day, start, end, tz)
            if titles and len(plan) >= 3 and n == len(plan) - 1:
                topic = CLOSING_TOPIC
            elif titles:
                lessons_left = len(plan) - 1 if len(plan) >= 3 else len(plan)
                topic = titles[min(len(titles) - 1, n * len(titles) // max(lessons_left, 1))]
            else:
                topic = ""
            sessions.append(
                Session(
                    cohort=cohort,
                    cluster_id=cohort.cluster_id,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                    topic=topic,
                    notified_sequence=0,  # nothing owed: the demo calendars start here
                )
            )
        created = Session.objects.bulk_create(sessions)
        # Scheduled when the cohort was planned (seed_training back-dates the cohort).
        Session.objects.filter(cohort=cohort).update(
            created_at=cohort.created_at, updated_at=cohort.created_at
        )
        self.counts["sessions"] += len(created)
        return created

    # --- attendance ----------------------------------------------------------------

    def _marks(
        self, rng: random.Random, fate: str, held: list[Session], course, *, complete: bool
    ) -> list[tuple[str, int | None]]:
        """Status and minutes per held session for someone with this fate."""
        marks: list[tuple[str, int | None]] = [(Mark.PRESENT, None)] * len(held)
        if fate == DROPS_OUT and _requires_attendance(course):
            # Stops coming at some point (or misses many sessions) until the rule fails.
            order = (
                list(range(len(held)))[::-1]
                if rng.random() < 0.6
                else rng.sample(range(len(held)), len(held))
            )
            for i in order:
                if not _meets(marks, held, course):
                    break
                marks[i] = (Mark.ABSENT, None)
            return marks
        for i, session in enumerate(held):
            roll = rng.random()
            if roll < 0.08:
                late = rng.choice([10, 15, 20, 30, 45, 60])
                change = (Mark.LATE, max(session.minutes - late, 0))
            elif roll < 0.11:
                change = (Mark.ABSENT, None)
            elif roll < 0.13:
                change = (Mark.EXCUSED, None)
            else:
                continue
            before = marks[i]
            marks[i] = change
            # People whose fate is to attend enough keep meeting the attendance part.
            if complete and not _meets(marks, held, course):
                marks[i] = before
        return marks

    def _attendance(self, rng, enrollment, fate, held, course, *, complete: bool) -> list:
        """(session, enrollment, status, minutes, history) of each held session, where
        history is the (from, from minutes, to, to minutes, at) changes that led to it."""
        marks = []
        for session, (status, minutes) in zip(
            held, self._marks(rng, fate, held, course, complete=complete), strict=True
        ):
            taken = session.starts_at + timedelta(minutes=rng.randint(5, 25))
            history = [("", None, status, minutes, taken)]
            if status != Mark.ABSENT and rng.random() < 0.03:
                # Marked absent in the rush, corrected by the instructor after the session.
                corrected = min(session.ends_at + timedelta(minutes=rng.randint(10, 120)), self.now)
                history = [
                    ("", None, Mark.ABSENT, None, taken),
                    (Mark.ABSENT, None, status, minutes, corrected),
                ]
            marks.append((session, enrollment, status, minutes, history))
        return marks

    def _save_attendance(self, marks: list, recorder: User | None) -> None:
        """Attendance rows with the audit rows attendance_record would have left."""
        created = Attendance.objects.bulk_create(
            Attendance(
                session=session,
                enrollment=enrollment,
                cluster_id=session.cluster_id,
                status=status,
                minutes=minutes,
                method=Attendance.Method.INSTRUCTOR,
                recorded_by=recorder,
                recorded_at=history[-1][-1],
            )
            for session, enrollment, status, minutes, history in marks
        )
        AttendanceChange.objects.bulk_create(
            AttendanceChange(
                attendance=row,
                from_status=old,
                from_minutes=old_minutes,
                to_status=new,
                to_minutes=new_minutes,
                method=Attendance.Method.INSTRUCTOR,
                actor=recorder,
                at=at,
            )
            for row, (*_, history) in zip(created, marks, strict=True)
            for old, old_minutes, new, new_minutes, at in history
        )
        self.counts["attendance"] += len(created)

    # --- lessons and the assessment ---------------------------------------------

    def _lessons(self, course: CoursePage) -> list[LessonPage]:
        if course.pk not in self.lessons:
            self.lessons[course.pk] = list(
                LessonPage.objects.child_of(course)
                .live()
                .order_by("path")
                .only("title", "translation_key")
            )
        return self.lessons[course.pk]

    def _lesson_keys(self, course: CoursePage) -> list:
        return [lesson.translation_key for lesson in self._lessons(course)]

    def _lessons_done(self, rng, fate: str, keys: list, course, share: float) -> list:
        """Which lessons this person marked completed (in course order)."""
        total = len(keys)
        if not total:
            return []
        needed = math.ceil(course.min_lessons_percent * total / 100)
        if share < 1:  # the cohort is running: about as far as its sessions
            count = min(total, round(total * share + rng.uniform(-0.5, 1)))
        elif fate == COMPLETES:
            count = total if rng.random() < 0.8 else needed
        elif fate == PARTICIPATES:
            count = total if rng.random() < 0.7 else rng.randint(0, total)
        else:
            count = rng.randint(0, total)
        return keys[: max(count, 0)]

    def _progress(self, rng, enrollment, keys: list, window) -> list[LessonProgress]:
        first, last = window
        times = sorted(first + (last - first) * rng.random() for _ in keys)
        return [
            LessonProgress(enrollment=enrollment, lesson_key=key, completed_at=at)
            for key, at in zip(keys, times, strict=True)
        ]

    def _scores(self, rng, fate: str, course, *, past: bool) -> list[bool]:
        """Whether each attempt passes, in order."""
        allowed = course.assessment_attempts
        if not past:
            return [rng.random() < 0.6]
        if fate == COMPLETES:
            roll = rng.random()
            fails = 0 if roll < 0.7 else (1 if roll < 0.95 else 2)
            return [False] * min(fails, allowed - 1) + [True]
        if fate == PARTICIPATES:
            return [False] * (allowed if rng.random() < 0.7 else rng.randint(1, allowed))
        return [False] * rng.randint(0, min(2, allowed))

    def _attempts(self, rng, enrollment, fate, course, held, *, past: bool) -> list:
        questions = course.questions
        if not questions or course.pass_mark is None or not held:
            return []
        outcomes = self._scores(rng, fate, course, past=past)
        total = len(questions)
        end = held[-1].ends_at - timedelta(minutes=30)
        start = max(held[0].starts_at, end - timedelta(days=7))
        attempts = []
        for step, passes in enumerate(outcomes, start=1):
            # How many questions right: a passing or a failing score, as graded.
            right = [
                n
                for n in range(total + 1)
                if (round(100 * n / total) >= course.pass_mark) == passes
            ]
            if not right:
                continue
            count = rng.choice(right[-2:] if passes else right[1:] or right)
            good = set(rng.sample(range(total), count))
            answers, results = {}, {}
            for i, question in enumerate(questions):
                correct = [
                    c for c, choice in enumerate(question.value["choices"]) if choice["correct"]
                ]
                wrong = [c for c in range(len(question.value["choices"])) if c not in correct]
                if i in good:
                    chosen = correct
                elif len(correct) > 1:  # "select all": forgot one
                    chosen = correct[:-1]
                else:
                    chosen = [rng.choice(wrong)] if wrong else []
                answers[question.id] = sorted(chosen)
                results[question.id] = i in good
            at = start + (end - start) * step / (len(outcomes) + 1)
            attempts.append(
                AssessmentAttempt(
                    enrollment=enrollment,
                    number=len(attempts) + 1,
                    answers=answers,
                    results=results,
                    score=round(100 * count / total),
                    passed=passes,
                    submitted_at=min(at, self.now),
                )
            )
        return attempts

    def _prereading(self, rng, cohort: Cohort, enrollments: list[Enrollment]) -> None:
        """Before an upcoming cohort starts: the demo trainee (and a few others) read ahead."""
        keys = self._lesson_keys(cohort.course)
        if not keys:
            return
        rows = []
        for enrollment in enrollments:
            demo = self.demo_profile is not None and enrollment.trainee_id == self.demo_profile.pk
            if demo or (enrollment.status == Status.ENROLLED and rng.random() < 0.15):
                at = self.now - timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 12))
                rows.append(
                    LessonProgress(enrollment=enrollment, lesson_key=keys[0], completed_at=at)
                )
        LessonProgress.objects.bulk_create(rows)
        self.counts["lessons"] += len(rows)

    # --- demo times ------------------------------------------------------------------

    def _backdate_outcomes(self, cohort: Cohort, when: dict[int, datetime]) -> None:
        """Outcomes decided just now happened at the end of the cohort (demo data only)."""
        decided = Enrollment.objects.filter(
            cohort=cohort, status__in=Enrollment.OUTCOMES, pk__in=list(when)
        ).values_list("pk", flat=True)
        by_time = defaultdict(list)
        for pk in decided:
            by_time[when[pk]].append(pk)
        for at, ids in by_time.items():
            Enrollment.objects.filter(pk__in=ids).update(completed_at=at)
            EnrollmentChange.objects.filter(
                enrollment_id__in=ids, at__gte=self.now, to_status__in=Enrollment.OUTCOMES
            ).update(at=at)
        self.counts["outcomes"] += sum(len(ids) for ids in by_time.values())


def seed_delivery() -> dict:
    """Sessions, attendance, lessons read, attempts and outcomes of the demo cohorts;
    returns counts of what was created (all 0 on a second run)."""
    return DeliverySeeder().run()
