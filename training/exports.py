"""A cohort's roster as a spreadsheet: its columns and rows (core.exports writes the file).

The rows are the roster page's rows (selectors.roster_for, same filters), so
what staff download is what they see. Column names follow the request's language.
"""

from collections.abc import Iterator

from django.utils.translation import gettext as _

from core.exports import csv_response, xlsx_response

from .models import Cohort, Enrollment

FORMATS = ("csv", "xlsx")


def roster_header() -> list[str]:
    return [
        _("Name"),
        _("Email"),
        _("CURP"),
        _("Company"),
        _("Status"),
        _("Waiting list position"),
        _("Requested"),
        _("Enrolled"),
        _("Enrolled by"),
    ]


def roster_rows(enrollments) -> Iterator[list]:
    """One row per enrollment of a ``roster_for`` queryset (with its waitlist position)."""
    for enrollment in enrollments:
        trainee = enrollment.trainee
        waiting = enrollment.status == Enrollment.Status.WAITLISTED
        yield [
            trainee.full_name,
            trainee.user.email,
            trainee.curp or "",
            str(enrollment.company) if enrollment.company_id else "",
            enrollment.get_status_display(),
            getattr(enrollment, "waitlist_position", None) if waiting else None,
            enrollment.requested_at,
            enrollment.enrolled_at,
            enrollment.get_source_display(),
        ]


def roster_filename(cohort: Cohort) -> str:
    """``roster-<course code>-<start date>`` (core.exports slugifies it and adds the extension)."""
    return f"roster-{cohort.course.code}-{cohort.starts_on:%Y-%m-%d}"


def roster_response(cohort: Cohort, enrollments, fmt: str):
    """The download of a roster in ``fmt`` ("csv" or "xlsx")."""
    header, rows, filename = roster_header(), roster_rows(enrollments), roster_filename(cohort)
    if fmt == "xlsx":
        return xlsx_response(filename, header, rows, sheet_title=cohort.course.code)
    if fmt == "csv":
        return csv_response(filename, header, rows)
    raise ValueError(f"unknown roster format: {fmt!r}")
