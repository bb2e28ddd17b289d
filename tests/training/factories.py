"""Cohorts and enrollments for tests: open, upcoming, network-wide unless told otherwise."""

from datetime import date, time, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import ClusterFactory, TraineeProfileFactory, UserFactory
from tests.courses.factories import course_page
from training.models import Cohort, Enrollment, Session
from training.schedule import local_slot, session_save
from training.services import cohort_save, enrollment_add


def cohort(course=None, *, home=None, cluster=None, **fields) -> Cohort:
    """An open cohort starting in two weeks (pass `course`, or `home` to make one)."""
    if course is None:
        course = course_page(home)
    start = timezone.localdate() + timedelta(days=14)
    values = {
        "course": course,
        "cluster": cluster or course.cluster or ClusterFactory(),
        "starts_on": start,
        "ends_on": start + timedelta(days=2),
        "capacity": 20,
        "modality": "in_person",
        "location": "Sala 1, Parque Industrial",
        "status": Cohort.Status.OPEN,
    }
    values.update(fields)
    return cohort_save(actor=None, **values)


def trainee(cohort: Cohort | None = None, **fields):
    """A trainee whose company belongs to the cohort's cluster (or to a new one)."""
    if cohort is not None and "cluster" not in fields:
        fields["cluster"] = cohort.cluster
    return TraineeProfileFactory(**fields)


def enrolled(cohort: Cohort, profile=None) -> Enrollment:
    return enrollment_add(actor=None, cohort_id=cohort.pk, profile=profile or trainee(cohort))


def coordinator_of(profile):
    """A new account coordinating the company of `profile` in its cluster."""
    user = UserFactory()
    role_grant(
        actor=None,
        user=user,
        cluster=profile.cluster,
        role=ClusterRole.Role.COMPANY_COORDINATOR,
        company=profile.company,
    )
    return user


# --- Sessions (issue 5) ----------------------------------------------------------


def session(
    group: Cohort, *, on: date | None = None, start=time(9), end=time(13), **fields
) -> Session:
    """A session scheduled through the service, on `on` (default: the cohort's first day),
    from `start` to `end` in the cluster's wall-clock time (an end before the start is the
    next day). `fields`: topic, location, online_url."""
    slot = local_slot(on or group.starts_on, start, end, group.cluster.tzinfo)
    return session_save(
        actor=None,
        cohort_id=group.pk,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        **fields,
    )


class SessionFactory(DjangoModelFactory):
    """A session row written as is (no service, no checks, no completion): pass `cohort`.

    Default: 09:00–13:00 in the cluster's time zone on the cohort's first day.
    """

    class Meta:
        model = Session

    cohort = None
    cluster = factory.SelfAttribute("cohort.cluster")
    starts_at = factory.LazyAttribute(
        lambda o: (
            local_slot(o.cohort.starts_on, time(9), time(13), o.cohort.cluster.tzinfo).starts_at
        )
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=4))
    notified_sequence = 0


def instructor_of(group: Cohort):
    """A new account with the instructor role in the cohort's cluster, teaching the cohort."""
    user = UserFactory()
    role_grant(actor=None, user=user, cluster=group.cluster, role=ClusterRole.Role.INSTRUCTOR)
    group.instructors.add(user)
    return user


# --- Online learning (issue 5) ---------------------------------------------------

# Question 1 has one correct answer (the first), question 2 two (the first and the third).
ASSESSMENT = [
    (
        "question",
        {
            "prompt": "¿Qué significa la D de DMAIC?",
            "choices": [
                {"text": "Definir", "correct": True},
                {"text": "Diseñar", "correct": False},
                {"text": "Documentar", "correct": False},
            ],
        },
    ),
    (
        "question",
        {
            "prompt": "¿Cuáles son herramientas de la fase Medir?",
            "choices": [
                {"text": "Análisis del sistema de medición", "correct": True},
                {"text": "Diseño de experimentos", "correct": False},
                {"text": "Capacidad del proceso", "correct": True},
            ],
        },
    ),
]


def online_course(parent, *, lessons=2, **fields):
    """An online course (no sessions needed): every lesson and 50 % in the assessment to pass.

    Returned fresh from the database, so its questions carry their block ids.
    """
    from courses.models import CoursePage
    from tests.courses.factories import lesson_page

    values = {
        "modality": "online",
        "min_hours": 0,
        "min_attendance_percent": 0,
        "min_lessons_percent": 100,
        "pass_mark": 50,
        "assessment": ASSESSMENT,
        "assessment_attempts": 2,
    }
    values.update(fields)
    course = course_page(parent, **values)
    for n in range(lessons):
        lesson_page(course, title=f"Lección {n + 1}", body=[("paragraph", f"<p>Texto {n + 1}</p>")])
    return CoursePage.objects.get(pk=course.pk)


def answers_for(course, *, right: bool = True) -> dict[str, list[int]]:
    """Answers to ASSESSMENT's questions: all right, or all wrong."""
    first, second = course.questions
    if right:
        return {first.id: [0], second.id: [0, 2]}
    return {first.id: [1], second.id: [1]}
