"""Benchmark: the roster import (issue 4), in-process on PostgreSQL.

Run on demand (not part of the suite):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench \
    .venv/bin/python bench/import_load.py [--rows 500 10000] [--skip-setup] [--keep]

Set-up: the benchmark database is migrated and seeded (both idempotent;
`--skip-setup` skips them). Then, in this process, Django with production settings
(lms.settings.production, as bench/_server.py sets them; CACHE_URL is used if set,
e.g. redis://127.0.0.1:6379/3) times the import's services as the views and the
Celery tasks call them, for each size:

- a roster file (CSV, Spanish headings as in the template) of N new people: valid
  CURPs, distinct emails (`bench-import-<run>-NNNNN@bench-import.example.com`), the
  RFCs of companies that are members of the cohort's cluster;
- a fresh cohort of that cluster with room for everyone (N + 100 seats), so each
  run's figures are for the same work: N accounts created and N people enrolled;
- the actor is a cluster admin of that cluster (the seeded admin.queretaro@...).

What is timed, per size:
  check   `roster_import_create` (stores and parses the upload: the request) and,
          above INLINE_ROWS rows, `roster_import_validate` (the task's service);
          up to INLINE_ROWS rows create checks the file itself, within the request;
  apply   `roster_import_confirm` (the request) and, above INLINE_ROWS rows,
          `roster_import_apply` (the task's service); up to INLINE_ROWS rows confirm
          applies the file itself, within the request;
  emails  `roster_import_send_emails` run batch after batch until every invitation
          and enrollment email is queued (core.mail stores each as an OutgoingEmail
          and queues its delivery). It is a task of its own that starts after the
          import has committed: the people are on the roster before it runs, so it
          does NOT count towards the target. Delivery itself (SMTP) is not timed.

Targets: N <= 500, check + apply <= 5 s (what one request does); N = 10,000,
check + apply <= 30 s (the job path). Celery talks to an in-memory broker here
(`memory://`): the tasks the services queue are published and never consumed;
this script runs their services itself, one after the other, as a worker would.

Everything a run makes is deleted at its end (and anything an interrupted run left
at the start of the next): the benchmark cohorts, enrollments, imports and their
files, the people at @bench-import.example.com and the emails queued for them.
`--keep` keeps them for a look in the admin.
"""

import argparse
import csv
import io
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta

from _server import ENV, ROOT, ensure_database, manage, require_database

BENCH_NAME = "Benchmark import"
EMAIL_DOMAIN = "bench-import.example.com"
CLUSTER_SLUG = "queretaro"
ACTOR_EMAIL = "admin.queretaro@example.com"
HEAD = [
    "Correo",
    "Nombre(s)",
    "Primer apellido",
    "Segundo apellido",
    "CURP",
    "RFC empresa",
    "Ocupación",
    "Tipo",
    "Género",
]
GIVEN = ["Ana", "Luis", "María", "José", "Sofía", "Diego", "Lucía", "Jorge", "Elena", "Raúl"]
SURNAMES = ["García", "Hernández", "López", "Martínez", "Pérez", "Sánchez", "Ramírez", "Torres"]
TYPES = ["ingeniero", "técnico", "operador", "ejecutivo", "estudiante"]
STATES = ["QT", "GT", "NL", "JC", "DF", "MC", "SP", "AS"]
CONSONANTS = "BCDFGHJKLMNPRSTVZ"
ENV_HERE = {
    **ENV,
    "CELERY_BROKER_URL": "memory://localhost/",
    "CELERY_TASK_ALWAYS_EAGER": "false",
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}


def _django() -> str | None:
    """Set Django up in this process; return the temporary MEDIA_ROOT it made, if any."""
    os.environ.update(ENV_HERE)
    media = None
    if "MEDIA_ROOT" not in os.environ:  # the uploaded rosters go there, and are deleted
        media = os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="lms-bench-import-")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return media


# --- the roster file -------------------------------------------------------------------


def curps(count: int, rng: random.Random) -> list[str]:
    """`count` distinct, valid CURPs: the run's own initials, one birth date per person."""
    from clusters.validators import curp_check_digit, validate_curp

    initials = (
        rng.choice(CONSONANTS) + rng.choice("AEIOU") + rng.choice(CONSONANTS) + rng.choice("AEIOU")
    )
    first_day = date(1965, 1, 1)
    values = []
    for n in range(count):
        born = first_day + timedelta(days=n)  # 10,000 days: 1965 to 1992
        body = (
            f"{initials}{born:%y%m%d}{'HM'[n % 2]}{STATES[n % len(STATES)]}"
            f"{CONSONANTS[n % 17]}{CONSONANTS[(n // 17) % 17]}{CONSONANTS[(n // 289) % 17]}0"
        )
        values.append(body + curp_check_digit(body))
    validate_curp(values[0])
    return values


