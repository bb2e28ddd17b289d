"""Checking rows: each row on its own, then against the database, into the preview.

`build_plan` decides every row's action (create, update, enroll, skip) or its
errors, and where each placed person goes (a seat or the waiting list).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from clusters.models import Company, CompanyMembership, TraineeProfile, User
from clusters.validators import normalize_identifier, validate_curp, validate_rfc

from ..models import Cohort, Enrollment, RosterImport
from .columns import (
    _GENDER_WORDS,
    _TYPE_WORDS,
    COLUMN_BY_FIELD,
    COLUMNS,
    FIELDS,
    GENDERS,
    TRAINEE_TYPES,
    _key,
)
from .files import ParsedFile, ParsedRow

PROGRESS_EVERY = 200
BATCH = 500


class Action:
    CREATE = "create"
    UPDATE = "update"
    ENROLL = "enroll"
    SKIP = "skip"
    ERROR = "error"


ACTION_LABELS = {
    Action.CREATE: _("New person"),
    Action.UPDATE: _("Update"),
    Action.ENROLL: _("Enroll"),
    Action.SKIP: _("Skip"),
    Action.ERROR: _("Error"),
}

# --- messages (module level, so makemessages finds them) ---------------------------

COHORT_CANCELLED = _("This cohort was cancelled; nobody can be imported into it.")
COHORT_REFUSE_FULL = _(
    "The cohort has %(free)s free seats and this file would place %(count)s people. Remove "
    "people from the file, raise the capacity, or choose to put the rest on the waiting list."
)
REQUIRED = _("This cell is required.")
TOO_LONG = _("At most %(max)s characters; this one has %(count)s.")
FORMULA_CELL = _("Formulas are not allowed; type the value itself.")
FORMULA_LIKE = _("Starts with “%(sign)s”, like a spreadsheet formula; remove the sign.")
BAD_EMAIL = _("“%(value)s” is not a valid email address.")
BAD_TYPE = _("Unknown trainee type “%(value)s”; write one of: %(choices)s.")
BAD_GENDER = _("Unknown gender “%(value)s”; write one of: %(choices)s, or leave it empty.")
STRAY_CELLS = _("This row has values in a column without a heading.")
DUP_EMAIL = _("The same email address is already in row %(row)s.")
DUP_CURP = _("The same CURP is already in row %(row)s.")
DUP_PERSON = _("This person is already in row %(row)s.")
CURP_OTHER_PERSON = _("This CURP belongs to another person than the account with this email.")
CURP_DIFFERS = _("The person with this email has another CURP registered; check it.")
COMPANY_UNKNOWN = _(
    "No company with RFC %(rfc)s is registered; ask the network to add it, or leave the cell empty."
)
COMPANY_NOT_MEMBER = _("%(company)s is not a member company of %(cluster)s.")
OTHER_COHORT = _("Already signed up for another cohort of this course.")

NOTE_BY_CURP = _("Found by CURP; their account keeps its own email address.")
NOTE_NEW_PROFILE = _("Their existing account gets a trainee profile.")
NOTE_FILLS = _("Fills in: %(fields)s.")
NOTE_KEEPS_COMPANY = _("Keeps their current company; the file names another one.")
NOTE_COMPANY_NOT_SET = _("The company was not added: it is not a member of the person's cluster.")
NOTE_ON_ROSTER = _("Already on the roster (%(status)s).")

EMPTY_MARKS = {"-", "–", "—", "--"}
FORMULA_SIGNS = ("=", "+", "-", "@")


@dataclass
class PlanRow:
    number: int
    fields: dict[str, str]
    errors: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    action: str = ""
    user: User | None = None
    profile: TraineeProfile | None = None
    company: Company | None = None
    cluster_id: int | None = None
    changes: dict = field(default_factory=dict)
    place: bool = False
    reenter: bool = False  # back on the roster after withdrawing or being rejected
    placement: str = ""
    enrollment: Enrollment | None = None
    enrollment_id: int | None = None
    notify: str = ""  # the enrollment email the import sends (training.notifications kinds)

    def error(self, column: str, message) -> None:
        self.errors.append({"column": column, "message": str(message)})

    def as_preview(self) -> dict:
        return {
            "row": self.number,
            "action": Action.ERROR if self.errors else self.action,
            "fields": self.fields,
            "errors": self.errors,
            "notes": self.notes,
            "placement": self.placement,
            "user": self.user.pk if self.user is not None and self.user.pk else None,
            "enrollment": self.enrollment_id,
            "notify": self.notify,
        }


@dataclass
class Plan:
    rows: list[PlanRow]
    file_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.file_errors and not any(r.errors for r in self.rows)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if not r.errors and r.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "created_count": self.count(Action.CREATE),
            "updated_count": self.count(Action.UPDATE),
            "skipped_count": self.count(Action.SKIP),
            "error_count": sum(1 for r in self.rows if r.errors),
            "enrolled_count": sum(
                1 for r in self.rows if r.placement == Enrollment.Status.ENROLLED
            ),
            "waitlisted_count": sum(
                1 for r in self.rows if r.placement == Enrollment.Status.WAITLISTED
            ),
        }


def _english() -> bool:
    return (translation.get_language() or "").startswith("en")


def _clean_row(row: ParsedRow, headings: dict[str, str]) -> PlanRow:
    """Check one row on its own (no database): formats, required cells, choices."""
    fields: dict[str, str] = {}
    plan = PlanRow(number=row.number, fields=fields)
    if row.stray:
        plan.error(", ".join(row.stray), STRAY_CELLS)
    for column in COLUMNS:
        name = column.field
        heading = headings.get(name, str(column.label))
        value = " ".join(row.values.get(name, "").split())
        fields[name] = value
        if name in row.formulas:
            plan.error(heading, FORMULA_CELL)
            continue
        if value in EMPTY_MARKS:
            value = fields[name] = ""
        if value.startswith(FORMULA_SIGNS):
            plan.error(heading, FORMULA_LIKE % {"sign": value[0]})
            continue
        if not value:
            if column.required:
                plan.error(heading, REQUIRED)
            continue
        if (
            column.max_length
            and len(value) > column.max_length
            and name not in ("curp", "company_rfc")
        ):
            plan.error(heading, TOO_LONG % {"max": column.max_length, "count": len(value)})
            continue
        if name == "email":
            value = fields[name] = value.lower()
            try:
                validate_email(value)
            except ValidationError:
                plan.error(heading, BAD_EMAIL % {"value": value})
        elif name in ("curp", "company_rfc"):
            value = fields[name] = normalize_identifier(value)
            try:
                (validate_curp if name == "curp" else validate_rfc)(value)
            except ValidationError as exc:
                plan.error(heading, " ".join(exc.messages))
        elif name == "trainee_type":
            choice = TRAINEE_TYPES.get(_key(value))
            if choice is None:
                words = ", ".join(w[0] if _english() else w[1] for w in _TYPE_WORDS.values())
                plan.error(heading, BAD_TYPE % {"value": value, "choices": words})
            else:
                fields[name] = choice
        elif name == "gender":
            choice = GENDERS.get(_key(value))
            if choice is None:
                words = ", ".join(
                    (w[0] if _english() else w[2]).replace("_", " ") for w in _GENDER_WORDS.values()
                )
                plan.error(heading, BAD_GENDER % {"value": value, "choices": words})
            else:
                fields[name] = choice
    return plan


def _chunks(items: Iterable, size: int = BATCH) -> Iterator[list]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _users_by_email(emails: set[str]) -> dict[str, User]:
    """Accounts whose email, or one of whose allauth addresses, is in `emails` (lower case)."""
    found: dict[str, User] = {}
    for chunk in _chunks(sorted(emails)):
        for user in (
            User.objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=chunk)
            .select_related("trainee_profile")
        ):
            found[user.email_lower] = user
    missing = emails - set(found)
    by_address: dict[str, int] = {}
    for chunk in _chunks(sorted(missing)):
        by_address.update(
            EmailAddress.objects.annotate(address=Lower("email"))
            .filter(address__in=chunk)
            .values_list("address", "user_id")
        )
    if by_address:
        users = {}
        for chunk in _chunks(set(by_address.values())):
            users.update(
                (u.pk, u)
                for u in User.objects.filter(pk__in=chunk).select_related("trainee_profile")
            )
        for address, user_id in by_address.items():
            if user_id in users:
                found[address] = users[user_id]
    return found


def _profiles_by_curp(curps: set[str]) -> dict[str, TraineeProfile]:
    found = {}
    for chunk in _chunks(sorted(curps)):
        found.update(
            (p.curp, p)
            for p in TraineeProfile.objects.filter(curp__in=chunk).select_related("user")
        )
    return found


def _companies(rfcs: set[str]) -> tuple[dict[str, Company], dict[int, set[int]]]:
    companies, clusters = {}, defaultdict(set)
    for chunk in _chunks(sorted(rfcs)):
        companies.update((c.rfc, c) for c in Company.objects.filter(rfc__in=chunk))
    for chunk in _chunks([c.pk for c in companies.values()]):
        for company_id, cluster_id in CompanyMembership.objects.filter(
            company_id__in=chunk
        ).values_list("company_id", "cluster_id"):
            clusters[company_id].add(cluster_id)
    return companies, clusters


def _profile_of(user: User | None) -> TraineeProfile | None:
    return getattr(user, "trainee_profile", None) if user is not None else None


def build_plan(
    cohort: Cohort,
    when_full: str,
    parsed: ParsedFile,
    progress: Callable[[int], None] | None = None,
) -> Plan:
    """Decide every row's action against the database, in a handful of queries per 500 rows."""
    rows = [_clean_row(row, parsed.headings) for row in parsed.rows]
    plan = Plan(rows=rows)
    if cohort.status == Cohort.Status.CANCELLED:
        plan.file_errors.append(str(COHORT_CANCELLED))
    headings = {
        name: parsed.headings.get(name, str(COLUMN_BY_FIELD[name].label)) for name in FIELDS
    }

    def valid(row: PlanRow, name: str) -> str:
        value = row.fields.get(name, "")
        column = headings[name]
        return "" if any(e["column"] == column for e in row.errors) else value

    emails = {v for r in rows if (v := valid(r, "email"))}
    curps = {v for r in rows if (v := valid(r, "curp"))}
    rfcs = {v for r in rows if (v := valid(r, "company_rfc"))}
    users = _users_by_email(emails)
    by_curp = _profiles_by_curp(curps)
    companies, memberships = _companies(rfcs)

    # First pass: who each row is.
    seen_email: dict[str, int] = {}
    seen_curp: dict[str, int] = {}
    seen_person: dict[int, int] = {}
    for row in rows:
        email, curp, rfc = valid(row, "email"), valid(row, "curp"), valid(row, "company_rfc")
        if email:
            if email in seen_email:
                row.error(headings["email"], DUP_EMAIL % {"row": seen_email[email]})
                email = ""
            else:
                seen_email[email] = row.number
        if curp and any(e["column"] == headings["email"] for e in row.errors):
            curp = ""  # a repeated row: one message is enough
        if curp:
            if curp in seen_curp:
                row.error(headings["curp"], DUP_CURP % {"row": seen_curp[curp]})
                curp = ""
            else:
                seen_curp[curp] = row.number
        if rfc:
            company = companies.get(rfc)
            if company is None:
                row.error(headings["company_rfc"], COMPANY_UNKNOWN % {"rfc": rfc})
            elif (
                cohort.visibility != Cohort.Visibility.NETWORK
                and cohort.cluster_id not in memberships[company.pk]
            ):
                row.error(
                    headings["company_rfc"],
                    COMPANY_NOT_MEMBER % {"company": company, "cluster": cohort.cluster.short_name},
                )
            else:
                row.company = company
        user = users.get(email) if email else None
        by_id = by_curp.get(curp) if curp else None
        if user is not None and by_id is not None and by_id.user_id != user.pk:
            row.error(headings["curp"], CURP_OTHER_PERSON)
            continue
        if user is not None:
            profile = _profile_of(user)
            if profile is not None and profile.curp and curp and profile.curp != curp:
                row.error(headings["curp"], CURP_DIFFERS)
                continue
            row.user, row.profile = user, profile
        elif by_id is not None:
            row.user, row.profile = by_id.user, by_id
            row.notes.append(str(NOTE_BY_CURP))
        if row.user is not None:
            if row.user.pk in seen_person:
                row.error(headings["email"], DUP_PERSON % {"row": seen_person[row.user.pk]})
                continue
            seen_person[row.user.pk] = row.number

    # What the matched people already have in this cohort and in its course.
    profile_ids = [r.profile.pk for r in rows if r.profile is not None and not r.errors]
    on_roster: dict[int, str] = {}
    busy: set[int] = set()
    for chunk in _chunks(profile_ids):
        on_roster.update(
            Enrollment.objects.filter(cohort=cohort, trainee_id__in=chunk).values_list(
                "trainee_id", "status"
            )
        )
        busy.update(
            Enrollment.objects.filter(
                trainee_id__in=chunk,
                status__in=Enrollment.ACTIVE,
                cohort__course__translation_key=cohort.course.translation_key,
            )
            .exclude(cohort=cohort)
            .values_list("trainee_id", flat=True)
        )

    # Second pass: the action of each row, and the seats, in file order.
    free = max(cohort.capacity - cohort.enrolled_count, 0)
    placed = 0
    for index, row in enumerate(rows, start=1):
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index)
        if row.errors:
            row.action = Action.ERROR
            continue
        _decide(row, cohort, memberships, on_roster, busy, headings)
        if row.errors:
            row.action = Action.ERROR
            continue
        if row.place:
            placed += 1
            row.placement = (
                Enrollment.Status.ENROLLED if placed <= free else Enrollment.Status.WAITLISTED
            )
    if progress is not None:
        progress(len(rows))
    if when_full == RosterImport.WhenFull.REFUSE and placed > free:
        plan.file_errors.append(str(COHORT_REFUSE_FULL % {"free": free, "count": placed}))
    return plan


