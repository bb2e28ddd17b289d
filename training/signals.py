"""Events training emits; higher apps subscribe (DESIGN.md §1: no import points upward).

`enrollment_changed(sender=Enrollment, enrollment_id, old_status, new_status)` is
sent after the transaction that changed an enrollment's status commits.
"""

from django.dispatch import Signal

enrollment_changed = Signal()