def roster_file(count: int, run: str, rfcs: list[str], rng: random.Random) -> bytes:
    """A CSV roster of `count` new people, as a cluster would fill in the template."""
    from clusters.models import TraineeProfile

    while True:  # initials that nobody registered has with these birth dates
        ids = curps(count, rng)
        if not TraineeProfile.objects.filter(curp__in=ids).exists():
            break
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEAD)
    for n, curp in enumerate(ids):
        writer.writerow(
            [
                f"bench-import-{run}-{n:05d}@{EMAIL_DOMAIN}",
                GIVEN[n % len(GIVEN)],
                f"{SURNAMES[n % len(SURNAMES)]}",
                f"{SURNAMES[(n // len(SURNAMES)) % len(SURNAMES)]}",
                curp,
                rfcs[n % len(rfcs)],
                "Operación de planta",
                TYPES[n % len(TYPES)],
                "mujer" if n % 2 else "hombre",
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode()


# --- set-up and clean-up -----------------------------------------------------------------


def world():
    """The cluster, a cluster admin of it, a course, and RFCs of its member companies."""
    from clusters.models import Cluster, ClusterRole, Company, User
    from courses.models import CoursePage

    cluster = Cluster.objects.get(slug=CLUSTER_SLUG)
    actor = User.objects.filter(email=ACTOR_EMAIL).first() or (
        User.objects.filter(
            cluster_roles__cluster=cluster, cluster_roles__role=ClusterRole.Role.CLUSTER_ADMIN
        ).first()
    )
    if actor is None:
        sys.exit(f"no cluster admin of {CLUSTER_SLUG}: run `manage.py seed_demo` first")
    rfcs = list(
        Company.objects.filter(memberships__cluster=cluster)
        .exclude(rfc="")
        .order_by("legal_name")
        .values_list("rfc", flat=True)[:5]
    )
    course = CoursePage.objects.filter(locale__language_code="es").order_by("code").first()
    if not rfcs or course is None:
        sys.exit("the benchmark database has no member companies or courses: seed it")
    return cluster, actor, rfcs, course


def new_cohort(cluster, course, capacity: int, label: str):
    from django.utils import timezone

    from training import services
    from training.models import Cohort

    start = timezone.localdate() + timedelta(days=90)
    return services.cohort_save(
        actor=None,
        course=course,
        cluster=cluster,
        name=f"{BENCH_NAME} {label}",
        starts_on=start,
        ends_on=start + timedelta(days=2),
        capacity=capacity,
        modality=course.modality,
        location="Sala de pruebas de carga" if course.modality != "online" else "",
        online_url="https://aulas.example.com/carga" if course.modality != "in_person" else "",
        status=Cohort.Status.OPEN,
    )


def clean_up() -> dict:
    """Delete what benchmark runs made; return how many of each."""
    from allauth.account.models import EmailAddress
    from django.db import transaction

    from clusters.models import TraineeProfile, User
    from core.models import OutgoingEmail
    from training.models import Cohort, Enrollment, EnrollmentChange, RosterImport

    with transaction.atomic():
        cohorts = Cohort.objects.filter(name__startswith=BENCH_NAME)
        imports = RosterImport.objects.filter(cohort__in=cohorts)
        for imp in imports:
            if imp.file:
                imp.file.delete(save=False)
        counts = {
            "imports": imports.delete()[0],
            "changes": EnrollmentChange.objects.filter(enrollment__cohort__in=cohorts).delete()[0],
            "enrollments": Enrollment.objects.filter(cohort__in=cohorts).delete()[0],
        }
        cohorts.delete()
        people = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
        counts["people"] = people.count()
        # Straight to the tables: the collector would walk every relation of 10,000 users.
        TraineeProfile.objects.filter(user__in=people)._raw_delete("default")
        EmailAddress.objects.filter(user__in=people)._raw_delete("default")
        people.delete()
        counts["emails"] = OutgoingEmail.objects.filter(
            recipients__contains=f"@{EMAIL_DOMAIN}"
        ).delete()[0]
    return counts


# --- the runs ----------------------------------------------------------------------------


def run(size: int, cluster, actor, rfcs, course, rng: random.Random) -> dict:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from core.models import OutgoingEmail
    from training.imports import (
        INLINE_ROWS,
        roster_import_apply,
        roster_import_confirm,
        roster_import_create,
        roster_import_send_emails,
        roster_import_validate,
    )
    from training.models import Enrollment, RosterImport

    Status = RosterImport.Status
    tag = secrets.token_hex(3)
    data = roster_file(size, tag, rfcs, rng)
    cohort = new_cohort(cluster, course, size + 100, f"{size} {tag}")
    upload = SimpleUploadedFile(f"roster-{size}.csv", data, content_type="text/csv")
    inline = size <= INLINE_ROWS

    began = time.perf_counter()
    imp = roster_import_create(
        actor=actor, cohort_id=cohort.pk, uploaded_file=upload, when_full="waitlist", language="es"
    )
    uploaded = time.perf_counter()
    if not inline:  # validate_roster_import's service, as the worker runs it
        imp = roster_import_validate(import_id=imp.pk)
    checked = time.perf_counter()
    if imp.status != Status.READY:
        errors = [r for r in imp.preview or [] if r.get("errors")][:3]
        sys.exit(
            f"{size} rows: the file was not ready ({imp.status}): {imp.error_message} {errors}"
        )

    imp = roster_import_confirm(actor=actor, import_id=imp.pk)
    confirmed = time.perf_counter()
    if not inline:  # apply_roster_import's service
        imp = roster_import_apply(import_id=imp.pk)
    applied = time.perf_counter()
    if imp.status != Status.APPLIED:
        sys.exit(f"{size} rows: the import was not applied ({imp.status}): {imp.error_message}")

    emails_before = OutgoingEmail.objects.filter(recipients__contains=f"@{EMAIL_DOMAIN}").count()
    batches = 0
    mailed = time.perf_counter()
    while True:  # send_roster_import_emails, batch after batch (each a task run)
        roster_import_send_emails(import_id=imp.pk)
        batches += 1
        if RosterImport.objects.filter(pk=imp.pk, emails_sent_at__isnull=False).exists():
            break
    mailed = time.perf_counter() - mailed
    queued = (
        OutgoingEmail.objects.filter(recipients__contains=f"@{EMAIL_DOMAIN}").count()
        - emails_before
    )

    cohort.refresh_from_db()
    enrolled = Enrollment.objects.filter(cohort=cohort, status=Enrollment.Status.ENROLLED).count()
    return {
        "rows": size,
        "path": "request" if inline else "job",
        "upload": uploaded - began,
        "check": checked - began,
        "confirm": confirmed - checked,
        "apply": applied - checked,
        "total": applied - began,
        "target": 5.0 if inline else 30.0,
        "emails": mailed,
        "email_batches": batches,
        "queued": queued,
        "created": imp.created_count,
        "enrolled": enrolled,
        "counter": cohort.enrolled_count,
        "bytes": len(data),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[500, 10_000])
    parser.add_argument("--seed", type=int, default=None, help="random seed of the file")
    parser.add_argument("--skip-setup", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep what the runs made")
    args = parser.parse_args()
    require_database()
    if not args.skip_setup:
        ensure_database(os.environ["DATABASE_URL"])
        manage("migrate", "--noinput", "-v", "0", env=ENV_HERE)
        manage("seed_demo", env=ENV_HERE)
    media = _django()
    from django.conf import settings

    from training.imports import INLINE_ROWS

    rng = random.Random(args.seed)
    cluster, actor, rfcs, course = world()
    left = clean_up()
    if any(left.values()):
        print(f"deleted what earlier runs left: {left}")
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    database = settings.DATABASES["default"]
    print(
        f"roster import, in-process, {settings.SETTINGS_MODULE} on "
        f"{database['ENGINE'].rsplit('.', 1)[-1]} ({database['NAME']}), cache {cache}; "
        f"cluster {cluster.short_name}, actor {actor.email}, {len(rfcs)} member companies; "
        f"files of up to {INLINE_ROWS} rows are handled within the request"
    )
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    results = []
    try:
        for size in args.rows:
            results.append(run(size, cluster, actor, rfcs, course, rng))
    finally:
        if not args.keep:
            print(f"cleaned up: {clean_up()}")
        if media and not args.keep:
            shutil.rmtree(media, ignore_errors=True)
        elif media:
            print(f"the uploaded files are in {media}")

    print()
    print(
        f"{'rows':>6}  {'path':<7}  {'check s':>7}  {'apply s':>7}  {'total s':>7}  "
        f"{'target':>6}  {'':<4}  {'emails queued s':>15}  {'emails':>6}"
    )
    for r in results:
        verdict = "ok" if r["total"] <= r["target"] else "OVER"
        print(
            f"{r['rows']:>6}  {r['path']:<7}  {r['check']:>7.2f}  {r['apply']:>7.2f}  "
            f"{r['total']:>7.2f}  {r['target']:>5.0f}s  {verdict:<4}  {r['emails']:>15.2f}  "
            f"{r['queued']:>6}"
        )
    print()
    for r in results:
        steps = (
            "create checks the file and confirm applies it, each within its request"
            if r["path"] == "request"
            else f"of the check, the upload and parse {r['upload']:.2f} s; of the apply, "
            f"confirm {r['confirm']:.2f} s (both requests), the rest the task's service"
        )
        print(
            f"{r['rows']:>6} rows ({r['bytes'] / 1024:.0f} KB): {steps}; {r['created']} accounts "
            f"created, {r['enrolled']} enrolled (counter {r['counter']}); {r['queued']} emails "
            f"queued in {r['email_batches']} task runs ({r['emails'] / r['email_batches']:.1f} s "
            "each)"
        )
    print(
        "check + apply = total, compared with the target; the emails are queued by a task "
        "of their own after the import commits, outside the target."
    )
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
