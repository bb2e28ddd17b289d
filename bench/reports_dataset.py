"""Benchmark dataset for the reports (issue 7): a network's two years of training.

Run on demand (not part of the suite):

    nice .venv/bin/python bench/reports_dataset.py --size national   # ~2.5 min
    .venv/bin/python bench/reports_dataset.py --size cluster [--reset] [--skip-setup]
    .venv/bin/python bench/reports_dataset.py --size tiny --reset

Sizes (trainees, enrollments, attendance rows; certificates follow the outcomes):

    national  10 clusters   100,000 trainees   1,000,000 enrollments   10,000,000 rows
    cluster   1 (Querétaro)  10,000             100,000                  1,000,000
    tiny      10 clusters     1,000              10,000                    100,000

Defaults: DATABASE_URL postgres://postgres@127.0.0.1:5432/lms_bench_reports (a database
of its own, created if missing), CACHE_URL redis://127.0.0.1:6379/14, production
settings with the issuer key of bench/_server.py. Set-up, as the other benchmarks:
migrate and `seed_demo` (the catalog: clusters, companies, courses, the demo people and
their cohorts; ~80 s the first time); `--skip-setup` skips it. The seeded database is
kept as a template (`<name>_seeded`), so `--reset` (drop the database and make it
again) costs seconds, not a new seed; `--drop` drops both and stops.

Then, in one transaction, written with PostgreSQL COPY (psycopg's `cursor.copy`):

- trainees: users (`bench-rpt-NNNNNN@bench-reports.example.com`, unusable passwords)
  and their TraineeProfile: Mexican names, format-valid CURPs for most, ~45 %
  engineers, ~25 % women (some non-binary, some undisclosed or blank), a member
  company of their cluster (academia for students, none for a few); 8 % changed
  companies during the two years, so "the company at the time" differs from today's;
- cohorts of the cluster's courses (network courses and its own), starting on
  weekdays from the first day of the month 23 months ago to 40 days from today, more
  in later months, fewer in December; capacity by modality; their counters
  (enrolled, waitlisted, pending) agree with their rows and never exceed capacity;
- sessions on consecutive weekdays in the cluster's time zone, adding up to the
  course's hours (the session length is calibrated so attendance lands on the size's
  figure);
- enrollments (the number exactly): the people are drawn with unequal appetite (some
  take many courses, a course rarely twice), 15 % from other clusters; statuses
  withdrawn, rejected, waitlisted, pending (upcoming cohorts), enrolled (running and
  upcoming) and, in cohorts that finished, completed / participation / not completed
  with `completed_at` a day or two after the last session; company at the time,
  source, and the request / enrolment / decision times;
- attendance of every session held for everyone holding a seat: present, late (with
  the minutes), absent, excused, as each person's outcome makes likely;
- certificates: 97 % of completions and 90 % of participations where the course
  gives one; status valid (0.3 % revoked later), issued minutes after the outcome,
  unique random 26-character codes, the snapshot columns filled from the course, the
  cohort and the cluster's default template.

No email, no events, no audit rows (EnrollmentChange, AttendanceChange): the rollup
does not read them. To write fast, the loaded tables' indexes and unique and foreign
key constraints are dropped inside the transaction and made again at its end, which
checks every row against them (check constraints stay on throughout). The sequences
move past the written ids, and the tables are vacuumed and analysed afterwards.

Reproducible: every choice comes from `random.Random` seeded with `--seed` (default
"issue7") and the calendar counts from `--today` (default: today in Mexico City), so
the same seed and day on a freshly seeded database give the same rows and ids.
Idempotent: the database remembers what it holds (table `bench_reports_dataset`); a
second run at the same size says so and stops, another size is refused without
`--reset`.
"""

import argparse
import itertools
import json
import math
import os
import random
import sys
import time
import uuid
from array import array
from bisect import bisect
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from _server import ENV, ROOT, ensure_database, manage

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/lms_bench_reports"
MEDIA = ROOT / "var" / "bench-reports-media"
USERNAME = "bench-rpt-{:06d}"
EMAIL_DOMAIN = "bench-reports.example.com"
MARKER = "bench_reports_dataset"
MONTHS = 24
UPCOMING_DAYS = 40

SIZES = {
    # name: (cluster slugs or None for all, trainees, enrollments, attendance rows)
    "national": (None, 100_000, 1_000_000, 10_000_000),
    "cluster": (("queretaro",), 10_000, 100_000, 1_000_000),
    "tiny": (None, 1_000, 10_000, 100_000),
}

BASE_ENV = {
    **ENV,
    "DATABASE_URL": os.environ.get("DATABASE_URL", DEFAULT_DATABASE),
    "CACHE_URL": os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/14"),
    "MEDIA_ROOT": str(MEDIA),
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}
# Set-up and generation run tasks in-process (no broker); emails go to memory.
SCRIPT_ENV = {**BASE_ENV, "CELERY_BROKER_URL": "", "CELERY_TASK_ALWAYS_EAGER": "true"}

# How much of the network's training each cluster does (as cms/seed_training.py).
CLUSTER_WEIGHTS = {"queretaro": 3, "guanajuato": 2, "nuevo-leon": 2, "jalisco": 2, "coahuila": 2}
# How popular a course is, relative to others (default 1): the short entry courses fill.
COURSE_WEIGHTS = {
    "SS-WB": 2.0,
    "SS-YB": 1.6,
    "SS-GB": 1.5,
    "SS-BB": 0.7,
    "TR-TMEC": 1.2,
    "EM-101": 1.4,
    "I4-01": 1.3,
}
OWN_COURSE_WEIGHT = 1.5  # a cluster's own courses, in that cluster
CAPACITY = {"online": (30, 45), "blended": (22, 32), "in_person": (18, 28)}
# Cohorts per start month, relative: Holy Week, summer and December are quieter.
SEASON = {1: 0.9, 2: 1.05, 3: 1.1, 4: 0.85, 5: 1.05, 6: 1.0, 7: 0.8, 8: 1.0, 9: 1.05, 10: 1.1,
          11: 1.0, 12: 0.55}  # fmt: skip
