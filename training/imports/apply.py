"""The last step: confirm a ready preview and apply it, all rows or none.

`roster_import_apply` checks the file again under the cohort's lock, creates the
new accounts and profiles in bulk, fills in blanks and places everyone with the
enrollment rules of training.services, in one transaction.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from collections import defaultdict
from collections.abc import Callable

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from clusters.models import TraineeProfile, User
from core import page_cache

from .. import permissions
from ..models import Cohort, Enrollment, EnrollmentChange, RosterImport
from .files import FileRefused
from .jobs import INLINE_ROWS, UNEXPECTED, _claim, _read_stored, _store, progress_key
from .rows import BATCH, OTHER_COHORT, PROGRESS_EVERY, Action, Plan, PlanRow, _chunks, build_plan

logger = logging.getLogger(__name__)

Status = RosterImport.Status

# --- messages (module level, so makemessages finds them) ---------------------------

NO_LONGER_MANAGER = _("You no longer manage this cohort's roster, so the import was stopped.")
CHANGED_MEANWHILE = _(
    "Someone registered one of these people while the import ran, so nothing was written. "
    "Upload the file again to check it."
)
NOT_READY = _("Only a checked file without errors can be imported.")
ROW_FAILED = _("Row %(row)s: %(message)s Nothing was written.")
COHORT_FULL = _("The cohort is full.")
IMPORT_NOTE = _("Roster import: %(file)s")


def roster_import_confirm(*, actor: User, import_id: int) -> RosterImport:
    """The admin confirms a ready preview: apply it now (small files) or as a job."""
    with transaction.atomic():
        imp = (
            RosterImport.objects.select_for_update(of=("self",))
            .select_related("cohort")
            .get(pk=import_id)
        )
        if not permissions.can_manage_roster(actor, imp.cohort):
            raise PermissionDenied
        if imp.status in (Status.APPLYING, Status.APPLIED):
            return imp  # a double click
        if imp.status != Status.READY:
            raise ValidationError(NOT_READY)
        imp.status, imp.attempts, imp.processed_rows = Status.APPLYING, 0, 0
        imp.confirmed_by, imp.claimed_at = actor, timezone.now()
        imp.save(
            update_fields=["status", "attempts", "processed_rows", "confirmed_by", "claimed_at"]
        )
    cache.set(progress_key(imp.pk), 0, timeout=6 * 3600)
    if imp.total_rows <= INLINE_ROWS:
        return roster_import_apply(import_id=imp.pk)
    from ..tasks import apply_roster_import

    pk = imp.pk
    transaction.on_commit(lambda: apply_roster_import.delay(pk), robust=True)
    return imp


class _Invalid(Exception):
    def __init__(self, plan: Plan):
        super().__init__("invalid")
        self.plan = plan


class _Refused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = str(message)


def roster_import_apply(*, import_id: int) -> RosterImport:
    """Write every row of a confirmed import, or none of them.

    One transaction: the cohort row is locked (as every enrollment service does),
    the file is checked again against the database as it is now, new accounts and
    profiles are created in bulk, blanks filled in, and each person placed with the
    rules of `training.services.enrollment_add`. Any problem rolls everything back
    and leaves the import invalid (with the new preview) or failed (with the reason).
    Invitations and enrollment emails go out after the commit, from one task.
    """
    imp = _claim(import_id, allowed={Status.READY, Status.APPLYING}, running=Status.APPLYING)
    if imp is None:
        return RosterImport.objects.get(pk=import_id)
    key = progress_key(imp.pk)
    cache.set(key, 0, timeout=6 * 3600)
    with translation.override(imp.language):
        try:
            with transaction.atomic():
                plan = _apply_locked(
                    imp, report=lambda done: cache.set(key, done, timeout=6 * 3600)
                )
        except _Invalid as invalid:
            plan = invalid.plan
            _store(imp, Status.INVALID, plan=plan, message="\n".join(plan.file_errors))
            return imp
        except FileRefused as refused:
            _store(imp, Status.INVALID, message=refused.text)
            return imp
        except _Refused as refused:
            _store(imp, Status.FAILED, message=refused.message)
            return imp
        except IntegrityError:
            logger.warning("Roster import %s collided with a concurrent change", imp.pk)
            _store(imp, Status.FAILED, message=str(CHANGED_MEANWHILE))
            return imp
        except Exception:
            logger.exception("Roster import %s failed", imp.pk)
            _store(imp, Status.FAILED, message=str(UNEXPECTED))
            return imp
        finally:
            cache.delete(key)
    imp.refresh_from_db()
    return imp


def _apply_locked(imp: RosterImport, report: Callable[[int], None]) -> Plan:
    from .. import services  # the enrollment rules: _lock and _place

    current = RosterImport.objects.select_for_update().get(pk=imp.pk)
    if current.status != Status.APPLYING:  # another worker finished it meanwhile
        return Plan(rows=[])
    cohort = services._lock(imp.cohort_id)
    actor = imp.confirmed_by or imp.created_by
    if actor is None or not permissions.can_manage_roster(actor, cohort):
        raise _Refused(NO_LONGER_MANAGER)
    plan = build_plan(cohort, imp.when_full, _read_stored(imp))
    if not plan.ok:
        raise _Invalid(plan)
    now = timezone.now()
    _lock_registered(cohort, plan)
    _create_people(plan, now)
    _fill_blanks(plan, now)
    _place_all(imp, cohort, plan, actor=actor, now=now, report=report)
    imp.status = Status.APPLIED
    imp.finished_at = timezone.now()
    imp.error_message = ""
    imp.preview = [row.as_preview() for row in plan.rows]
    for name, value in plan.counts.items():
        setattr(imp, name, value)
    imp.total_rows = imp.processed_rows = len(plan.rows)
    imp.save()
    if any(row.action == Action.CREATE or row.notify for row in plan.rows):
        from ..tasks import send_roster_import_emails

        pk = imp.pk
        transaction.on_commit(lambda: send_roster_import_emails.delay(pk), robust=True)
    return plan


def _lock_registered(cohort: Cohort, plan: Plan) -> None:
    """Lock the people already registered, after the cohort (the services' order), then
    check again that none joined another cohort of this course since the plan was made."""
    first_row = {r.profile.pk: r.number for r in plan.rows if r.profile is not None}
    registered = sorted(r.profile.pk for r in plan.rows if r.profile is not None)
    for chunk in _chunks(registered):
        list(
            TraineeProfile.objects.select_for_update()
            .filter(pk__in=chunk)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        taken = (
            Enrollment.objects.filter(
                trainee_id__in=chunk,
                status__in=Enrollment.ACTIVE,
                cohort__course__translation_key=cohort.course.translation_key,
            )
            .exclude(cohort=cohort)
            .values_list("trainee_id", flat=True)
        )
        for trainee_id in taken:
            raise _Refused(ROW_FAILED % {"row": first_row[trainee_id], "message": OTHER_COHORT})


def _place_all(imp, cohort, plan, *, actor, now, report) -> None:
    """Put everyone on the locked cohort's roster with the rules of `enrollment_add`.

    In bulk, because one `_place` per person costs ~10 ms of ORM work (100 s for
    10,000 rows): seats in file order while `enrolled_count < capacity`, then the
    waiting list (or refusal); the cohort's counters, each enrollment's times and a
    history row, all in this transaction. People returning after a withdrawal or a
    rejection keep their row and go through `services._place` itself. After commit,
    as the services do: the page-cache purge and `enrollment_changed`; the emails are
    sent by one task (`roster_import_send_emails`).
    """
    from .. import services
    from ..signals import enrollment_changed

    note = str(IMPORT_NOTE % {"file": imp.original_filename})[:300]
    fresh: list[Enrollment] = []
    done = 0
    for row in plan.rows:
        done += 1
        if done % PROGRESS_EVERY == 0:
            report(done)
        if not row.place:
            continue
        if row.reenter:
            # The counters already include the people placed above, so _place sees the
            # seats as they are; its own save writes them, and so does the final one.
            try:
                enrollment = services._place(
                    cohort,
                    row.profile,
                    actor=actor,
                    source=Enrollment.Source.IMPORT,
                    needs_approval=False,
                    when_full=imp.when_full,
                )
            except ValidationError as exc:
                raise _Refused(
                    ROW_FAILED % {"row": row.number, "message": " ".join(exc.messages)}
                ) from exc
            row.placement, row.enrollment_id = enrollment.status, enrollment.pk
            continue
        if cohort.enrolled_count < cohort.capacity:
            status = Enrollment.Status.ENROLLED
            cohort.enrolled_count += 1
        elif imp.when_full == RosterImport.WhenFull.REFUSE:
            raise _Refused(ROW_FAILED % {"row": row.number, "message": COHORT_FULL})
        else:
            status = Enrollment.Status.WAITLISTED
            cohort.waitlist_count += 1
        row.placement = row.notify = status
        enrollment = Enrollment(
            cohort=cohort,
            trainee=row.profile,
            cluster_id=cohort.cluster_id,
            company_id=row.profile.company_id,
            status=status,
            source=Enrollment.Source.IMPORT,
            requested_at=now,
            enrolled_at=now if status == Enrollment.Status.ENROLLED else None,
            waitlisted_at=now if status == Enrollment.Status.WAITLISTED else None,
        )
        fresh.append(enrollment)
        row.enrollment = enrollment
    report(done)
    Enrollment.objects.bulk_create(fresh, batch_size=BATCH)
    EnrollmentChange.objects.bulk_create(
        [
            EnrollmentChange(
                enrollment=e, from_status="", to_status=e.status, actor=actor, note=note, at=now
            )
            for e in fresh
        ],
        batch_size=BATCH,
    )
    for row in plan.rows:
        if row.enrollment is not None:
            row.enrollment_id = row.enrollment.pk
    cohort.save(update_fields=["enrolled_count", "waitlist_count", "pending_count", "updated_at"])
    changed = [(e.pk, e.status) for e in fresh]
    cache_name = services.cohorts_cache_name(cohort)

    def after_commit():
        page_cache.bump(cache_name)
        for enrollment_id, status in changed:
            enrollment_changed.send(
                sender=Enrollment, enrollment_id=enrollment_id, old_status="", new_status=status
            )

    transaction.on_commit(after_commit, robust=True)


def _username(email: str) -> str:
    """A username from the email: the address itself when it fits Django's rules."""
    if len(email) <= 150 and re.fullmatch(r"[\w.@+-]+", email):
        return email
    local = re.sub(r"[^\w.+-]+", "", email.split("@", 1)[0])[:100] or "persona"
    return f"{local}-{hashlib.sha256(email.encode()).hexdigest()[:10]}"


def _create_people(plan: Plan, now) -> None:
    new_rows = [r for r in plan.rows if r.action == Action.CREATE]
    wanted = [_username(r.fields["email"]) for r in new_rows]
    taken = set()
    for chunk in _chunks(wanted):
        taken.update(User.objects.filter(username__in=chunk).values_list("username", flat=True))
    users = []
    for row, username in zip(new_rows, wanted, strict=True):
        if username in taken:
            username = f"{username[:130]}-{secrets.token_hex(4)}"
        taken.add(username)
        users.append(
            User(
                username=username,
                email=row.fields["email"],
                language="es",
                password=make_password(None),
                date_joined=now,
            )
        )
    User.objects.bulk_create(users, batch_size=BATCH)
    if any(u.pk is None for u in users):  # a database that cannot return ids from bulk inserts
        ids = {}
        for chunk in _chunks([u.username for u in users]):
            ids.update(User.objects.filter(username__in=chunk).values_list("username", "pk"))
        for user in users:
            user.pk = ids[user.username]
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users],
        batch_size=BATCH,
    )
    for row, user in zip(new_rows, users, strict=True):
        row.user = user
    profiles = []
    for row in plan.rows:
        if row.action in (Action.CREATE, Action.UPDATE) and row.profile is None and row.user:
            f = row.fields
            profile = TraineeProfile(
                user=row.user,
                given_names=f["given_names"],
                paternal_surname=f["paternal_surname"],
                maternal_surname=f["maternal_surname"],
                curp=f["curp"] or None,
                occupation=f["occupation"],
                trainee_type=f["trainee_type"],
                gender=f["gender"],
                cluster_id=row.cluster_id,
                company=row.company,
            )
            # Field rules (formats, lengths, choices); uniqueness and memberships were
            # checked in bulk by build_plan, and the database constraints back them.
            _clean_fields(profile, row)
            row.profile = profile
            profiles.append(profile)
    TraineeProfile.objects.bulk_create(profiles, batch_size=BATCH)


def _clean_fields(profile: TraineeProfile, row: PlanRow) -> None:
    try:
        profile.clean_fields(exclude=["user", "cluster", "company"])
    except ValidationError as exc:
        raise _Refused(ROW_FAILED % {"row": row.number, "message": " ".join(exc.messages)}) from exc


def _fill_blanks(plan: Plan, now) -> None:
    groups: dict[tuple[str, ...], list[TraineeProfile]] = defaultdict(list)
    for row in plan.rows:
        if row.changes and row.profile is not None and row.profile.pk:
            for name, value in row.changes.items():
                setattr(row.profile, name, value)
            row.profile.updated_at = now
            _clean_fields(row.profile, row)
            groups[tuple(sorted(row.changes))].append(row.profile)
    for names, profiles in groups.items():
        fields = [name.removesuffix("_id") for name in names]
        TraineeProfile.objects.bulk_update(profiles, [*fields, "updated_at"], batch_size=BATCH)
