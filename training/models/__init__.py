"""training's models, one module per part of delivery (Django loads them from here)."""

from .cohorts import (
    Cohort,
    Enrollment,
    EnrollmentChange,
    RosterImport,
    roster_import_storage,
    roster_import_upload_to,
)
from .learning import AssessmentAttempt, CalendarFeedToken, LessonProgress
from .sessions import Attendance, AttendanceChange, Session

__all__ = [
    "AssessmentAttempt",
    "Attendance",
    "AttendanceChange",
    "CalendarFeedToken",
    "Cohort",
    "Enrollment",
    "EnrollmentChange",
    "LessonProgress",
    "RosterImport",
    "Session",
    "roster_import_storage",
    "roster_import_upload_to",
]