def _home_cluster(cohort: Cohort, company: Company | None, memberships) -> int:
    """The cluster of a new profile: the cohort's, unless the company belongs elsewhere."""
    if company is None or cohort.cluster_id in memberships[company.pk]:
        return cohort.cluster_id
    return min(memberships[company.pk])


def _decide(row: PlanRow, cohort: Cohort, memberships, on_roster, busy, headings) -> None:
    f = row.fields
    if row.user is None:
        row.action, row.place = Action.CREATE, True
        row.cluster_id = _home_cluster(cohort, row.company, memberships)
        return
    profile = row.profile
    if profile is None:
        row.action, row.place = Action.UPDATE, True
        row.cluster_id = _home_cluster(cohort, row.company, memberships)
        row.notes.append(str(NOTE_NEW_PROFILE))
        return
    # Fill in blanks only: never overwrite what the person (or another admin) wrote.
    changes = {}
    for name in ("maternal_surname", "curp", "gender", "occupation", "trainee_type"):
        if f.get(name) and not getattr(profile, name):
            changes[name] = f[name]
    company = row.company
    if company is not None:
        if profile.company_id is None:
            if profile.cluster_id is None:
                changes["company_id"] = company.pk
                changes["cluster_id"] = _home_cluster(cohort, company, memberships)
            elif profile.cluster_id in memberships[company.pk]:
                changes["company_id"] = company.pk
            else:
                row.notes.append(str(NOTE_COMPANY_NOT_SET))
        elif profile.company_id != company.pk:
            row.notes.append(str(NOTE_KEEPS_COMPANY))
    if profile.cluster_id is None and "cluster_id" not in changes:
        changes["cluster_id"] = cohort.cluster_id
    row.changes = changes
    if changes:
        labels = []
        for name in changes:
            base = name.removesuffix("_id")
            labels.append(str(TraineeProfile._meta.get_field(base).verbose_name))
        row.notes.append(str(NOTE_FILLS % {"fields": ", ".join(labels)}))
    status = on_roster.get(profile.pk)
    if status and status not in (Enrollment.Status.WITHDRAWN, Enrollment.Status.REJECTED):
        row.action = Action.UPDATE if changes else Action.SKIP
        row.notes.append(str(NOTE_ON_ROSTER % {"status": Enrollment.Status(status).label}))
        return
    if profile.pk in busy:
        row.error(headings["email"], OTHER_COHORT)
        return
    row.action, row.place = (Action.UPDATE if changes else Action.ENROLL), True
    row.reenter = bool(status)
