"""Events training emits; higher apps subscribe (DESIGN.md §1: no import points upward).

`enrollment_changed(sender=Enrollment, enrollment_id, old_status, new_status)` is
sent after the transaction that changed an enrollment's status commits.

`enrollment_completed(sender=Enrollment, enrollment_id, outcome, previous)` is sent
after commit when the completion rule (training/completion.py) decides or changes an
enrollment's outcome: `outcome` is "completed", "participated" or "not_completed", or
"" when a decided outcome was reopened (attendance corrected while the cohort runs);
`previous` is the outcome before ("" if none). Certificates and reports subscribe.

`attendance_changed(sender=Attendance, enrollment_ids)` is sent after commit when
attendance rows of those enrollments were recorded or corrected, and
`sessions_changed(sender=Session, cohort_id)` when a cohort's sessions were added,
moved or cancelled, and `cohort_changed(sender=Cohort, cohort_id)` when a cohort
was saved, changed status or lost a person to another cohort: the figures
(reports) follow all three.
"""

from django.dispatch import Signal

enrollment_changed = Signal()
enrollment_completed = Signal()
attendance_changed = Signal()
sessions_changed = Signal()
cohort_changed = Signal()
