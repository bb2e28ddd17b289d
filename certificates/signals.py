"""Events certificates emit; higher apps subscribe (DESIGN.md §1).

`certificate_changed(sender=Certificate, enrollment_id)` is sent after the transaction
that issued, revoked, reissued or failed a certificate commits (reports count them).
"""

from django.dispatch import Signal

certificate_changed = Signal()