TRAINEE_TYPES = {"engineer": 45, "technician": 25, "operator": 15, "executive": 7, "student": 8}
FROM_OTHER_CLUSTERS = 0.15
MOVED = 0.08  # trainees who changed companies in the period
CURP_SHARE = 0.85

# Statuses, stored per enrollment as one byte (the index here).
STATUSES = ["pending", "enrolled", "waitlisted", "withdrawn", "rejected", "completed",
            "participated", "not_completed"]  # fmt: skip
PENDING, ENROLLED, WAITLISTED, WITHDRAWN, REJECTED, COMPLETED, PARTICIPATED, NOT_COMPLETED = range(
    8
)
HOLDS_SEAT = {ENROLLED, COMPLETED, PARTICIPATED, NOT_COMPLETED}
SOURCES = (["self", "coordinator", "admin", "import"], [45, 25, 20, 10])
METHODS = (["instructor", "qr", "import"], [70, 25, 5])

LOADED = [  # the tables written, in the order they are written
    "clusters_user",
    "clusters_traineeprofile",
    "training_cohort",
    "training_session",
    "training_enrollment",
    "training_attendance",
    "certificates_certificate",
]
NULL = "\\N"
DAY = 86_400


def ts(seconds: float) -> str:
    """A COPY timestamp (UTC) from epoch seconds."""
    return time.strftime("%Y-%m-%d %H:%M:%S+00", time.gmtime(seconds))


def text(value: str) -> str:
    """A value escaped for COPY's text format."""
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def local_epoch(day: date, hour: int, minute: int, tz: ZoneInfo) -> int:
    return int(datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).timestamp())


def weekdays(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


class Cohort:
    """One cohort of the plan: what it is, who is on it, where its rows start."""

    __slots__ = (
        "capacity",
        "cluster",
        "course",
        "ends_on",
        "evening",
        "first_enrollment",
        "first_session",
        "holders",
        "index",
        "kind",
        "method",
        "minutes",
        "pending",
        "rejected",
        "sessions",
        "starts_on",
        "statuses",
        "times",
        "trainees",
        "upcoming",
        "waitlisted",
        "weekdays_held",
        "withdrawn",
    )  # fmt: skip

    @property
    def size(self) -> int:
        return self.holders + self.waitlisted + self.withdrawn + self.rejected + self.pending


class Generator:
    def __init__(self, size: str, today: date, seed: str, url: str):
        self.size_name = size
        self.slugs, self.n_trainees, self.n_enrollments, self.n_attendance = SIZES[size]
        self.today, self.seed, self.url = today, seed, url
        self.now = min(time.time(), local_epoch(today, 23, 59, ZoneInfo("America/Mexico_City")))
        self.window_start = month_start(today, MONTHS - 1)
        self.counts: dict[str, int] = {}
        self.timings: list[tuple[str, float]] = []

    def rng(self, *parts) -> random.Random:
        return random.Random(":".join(map(str, (self.seed, *parts))))

    def phase(self, name: str, began: float) -> float:
        now = time.monotonic()
        self.timings.append((name, now - began))
        print(f"  {name}: {now - began:.1f} s", flush=True)
        return now

    # --- the catalog (read with Django) ---------------------------------------------

    def catalog(self) -> None:
        from certificates.models import Certificate, CertificateTemplate
        from clusters.models import Cluster, Company, CompanyMembership, TraineeProfile, User
        from courses.models import CoursePage
        from training.models import Cohort as CohortModel
        from training.models import Enrollment, Session

        clusters = Cluster.objects.order_by("pk")
        if self.slugs:
            clusters = clusters.filter(slug__in=self.slugs)
        self.clusters = {c.pk: c for c in clusters}
        if not self.clusters:
            sys.exit("no clusters: run the set-up (seed_demo) first")
        self.tz = {pk: c.tzinfo for pk, c in self.clusters.items()}
        tiers = dict(Company.objects.values_list("pk", "tier"))
        self.academia, self.industry = {}, {}
        for cluster_id, company_id in CompanyMembership.objects.order_by(
            "cluster_id", "company_id"
        ).values_list("cluster_id", "company_id"):
            if cluster_id not in self.clusters:
                continue
            if tiers[company_id] == Company.Tier.ACADEMIA:
                self.academia.setdefault(cluster_id, []).append(company_id)
            else:
                self.industry.setdefault(cluster_id, []).append(company_id)
        courses = list(CoursePage.objects.filter(locale__language_code="es").order_by("code"))
        english = {
            c.translation_key: c.title
            for c in CoursePage.objects.filter(locale__language_code="en")
        }
        self.courses = [
            {
                "id": c.pk,
                "code": c.code,
                "title_es": c.title,
                "title_en": english.get(c.translation_key, c.title),
                "hours": c.hours,
                "minutes": int(c.hours * 60),
                "modality": c.modality,
                "cluster_id": c.cluster_id,
                "participation": c.participation_certificate,
                "validity": c.certificate_validity_months,
            }
            for c in courses
        ]
        if not self.courses:
            sys.exit("no courses: run the set-up (seed_demo) first")
        self.templates = {}
        for kind in ("completion", "participation"):
            defaults = list(
                CertificateTemplate.objects.filter(kind=kind, is_default=True).prefetch_related(
                    "signatories"
                )
            )
            for cluster_id in self.clusters:
                template = min(
                    (t for t in defaults if t.cluster_id in (cluster_id, None)),
                    key=lambda t: t.cluster_id is None,
                    default=None,
                )
                signatories = [
                    {
                        "name": s.name,
                        "position_es": s.position_es,
                        "position_en": s.position_en,
                        "signature_image_id": s.signature_id,
                    }
                    for s in (template.signatories.all() if template else [])
                ]
                self.templates[cluster_id, kind] = (
                    str(template.pk) if template else NULL,
                    text(json.dumps(signatories, ensure_ascii=False)),
                )
        self.taken_curps = set(
            TraineeProfile.objects.exclude(curp=None).values_list("curp", flat=True)
        )
        self.base = {  # the rows written get ids after the highest in use
            "user": _max_id(User),
            "profile": _max_id(TraineeProfile),
            "cohort": _max_id(CohortModel),
            "session": _max_id(Session),
            "enrollment": _max_id(Enrollment),
            "certificate": _max_id(Certificate),
        }

    # --- trainees -------------------------------------------------------------------

    def trainees(self) -> None:
        from cms import demo_data
        from cms.seed_training import FEMALE, MALE, OCCUPATION_CODES, SURNAMES, TYPES, _ascii

        rng = self.rng("trainees")
        ids = sorted(self.clusters)
        weights = [CLUSTER_WEIGHTS.get(self.clusters[pk].slug, 1) for pk in ids]
        types, type_weights = list(TRAINEE_TYPES), list(TRAINEE_TYPES.values())
        zipf = {pk: _cumulative([1 / (n + 1) ** 0.8 for n in range(len(self.industry.get(pk, [])))])
                for pk in ids}  # fmt: skip
        window = local_epoch(self.window_start, 0, 0, ZoneInfo("America/Mexico_City"))
        n = self.n_trainees
        self.t_cluster = array("i", bytes(4 * n))
        self.t_company = array("i", bytes(4 * n))  # 0: none
        self.t_previous = array("i", bytes(4 * n))  # the company before a move (0: none)
        self.t_moved_at = array("q", bytes(8 * n))
        self.t_language = bytearray(n)  # 1: English
        self.t_name: list[str] = []
        self.t_type: list[str] = []
        self.t_gender: list[str] = []
        self.users, self.profiles = [], []
        self.pools: dict[int, tuple[list[int], list[float]]] = {}
        stats = {"engineer": 0, "female": 0, "undisclosed_or_blank": 0, "with_company": 0}
        for i in range(n):
            cluster_id = rng.choices(ids, weights)[0]
            trainee_type = rng.choices(types, type_weights)[0]
            roll = rng.random()
            gender = (
                "female" if roll < 0.25 else "non_binary" if roll < 0.255
                else "undisclosed" if roll < 0.275 else "" if roll < 0.30 else "male"
            )  # fmt: skip
            woman = gender == "female" or (gender != "male" and rng.random() < 0.5)
            given = rng.choice(FEMALE if woman else MALE)
            surname1, surname2 = rng.choice(SURNAMES), rng.choice(SURNAMES)
            occupation = rng.choice(TYPES[trainee_type][1])[0 if woman else 1]
            industry = self.industry.get(cluster_id, [])
            company = previous = moved_at = 0
            if trainee_type == "student":
                company = (self.academia.get(cluster_id) or [0])[0]
            elif industry and rng.random() > 0.04:
                company = industry[bisect(zipf[cluster_id], rng.random() * zipf[cluster_id][-1])]
                if len(industry) > 1 and rng.random() < MOVED:
                    previous = rng.choice([c for c in industry if c != company])
                    moved_at = window + int(rng.random() * (self.now - window))
            curp = NULL
            if rng.random() < CURP_SHARE:
                born = date(rng.randint(1966, 2004), rng.randint(1, 12), rng.randint(1, 28))
                state = rng.choice(["QT", "GT", "NL", "JC", "CL", "CH", "SP", "PL", "MC", "DF"])
                sex = "M" if woman else "H"
                while True:
                    code = demo_data.curp_for(
                        _ascii(given), _ascii(surname1), _ascii(surname2), f"{born:%y%m%d}", sex,
                        state,
                    )  # fmt: skip
                    if code not in self.taken_curps:
                        break
                    born += timedelta(days=1)
                self.taken_curps.add(code)
                curp = code
            english = rng.random() < 0.04
            joined = window - rng.randint(1, 400) * DAY + rng.randint(0, DAY)
            activity = rng.lognormvariate(0, 0.7)
            # Every draw is made above: what follows only writes.
            user_id, profile_id = self.base["user"] + i + 1, self.base["profile"] + i + 1
            self.t_cluster[i], self.t_company[i] = cluster_id, company
            self.t_previous[i], self.t_moved_at[i] = previous, moved_at
            self.t_language[i] = english
            self.t_name.append(text(f"{given} {surname1} {surname2}"))
            self.t_type.append(trainee_type)
            self.t_gender.append(gender)
            pool = self.pools.setdefault(cluster_id, ([], []))
            pool[0].append(i)
            pool[1].append((pool[1][-1] if pool[1] else 0) + activity)
            username = USERNAME.format(i + 1)
            self.users.append(
                f"{user_id}\t!bench-reports-unusable\t\\N\tf\t{username}\t\t\tf\tt\t{ts(joined)}\t"
                f"{username}@{EMAIL_DOMAIN}\t{'en' if english else 'es'}\n"
            )
            self.profiles.append(
                f"{profile_id}\t{text(given)}\t{text(surname1)}\t{text(surname2)}\t{curp}\t"
                f"{text(occupation)}\t\t{trainee_type}\t{gender}\t{ts(joined)}\t{cluster_id}\t"
                f"{company or NULL}\t{user_id}\t{OCCUPATION_CODES.get(trainee_type, '')}\n"
            )
            stats["engineer"] += trainee_type == "engineer"
            stats["female"] += gender == "female"
            stats["undisclosed_or_blank"] += gender in ("", "undisclosed")
            stats["with_company"] += bool(company)
        self.counts["trainees"] = n
        self.trainee_stats = stats
        self.cluster_trainees = {pk: len(pool[0]) for pk, pool in self.pools.items()}

    # --- the cohorts' plan ------------------------------------------------------------

    def plan(self) -> None:
        rng = self.rng("cohorts")
        ids = sorted(self.clusters)
        weights = [CLUSTER_WEIGHTS.get(self.clusters[pk].slug, 1) for pk in ids]
        offered = {}
        for pk in ids:
            courses = [
                (n, COURSE_WEIGHTS.get(c["code"], 1) * (OWN_COURSE_WEIGHT if c["cluster_id"] else 1))
                for n, c in enumerate(self.courses)
                if c["cluster_id"] in (None, pk)
            ]  # fmt: skip
            offered[pk] = ([n for n, _ in courses], _cumulative([w for _, w in courses]))
        last = self.today + timedelta(days=UPCOMING_DAYS)
        days = [
            self.window_start + timedelta(days=n)
            for n in range((last - self.window_start).days + 1)
        ]
        days = [d for d in days if d.weekday() < 5]
        span = (last - self.window_start).days
        day_weights = _cumulative(
            [(0.7 + 0.6 * (d - self.window_start).days / span) * SEASON[d.month] for d in days]
        )
        self.cohorts: list[Cohort] = []
        remaining = self.n_enrollments
        while remaining > 0:
            cohort = Cohort()
            cohort.times = None
            cohort.index = len(self.cohorts)
            cohort.cluster = rng.choices(ids, weights)[0]
            numbers, cumulative = offered[cohort.cluster]
            cohort.course = numbers[bisect(cumulative, rng.random() * cumulative[-1])]
            course = self.courses[cohort.course]
            cohort.starts_on = days[bisect(day_weights, rng.random() * day_weights[-1])]
            cohort.capacity = rng.randint(*CAPACITY[course["modality"]])
            cohort.upcoming = cohort.starts_on > self.today
            low, high = (0.3, 1.1) if cohort.upcoming else (0.75, 1.3)
            demand = rng.randint(int(cohort.capacity * low), int(cohort.capacity * high))
            cohort.rejected = cohort.withdrawn = cohort.pending = 0
            wanting = 0
            for _ in range(demand):
                roll = rng.random()
                if roll < 0.01:
                    cohort.rejected += 1
                elif roll < 0.08:
                    cohort.withdrawn += 1
                elif cohort.upcoming and roll < 0.12:
                    cohort.pending += 1
                else:
                    wanting += 1
            cohort.holders = min(wanting, cohort.capacity)
            cohort.waitlisted = wanting - cohort.holders
            cohort.evening = rng.random() < (0.6 if course["modality"] == "online" else 0.3)
            cohort.method = METHODS[0][rng.choices(range(3), METHODS[1])[0]]
            # The last cohort takes what is left: enrollments come out exact.
            excess = max(cohort.size - remaining, 0)
            for field in ("waitlisted", "pending", "withdrawn", "rejected", "holders"):
                cut = min(excess, getattr(cohort, field))
                setattr(cohort, field, getattr(cohort, field) - cut)
                excess -= cut
            if cohort.size == 0:
                continue
            cohort.weekdays_held = _weekdays_between(cohort.starts_on, self.today)
            remaining -= cohort.size
            self.cohorts.append(cohort)

    def calibrate(self) -> float:
        """The session length (hours) that makes the rows of attendance the size's figure."""

        def sessions(minutes: int, length: float) -> int:
            return max(
                1, math.ceil(minutes / 840), min(minutes // 30, round(minutes / 60 / length))
            )

        def rows(length: float) -> int:
            return sum(
                c.holders * min(sessions(self.courses[c.course]["minutes"], length), c.weekdays_held)
                for c in self.cohorts
            )  # fmt: skip

        low, high = 0.5, 14.0
        for _ in range(40):
            middle = (low + high) / 2
            if rows(middle) > self.n_attendance:
                low = middle
            else:
                high = middle
        length = high if abs(rows(high) - self.n_attendance) <= abs(rows(low) - self.n_attendance) else low  # fmt: skip
        for cohort in self.cohorts:
            course = self.courses[cohort.course]
            cohort.sessions = sessions(course["minutes"], length)
            cohort.minutes = course["minutes"] // cohort.sessions
            schedule = weekdays(cohort.starts_on, cohort.sessions)
            cohort.ends_on = schedule[-1]
            last_end = self.session_times(cohort)[-1][1]
            if cohort.upcoming:
                cohort.kind = "upcoming"
            elif last_end + 2 * DAY < self.now:
                cohort.kind = "finished"
            else:
                cohort.kind = "running"
        return length

    def session_times(self, cohort: Cohort) -> list[tuple[int, int]]:
        """(start, end) epoch seconds of each session; the last takes the odd minutes."""
        if cohort.times is None:
            cohort.times = self._session_times(cohort)
        return cohort.times

    def _session_times(self, cohort: Cohort) -> list[tuple[int, int]]:
        total = self.courses[cohort.course]["minutes"]
        tz = self.tz[cohort.cluster]
        times = []
        for n, day in enumerate(weekdays(cohort.starts_on, cohort.sessions)):
            minutes = cohort.minutes if n < cohort.sessions - 1 else total - cohort.minutes * n
            hour = 8 if minutes > 360 else 16 if cohort.evening else 9
            start = local_epoch(day, hour, 0, tz)
            times.append((start, start + minutes * 60))
        return times

    def rosters(self) -> None:
        """Who is on each cohort and with which status."""
        rng = self.rng("rosters")
        taken = [0] * self.n_trainees  # courses taken, as a bit mask
        ids = sorted(self.pools)
        cluster_cumulative = _cumulative([self.cluster_trainees[pk] for pk in ids])
        others = len(ids) > 1
        first_enrollment = self.base["enrollment"] + 1
        first_session = self.base["session"] + 1
        for cohort in self.cohorts:
            bit = 1 << cohort.course
            chosen: list[int] = []
            seen: set[int] = set()
            for _ in range(cohort.size):
                for attempt in range(12):
                    if others and rng.random() < FROM_OTHER_CLUSTERS:
                        pool = self.pools[ids[bisect(cluster_cumulative, rng.random() * cluster_cumulative[-1])]]  # fmt: skip
                    else:
                        pool = self.pools[cohort.cluster]
                    people, cumulative = pool
                    trainee = people[bisect(cumulative, rng.random() * cumulative[-1])]
                    if trainee in seen:
                        continue
                    if taken[trainee] & bit and attempt < 8:
                        continue
                    break
                else:  # a small pool: anyone not on the cohort yet
                    trainee = next(t for t in self.pools[cohort.cluster][0] if t not in seen)
                seen.add(trainee)
                taken[trainee] |= bit
                chosen.append(trainee)
            statuses = (
                [REJECTED] * cohort.rejected + [WITHDRAWN] * cohort.withdrawn
                + [PENDING] * cohort.pending + [WAITLISTED] * cohort.waitlisted
            )  # fmt: skip
            for _ in range(cohort.holders):
                if cohort.kind != "finished":
                    statuses.append(ENROLLED)
                    continue
                roll = rng.random()
                statuses.append(
                    COMPLETED if roll < 0.77 else PARTICIPATED if roll < 0.86 else NOT_COMPLETED
                )
            rng.shuffle(statuses)
            cohort.trainees = array("i", chosen)
            cohort.statuses = bytes(statuses)
            cohort.first_enrollment = first_enrollment
            cohort.first_session = first_session
            first_enrollment += cohort.size
            first_session += cohort.sessions

    # --- writing ----------------------------------------------------------------------

    def write(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute("SET maintenance_work_mem = '512MB'")
            conn.execute("SET max_parallel_maintenance_workers = 1")
            began = time.monotonic()
            with conn.transaction():
                restore = [statement for table in LOADED for statement in _detach(conn, table)]
                began = self.phase(f"dropped {len(restore)} indexes and constraints", began)
                self.copy(conn, "clusters_user", _USER, self.users)
                self.copy(conn, "clusters_traineeprofile", _PROFILE, self.profiles)
                self.users = self.profiles = None
                began = self.phase("users and trainee profiles", began)
                self.copy(conn, "training_cohort", _COHORT, self.cohort_rows())
                self.copy(conn, "training_session", _SESSION, self.session_rows())
                began = self.phase("cohorts and sessions", began)
                self.completed_at = array("q", bytes(8 * self.n_enrollments))
                self.copy(conn, "training_enrollment", _ENROLLMENT, self.enrollment_rows())
                began = self.phase("enrollments", began)
                self.copy(conn, "training_attendance", _ATTENDANCE, self.attendance_rows())
                began = self.phase("attendance", began)
                self.copy(conn, "certificates_certificate", _CERTIFICATE, self.certificate_rows())
                began = self.phase("certificates", began)
                for statement in restore:
                    conn.execute(statement)
                began = self.phase("indexes and constraints made again (every row checked)", began)
                for table in LOADED:
                    conn.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                conn.execute(
                    f"INSERT INTO {MARKER} (size, seed, today, generated_at, counts) "
                    "VALUES (%s, %s, %s, now(), %s)",
                    [self.size_name, self.seed, self.today, json.dumps(self.counts)],
                )
            began = self.phase("committed", began)
            for table in LOADED:
                conn.execute(f"VACUUM (ANALYZE) {table}")
            self.phase("vacuumed and analysed", began)

    def copy(self, conn, table: str, columns: str, rows) -> None:
        count = 0
        with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            chunk: list[str] = []
            for row in rows:
                chunk.append(row)
                if len(chunk) >= 20_000:
                    copy.write("".join(chunk))
                    count += len(chunk)
                    chunk = []
            copy.write("".join(chunk))
            count += len(chunk)
        self.counts[table] = count

    def cohort_rows(self):
        cohort_counts = {"upcoming": 0, "running": 0, "finished": 0}
        for cohort in self.cohorts:
            rng = self.rng("cohort", cohort.index)
            course, cluster = self.courses[cohort.course], self.clusters[cohort.cluster]
            tz = self.tz[cohort.cluster]
            opens = local_epoch(cohort.starts_on - timedelta(days=45), 9, 0, tz)
            closes = local_epoch(cohort.starts_on - timedelta(days=2), 23, 0, tz)
            created = opens - 3 * DAY
            location = online = ""
            if course["modality"] in ("in_person", "blended"):
                location = f"Centro de capacitación del clúster, sala {rng.randint(1, 6)}, {cluster.short_name}"  # fmt: skip
            if course["modality"] in ("online", "blended"):
                online = f"https://aulas.example.com/{cluster.slug}/{course['code'].lower()}-{cohort.starts_on:%Y%m%d}-{cohort.index}"  # fmt: skip
            status = {"upcoming": "open", "running": "closed", "finished": "finished"}[cohort.kind]
            updated = min(self.now, self.session_times(cohort)[-1][1] + DAY) if cohort.kind == "finished" else created  # fmt: skip
            cohort_counts[cohort.kind] += 1
            yield (
                f"{self.base['cohort'] + cohort.index + 1}\t{uuid.UUID(int=rng.getrandbits(128), version=4)}\t\t"
                f"{cohort.starts_on}\t{cohort.ends_on}\t{cohort.capacity}\t{course['modality']}\t"
                f"{'en' if rng.random() < 0.08 else 'es'}\t{text(location)}\t{online}\t{ts(opens)}\t"
                f"{ts(closes)}\tnetwork\t{status}\t{cohort.holders}\t{cohort.waitlisted}\t"
                f"{cohort.pending}\t0\t{ts(created)}\t{ts(updated)}\t{cohort.cluster}\t{course['id']}\t10\n"
            )  # fmt: skip
        self.counts.update({f"cohorts_{k}": v for k, v in cohort_counts.items()})

    def session_rows(self):
        sid = self.base["session"]
        for cohort in self.cohorts:
            rng = self.rng("sessions", cohort.index)
            created = ts(local_epoch(cohort.starts_on - timedelta(days=48), 9, 0, self.tz[cohort.cluster]))  # fmt: skip
            for n, (start, end) in enumerate(self.session_times(cohort), start=1):
                sid += 1
                yield (
                    f"{sid}\t{uuid.UUID(int=rng.getrandbits(128), version=4)}\t{ts(start)}\t{ts(end)}\t"
                    f"Sesión {n}\t\t\tscheduled\t0\t0\t{created}\t{created}\t{cohort.cluster}\t"
                    f"{self.base['cohort'] + cohort.index + 1}\n"
                )  # fmt: skip

    def enrollment_rows(self):
        by_status = [0] * len(STATUSES)
        for cohort in self.cohorts:
            rng = self.rng("enrollments", cohort.index)
            tz = self.tz[cohort.cluster]
            opens = local_epoch(cohort.starts_on - timedelta(days=45), 9, 0, tz)
            closes = min(
                local_epoch(cohort.starts_on - timedelta(days=2), 23, 0, tz), self.now - 3600
            )
            starts = local_epoch(cohort.starts_on, 8, 0, tz)
            last_end = self.session_times(cohort)[-1][1]
            cohort_id = self.base["cohort"] + cohort.index + 1
            for n, (trainee, status) in enumerate(
                zip(cohort.trainees, cohort.statuses, strict=True)
            ):
                eid = cohort.first_enrollment + n
                source = rng.choices(SOURCES[0], SOURCES[1])[0]
                requested = opens + int(rng.random() * (closes - opens))
                enrolled = waitlisted = withdrawn = decided = completed = None
                if source == "self" and rng.random() < 0.2:  # their company approves requests
                    decided = min(requested + rng.randint(3600, 3 * DAY), self.now - 60)
                if status == REJECTED:
                    decided = decided or min(requested + rng.randint(3600, 3 * DAY), self.now - 60)
                elif status == WAITLISTED:
                    waitlisted = decided or requested
                elif status == WITHDRAWN:
                    enrolled = decided or requested
                    withdrawn = min(enrolled + int(rng.random() * max(starts - enrolled, 3600)), self.now - 60)  # fmt: skip
                elif status == PENDING:
                    decided = None
                elif status in HOLDS_SEAT:
                    enrolled = decided or requested
                    if status != ENROLLED:
                        completed = last_end + rng.randint(3600, 2 * DAY)
                        self.completed_at[eid - self.base["enrollment"] - 1] = completed
                company = self.t_company[trainee]
                if self.t_moved_at[trainee] and requested < self.t_moved_at[trainee]:
                    company = self.t_previous[trainee]
                updated = max(t for t in (requested, enrolled, waitlisted, withdrawn, decided, completed) if t)  # fmt: skip
                by_status[status] += 1
                yield (
                    f"{eid}\t{STATUSES[status]}\t{source}\t{ts(requested)}\t{_ts(enrolled)}\t"
                    f"{_ts(waitlisted)}\t{_ts(withdrawn)}\t{_ts(decided)}\t{ts(updated)}\t"
                    f"{cohort.cluster}\t{cohort_id}\t{company or NULL}\t\\N\t"
                    f"{self.base['profile'] + trainee + 1}\t{_ts(completed)}\n"
                )  # fmt: skip
        self.counts.update({f"enrollments_{s}": by_status[n] for n, s in enumerate(STATUSES)})

    def attendance_rows(self):
        """Every held session of every seat holder; the outcome makes the marks likely."""
        marks = {"present": 0, "late": 0, "absent": 0, "excused": 0}
        for cohort in self.cohorts:
            if cohort.kind == "upcoming":
                continue
            rng = self.rng("attendance", cohort.index)
            held = [(s, e) for s, e in self.session_times(cohort) if e <= self.now]
            if not held:
                continue
            cluster, method = cohort.cluster, cohort.method
            heads, tails = [], []
            for n, (start, end) in enumerate(held):
                recorded = ts(start + rng.randint(300, 1500))
                heads.append(f"{cohort.first_session + n}\t")
                rest = f"\t{method}\t{recorded}\t{cluster}\t"
                tails.append(
                    {
                        "present": f"present\t\\N{rest}",
                        "absent": f"absent\t\\N{rest}",
                        "excused": f"excused\t\\N{rest}",
                        "late": ("late\t", rest, (end - start) // 60),
                    }
                )
            count = len(held)
            for n, status in enumerate(cohort.statuses):
                if status not in HOLDS_SEAT:
                    continue
                eid = f"{cohort.first_enrollment + n}\t\\N\n"
                if status == NOT_COMPLETED:  # stops coming, or misses most sessions
                    stop = int(rng.random() * count * 0.6)
                    for i in range(count):
                        kind = "present" if i < stop else ("excused" if rng.random() < 0.1 else "absent")  # fmt: skip
                        marks[kind] += 1
                        yield heads[i] + tails[i][kind] + eid
                    continue
                late, absent, excused = (0.86, 0.94, 0.97) if status == PARTICIPATED else (0.92, 0.965, 0.982)  # fmt: skip
                for i in range(count):
                    roll = rng.random()
                    if roll < late:
                        kind = "present"
                    elif roll < absent:
                        head, rest, minutes = tails[i]["late"]
                        marks["late"] += 1
                        yield f"{heads[i]}{head}{max(minutes - rng.choice((10, 15, 20, 30, 45, 60)), 1)}{rest}{eid}"  # fmt: skip
                        continue
                    elif roll < excused:
                        kind = "absent"
                    else:
                        kind = "excused"
                    marks[kind] += 1
                    yield heads[i] + tails[i][kind] + eid
        self.counts.update({f"attendance_{k}": v for k, v in marks.items()})

    def certificate_rows(self):
        rng = self.rng("certificates")
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
        mexico = ZoneInfo("America/Mexico_City")
        cid = self.base["certificate"]
        stats = {"completion": 0, "participation": 0, "revoked": 0}
        for cohort in self.cohorts:
            if cohort.kind != "finished":
                continue
            course, cluster = self.courses[cohort.course], self.clusters[cohort.cluster]
            for n, status in enumerate(cohort.statuses):
                if status == COMPLETED and rng.random() < 0.97:
                    kind = "completion"
                elif status == PARTICIPATED and course["participation"] and rng.random() < 0.9:
                    kind = "participation"
                else:
                    continue
                eid = cohort.first_enrollment + n
                trainee = cohort.trainees[n]
                completed = self.completed_at[eid - self.base["enrollment"] - 1]
                issued = min(completed + rng.randint(20, 1800), self.now - 30)
                issued_on = datetime.fromtimestamp(issued, mexico).date()
                valid_until = NULL
                if course["validity"]:
                    months = issued_on.year * 12 + issued_on.month - 1 + course["validity"]
                    valid_until = str(date(months // 12, months % 12 + 1, min(issued_on.day, 28)))
                status, revoked_at, reason = "valid", NULL, ""
                if rng.random() < 0.003:
                    status, reason = "revoked", "Emitido por error"
                    revoked_at = ts(min(issued + rng.randint(DAY, 60 * DAY), self.now - 10))
                    stats["revoked"] += 1
                template, signatories = self.templates[cohort.cluster, kind]
                completed = self.completed_at[eid - self.base["enrollment"] - 1]
                company = self.t_company[trainee]
                if self.t_moved_at[trainee] and completed < self.t_moved_at[trainee]:
                    company = self.t_previous[trainee]
                cid += 1
                stats[kind] += 1
                code = "".join(rng.choices(alphabet, k=26))
                language = "en" if self.t_language[trainee] else "es"
                yield "\t".join(
                    (
                        str(cid), code, kind, status, language, "1", self.t_name[trainee],
                        course["code"], text(course["title_es"]), text(course["title_en"]),
                        str(course["hours"]), str(cohort.starts_on), str(cohort.ends_on),
                        text(cluster.name), signatories, str(issued_on), valid_until, ts(issued),
                        "", "", revoked_at, reason, "1", NULL, "", "f", ts(issued + 60),
                        ts(completed), ts(issued), str(cohort.cluster), str(company or NULL),
                        str(eid), NULL, str(self.base["profile"] + trainee + 1), template,
                    )
                ) + "\n"  # fmt: skip
        self.counts.update({f"certificates_{k}": v for k, v in stats.items()})

    # --- the whole run ------------------------------------------------------------------

    def run(self) -> None:
        from django.db import connection

        began = time.monotonic()
        self.catalog()
        connection.close()  # the catalog is read; the rows go through a connection of their own
        began = self.phase("catalog read", began)
        self.trainees()
        began = self.phase(f"{self.n_trainees:,} trainees drawn", began)
        self.plan()
        length = self.calibrate()
        began = self.phase(
            f"{len(self.cohorts):,} cohorts planned (sessions of {length:.2f} h on average)", began
        )
        self.rosters()
        self.phase("rosters drawn", began)
        self.write()


_USER = ("id, password, last_login, is_superuser, username, first_name, last_name, is_staff, "
         "is_active, date_joined, email, language")  # fmt: skip
_PROFILE = ("id, given_names, paternal_surname, maternal_surname, curp, occupation, job_title, "
            "trainee_type, gender, updated_at, cluster_id, company_id, user_id, occupation_code")  # fmt: skip
_COHORT = ("id, uid, name, starts_on, ends_on, capacity, modality, language, location, online_url, "
           "enrollment_opens_at, enrollment_closes_at, visibility, status, enrolled_count, "
           "waitlist_count, pending_count, calendar_sequence, created_at, updated_at, cluster_id, "
           "course_id, checkin_grace_minutes")  # fmt: skip
_SESSION = ("id, uid, starts_at, ends_at, topic, location, online_url, status, sequence, "
            "notified_sequence, created_at, updated_at, cluster_id, cohort_id")  # fmt: skip
_ENROLLMENT = ("id, status, source, requested_at, enrolled_at, waitlisted_at, withdrawn_at, "
               "decided_at, updated_at, cluster_id, cohort_id, company_id, decided_by_id, "
               "trainee_id, completed_at")  # fmt: skip
_ATTENDANCE = "session_id, status, minutes, method, recorded_at, cluster_id, enrollment_id, recorded_by_id"  # fmt: skip
_CERTIFICATE = ("id, code, kind, status, language, revision, holder_name, course_code, "
                "course_title_es, course_title_en, hours, starts_on, ends_on, cluster_name, "
                "signatories, issued_on, valid_until, issued_at, pdf, credential, revoked_at, "
                "revoked_reason, attempts, claimed_at, last_error, notify, emailed_at, created_at, "
                "updated_at, cluster_id, company_id, enrollment_id, revoked_by_id, trainee_id, "
                "template_id")  # fmt: skip


def _ts(seconds) -> str:
    return NULL if seconds is None else ts(seconds)


def _cumulative(weights) -> list[float]:
    return list(itertools.accumulate(weights))


def _weekdays_between(first: date, before: date) -> int:
    """Weekdays from `first` up to the day before `before`."""
    if before <= first:
        return 0
    days = (before - first).days
    weeks, extra = divmod(days, 7)
    return weeks * 5 + sum((first.weekday() + n) % 7 < 5 for n in range(extra))


def _max_id(model) -> int:
    from django.db.models import Max

    return model.objects.aggregate(m=Max("pk"))["m"] or 0


def _detach(conn, table: str) -> list[str]:
    """Drop the table's indexes and its unique and foreign-key constraints (not the primary
    key, not the check constraints); return the statements that make them again."""
    constraints = conn.execute(
        "SELECT conname, pg_get_constraintdef(oid), contype FROM pg_constraint "
        "WHERE conrelid = %s::regclass AND contype IN ('u', 'f') ORDER BY contype DESC, conname",
        [table],
    ).fetchall()
    indexes = conn.execute(
        "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = %s::regclass "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid "
        "AND k.contype IN ('p', 'u', 'x')) ORDER BY c.relname",
        [table],
    ).fetchall()
    for name, _, _ in constraints:
        conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return [definition for _, definition in indexes] + [
        f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'
        for name, definition, _ in constraints  # unique ones first, then foreign keys
    ]


# --- the database ----------------------------------------------------------------------


def _config(url: str) -> dict:
    import environ

    return environ.Env.db_url_config(url)


def _admin_connection(url: str):
    import psycopg

    config = _config(url)
    return psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


def _exists(conn, name: str) -> bool:
    return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def _bench_name(url: str) -> str:
    name = _config(url)["NAME"]
    if not name.startswith("lms_bench"):
        sys.exit(f"refusing to drop {name!r}: only lms_bench* databases")
    return name


def reset_database(url: str) -> None:
    """Drop the database; make it again from the seeded template if there is one."""
    name = _bench_name(url)
    with _admin_connection(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if _exists(conn, f"{name}_seeded"):
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{name}_seeded"')
            print(f"dropped {name} and made it again from {name}_seeded")
        else:
            print(f"dropped {name}")


def drop_databases(url: str) -> None:
    name = _bench_name(url)
    with _admin_connection(url) as conn:
        for db in (name, f"{name}_seeded"):
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    print(f"dropped {name} and {name}_seeded")


def keep_template(url: str) -> None:
    """Keep the freshly seeded database as a template, for a quick --reset."""
    import psycopg

    name = _config(url)["NAME"]
    with _admin_connection(url) as conn:
        if _exists(conn, f"{name}_seeded"):
            return
        try:
            conn.execute(f'CREATE DATABASE "{name}_seeded" TEMPLATE "{name}"')
            print(f"kept the seeded database as {name}_seeded (for --reset)")
        except psycopg.errors.ObjectInUse:
            print(f"(could not copy {name} to {name}_seeded: in use; --reset will seed again)")


def generated(url: str) -> tuple | None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {MARKER} (size text PRIMARY KEY, seed text, "
            "today date, generated_at timestamptz, counts jsonb)"
        )
        return conn.execute(
            f"SELECT size, seed, today, generated_at, counts FROM {MARKER}"
        ).fetchone()


def setup(url: str) -> None:
    manage("migrate", "--noinput", "-v", "0", env=SCRIPT_ENV)
    manage("seed_demo", env=SCRIPT_ENV)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=list(SIZES), required=True)
    parser.add_argument("--reset", action="store_true", help="drop the database first")
    parser.add_argument("--skip-setup", action="store_true", help="no migrate, no seed_demo")
    parser.add_argument("--seed", default="issue7")
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--drop", action="store_true", help="drop the databases and stop")
    args = parser.parse_args()
    url = BASE_ENV["DATABASE_URL"]
    if args.drop:
        drop_databases(url)
        return
    began = time.monotonic()
    print(f"database {url}, size {args.size}, seed {args.seed!r}")
    if args.reset:
        reset_database(url)
    ensure_database(url)
    state = generated(url)
    if state:
        size, seed, today, at, counts = state
        if size != args.size:
            sys.exit(f"{url} holds the {size} dataset (seed {seed!r}, {today}); use --reset")
        print(
            f"already generated: the {size} dataset (seed {seed!r}, today {today}), made "
            f"{at:%Y-%m-%d %H:%M} UTC: {counts.get('training_enrollment', 0):,} enrollments, "
            f"{counts.get('training_attendance', 0):,} attendance rows. Nothing to do."
        )
        if not args.skip_setup:
            manage("migrate", "--noinput", "-v", "0", env=SCRIPT_ENV)  # the newest schema
        return
    if not args.skip_setup:
        setup(url)
        print(f"set-up (migrate, seed_demo): {time.monotonic() - began:.0f} s")
        keep_template(url)
    os.environ.update(SCRIPT_ENV)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.utils import timezone

    today = args.today or timezone.localdate()
    if today > timezone.localdate():
        sys.exit("--today cannot be in the future")
    generator = Generator(args.size, today, args.seed, url)
    print(
        f"generating: {generator.n_trainees:,} trainees, {generator.n_enrollments:,} "
        f"enrollments, ~{generator.n_attendance:,} attendance rows, "
        f"{generator.window_start:%Y-%m} to {today:%Y-%m}"
    )
    generation = time.monotonic()
    generator.run()
    seconds = time.monotonic() - generation
    print_summary(generator, seconds, time.monotonic() - began)


def print_summary(generator: Generator, seconds: float, total: float) -> None:
    c = generator.counts
    s = generator.trainee_stats
    n = generator.n_trainees
    print(f"\nmade in {seconds:.0f} s ({total:.0f} s with the set-up):")
    print(
        f"  trainees      {n:,} ({s['engineer'] / n:.1%} engineers, {s['female'] / n:.1%} women, "
        f"{s['undisclosed_or_blank'] / n:.1%} gender undisclosed or blank, "
        f"{s['with_company'] / n:.1%} with a company), in {len(generator.clusters)} cluster(s)"
    )
    print(
        f"  cohorts       {c['training_cohort']:,} ({c['cohorts_finished']:,} finished, "
        f"{c['cohorts_running']:,} running, {c['cohorts_upcoming']:,} upcoming); "
        f"sessions {c['training_session']:,}"
    )
    statuses = ", ".join(f"{s} {c[f'enrollments_{s}']:,}" for s in STATUSES)
    print(f"  enrollments   {c['training_enrollment']:,}: {statuses}")
    marks = ", ".join(
        f"{k} {c[f'attendance_{k}']:,}" for k in ("present", "late", "absent", "excused")
    )
    print(f"  attendance    {c['training_attendance']:,}: {marks}")
    print(
        f"  certificates  {c['certificates_certificate']:,}: completion "
        f"{c['certificates_completion']:,}, participation {c['certificates_participation']:,} "
        f"({c['certificates_revoked']:,} revoked)"
    )


if __name__ == "__main__":
    main()
