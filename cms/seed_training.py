# ruff: noqa: S311 -- demo data: reproducible pseudo-random choices, never secrets
"""Seed the demo cohorts, trainees and enrollments (issue 4), after the catalog.

What it makes (deterministic: every choice comes from `random.Random` seeded with a
fixed string, and the dates count from one anchor day):

- about 240 demo trainees (`aprendiz-demo-NNN`, password `demo_data.DEMO_PASSWORD`)
  with Mexican names, format-valid CURPs, ~35 % women, spread over the ten clusters
  and their member companies;
- cohorts of most courses in several clusters: past ones (the last twelve months,
  closed; their people enrolled or withdrawn, outcomes decided afterwards by
  cms/seed_delivery.py through the completion rule), running ones (started, closed) and upcoming ones (open; a few for member or invited companies only, a few
  full with a waiting list, one cancelled). The Querétaro cohorts are taught by
  instructora@example.com;
- the coordinator's company (coordinador@example.com) approves its people's
  enrollments, and some of its people have requests waiting for that approval;
- aprendiz@example.com completed White and Yellow Belt (so Green Belt, which has an
  open Querétaro cohort, is open to her), is enrolled in one upcoming cohort, is on a
  waiting list (number 2) and withdrew from another cohort;
- instructora@example.com teaches a Querétaro PLC cohort running this fortnight
  (sessions Monday to Thursday), so there is attendance to take.

Everything is written through training's services (seats, counters, history), as a
person would, with two liberties taken for demo data only:

- **No email.** Each status change owes its trainee an email (hundreds of them),
  queued after commit and swept up later by a periodic job if lost.
  `_quiet_services` patches `training.services._after_commit` while seeding so that
  no email task is queued (the page-cache purge and the `enrollment_changed` signal
  still go out on commit), and `_backdate` marks the seeded changes as owing no email.
- **Back-dated times.** Services stamp `timezone.now()`. Every change is made at a
  simulated time (`self.now`), recorded with it, and afterwards the history rows
  (`EnrollmentChange.at`) and the enrollment's own times (requested, enrolled,
  waitlisted, withdrawn, decided) are rewritten with `bulk_update` to those times, so
  the demo shows a year of activity. Real enrollments are never back-dated.

Past cohorts cannot take enrollments through `enrollment_request` (closed), so they
are created open with their real past dates, filled with `enrollment_add` (staff
placement, which checks no dates), and then closed. Who completed them is not set
here: cms/seed_delivery.py gives them sessions, attendance, lessons read and
assessment attempts, and finishes them so the course's completion rule decides.

Idempotent: cohorts are keyed by course + cluster + start date and an existing one is
skipped with its roster; trainees are keyed by email; the anchor day is the day the
demo trainees were first created, so a second run (even days later) plans the same
cohorts and creates nothing.
"""

import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from unittest import mock

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.utils import timezone

from clusters.models import Cluster, ClusterRole, Company, TraineeProfile, User
from clusters.services import company_save, profile_save
from courses.models import CoursePage
from training import services as training_services
from training.models import Cohort, Enrollment, EnrollmentChange

from . import demo_data

Status = Enrollment.Status
Source = Enrollment.Source
Visibility = Cohort.Visibility

TRAINEE_COUNT = 240
USERNAME_PREFIX = "aprendiz-demo-"
NETWORK_ADMIN = "red@example.com"
INSTRUCTOR = "instructora@example.com"
COORDINATOR = "coordinador@example.com"
TRAINEE = "aprendiz@example.com"
HOME_CLUSTER = "queretaro"
# Courses left without cohorts, so the catalog also shows "no cohorts scheduled".
WITHOUT_COHORTS = {"I4-08", "MA-ALIG", "EM-203"}

# --- people ----------------------------------------------------------------------

FEMALE = [
    "María Fernanda", "Ana Sofía", "Guadalupe", "Mariana", "Daniela", "Alejandra",
    "Valeria", "Karla", "Paola", "Gabriela", "Verónica", "Fernanda", "Andrea", "Claudia",
    "Diana", "Itzel", "Ximena", "Brenda", "Jessica", "Laura", "Rocío", "Adriana",
    "Leticia", "Patricia", "Mónica", "Sofía", "Regina", "Citlali", "Yazmín", "Araceli",
    "Nayeli", "Elena", "Lorena", "Carolina", "Estefanía", "Maribel", "Teresa",
]  # fmt: skip
MALE = [
    "José Luis", "Juan Carlos", "Luis Fernando", "Miguel Ángel", "Jesús", "Alejandro",
    "Carlos", "Jorge", "Ricardo", "Francisco", "Eduardo", "Roberto", "Daniel", "Fernando",
    "Arturo", "Sergio", "Raúl", "Héctor", "Víctor Manuel", "Óscar", "Javier", "Diego",
    "Emiliano", "Santiago", "Iván", "Omar", "Rodrigo", "Andrés", "Gerardo", "Alfredo",
    "Ulises", "Édgar", "Mauricio", "Rubén", "Armando", "Marco Antonio", "Hugo",
]  # fmt: skip
SURNAMES = [
    "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez",
    "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes",
    "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz",
    "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez",
    "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velázquez",
    "Muñoz", "Rojas", "Contreras", "Salazar", "Luna", "Ortega", "Cervantes", "Estrada",
    "Delgado", "Ibarra", "Navarro", "Solís", "Zamora", "Villanueva", "Cárdenas",
    "Treviño", "Garza", "Quintero", "Olvera", "Tapia", "Montes de Oca", "Espinoza",
]  # fmt: skip

# The DC-3 occupation (Catálogo Nacional de Ocupaciones subárea) of each trainee type.
OCCUPATION_CODES = {
    "engineer": "04.6",
    "technician": "04.1",
    "operator": "05.7",
    "executive": "08.2",
    "student": "11.2",
}

# trainee type: (share of people, occupations as (women's, men's) wording)
TYPES = {
    "engineer": (
        45,
        [
            ("Ingeniera de calidad", "Ingeniero de calidad"),
            ("Ingeniera de procesos", "Ingeniero de procesos"),
            ("Ingeniera de manufactura", "Ingeniero de manufactura"),
            ("Ingeniera de mantenimiento", "Ingeniero de mantenimiento"),
            ("Ingeniera de desarrollo de proveedores", "Ingeniero de desarrollo de proveedores"),
            ("Ingeniera de producto", "Ingeniero de producto"),
        ],
    ),
    "technician": (
        28,
        [
            ("Técnica en mantenimiento industrial", "Técnico en mantenimiento industrial"),
            ("Técnica en metrología", "Técnico en metrología"),
            ("Técnica en automatización", "Técnico en automatización"),
            ("Técnica de laboratorio de calidad", "Técnico de laboratorio de calidad"),
        ],
    ),
    "operator": (
        14,
        [
            ("Operadora de ensamble", "Operador de ensamble"),
            ("Operadora de inyección de plástico", "Operador de inyección de plástico"),
            ("Operadora de estampado", "Operador de estampado"),
            ("Líder de línea de producción", "Líder de línea de producción"),
        ],
    ),
    "executive": (
        7,
        [
            ("Gerente de calidad", "Gerente de calidad"),
            ("Gerente de planta", "Gerente de planta"),
            ("Jefa de producción", "Jefe de producción"),
            ("Directora de operaciones", "Director de operaciones"),
        ],
    ),
    "student": (
        6,
        [
            ("Estudiante de Ingeniería Mecatrónica", "Estudiante de Ingeniería Mecatrónica"),
            ("Estudiante de Ingeniería Industrial", "Estudiante de Ingeniería Industrial"),
            ("Estudiante de Ingeniería Automotriz", "Estudiante de Ingeniería Automotriz"),
        ],
    ),
}

# cluster: (CURP state codes of people born there, cities where sessions take place)
PLACES = {
    "chihuahua": (["CH"], ["Chihuahua, Chih.", "Ciudad Juárez, Chih."]),
    "coahuila": (["CL"], ["Saltillo, Coah.", "Ramos Arizpe, Coah."]),
    "metropolitano": (["MC", "DF", "HG"], ["Toluca, Edo. Méx.", "Tlalnepantla, Edo. Méx."]),
    "guanajuato": (["GT"], ["Silao, Gto.", "León, Gto.", "Celaya, Gto."]),
    "jalisco": (["JC"], ["Guadalajara, Jal.", "El Salto, Jal."]),
    "la-laguna": (["CL", "DG"], ["Torreón, Coah.", "Gómez Palacio, Dgo."]),
    "nuevo-leon": (["NL"], ["Monterrey, N.L.", "Apodaca, N.L.", "Santa Catarina, N.L."]),
    "queretaro": (["QT"], ["El Marqués, Qro.", "Querétaro, Qro."]),
    "san-luis-potosi": (["SP"], ["San Luis Potosí, S.L.P.", "Villa de Reyes, S.L.P."]),
    "zona-centro": (["PL", "TL"], ["Puebla, Pue.", "Huejotzingo, Pue."]),
}
ELSEWHERE = ["VZ", "OC", "GR", "MN", "ZS", "DF", "TS", "YN", "SL", "AS"]
# How many demo trainees each cluster gets, relative to the others.
WEIGHTS = {"queretaro": 3, "guanajuato": 2, "nuevo-leon": 2, "jalisco": 2, "coahuila": 2}


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _curp(given: str, surname1: str, surname2: str, born: date, sex: str, state: str) -> str:
    """A format-valid CURP (accents and Ñ dropped, as RENAPO writes them)."""
    return demo_data.curp_for(
        _ascii(given), _ascii(surname1), _ascii(surname2), f"{born:%y%m%d}", sex, state
    )


# --- cohorts -----------------------------------------------------------------------


@dataclass
class Plan:
    """One cohort to create, with the people it takes and what happens to them."""

    code: str
    cluster: str
    kind: str  # past | running | upcoming | cancelled
    starts_on: date
    ends_on: date
    capacity: int
    fill: int  # people placed by staff (beyond capacity they are waitlisted)
    visibility: str = Visibility.NETWORK
    name: str = ""
    invited: int = 0  # number of the cluster's companies invited
    pending: int = 0  # requests by the approval company's people, left pending
    demo_trainee: str = ""  # what aprendiz@example.com does here


def _span(course: CoursePage) -> int:
    """Calendar days from the first to the last session, from the course's hours."""
    hours = course.hours or Decimal(8)
    if hours <= 8:
        return 0
    if course.modality == "online":
        return 13 if hours <= 16 else 20
    for limit, days in ((16, 1), (24, 2), (32, 11), (64, 25)):
        if hours <= limit:
            return days
    return 53


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _monday_on_or_before(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _capacity(rng: random.Random, modality: str) -> int:
    low, high = {"online": (30, 40), "blended": (20, 28), "in_person": (16, 24)}[modality]
    return rng.randint(low, high)


class TrainingSeeder:
    def __init__(self):
        self.started = timezone.now()  # the real time; self.now is the simulated one
        self.now = self.started
        self.events: dict[int, list] = defaultdict(list)  # enrollment id -> change times
        self.counts = {"cohorts": 0, "enrollments": 0, "trainees": 0}

    # --- entry point ---------------------------------------------------------

    def run(self) -> dict:
        self.clusters = {c.slug: c for c in Cluster.objects.all()}
        self.courses = {
            c.code: c
            for c in CoursePage.objects.filter(locale__language_code="es").order_by("code")
        }
        people = {u.email: u for u in User.objects.filter(email__in=self._demo_emails())}
        if HOME_CLUSTER not in self.clusters or not self.courses or NETWORK_ADMIN not in people:
            return self.counts
        self.admin = people[NETWORK_ADMIN]
        self.instructor = people.get(INSTRUCTOR)
        self.coordinator = people.get(COORDINATOR)
        self.demo_user = people.get(TRAINEE)
        self.demo_profile = TraineeProfile.objects.filter(user=self.demo_user).first()
        first_run = not User.objects.filter(username__startswith=USERNAME_PREFIX).exists()
        self.approval_company = self._approval_company(require_approval=first_run)
        self.trainees = self._trainees()
        self.today = self._anchor()
        self.used: dict[int, set[str]] = defaultdict(set)  # profile id -> course codes
        for enrollment in Enrollment.objects.filter(trainee__in=self.trainees).values(
            "trainee_id", "cohort__course__code"
        ):
            self.used[enrollment["trainee_id"]].add(enrollment["cohort__course__code"])
        with _quiet_services(self):
            for plan in self._plan():
                self._cohort(plan)
        self._backdate()
        return self.counts

    def _demo_emails(self) -> list[str]:
        return [row[0] for row in demo_data.DEMO_PEOPLE]

    def _anchor(self) -> date:
        """The day the demo trainees were first created: the plan's "today"."""
        first = (
            User.objects.filter(username__startswith=USERNAME_PREFIX)
            .order_by("date_joined")
            .values_list("date_joined", flat=True)
            .first()
        )
        return timezone.localdate(first) if first else timezone.localdate(self.started)

    # --- organisations and people -------------------------------------------

    def _approval_company(self, *, require_approval: bool) -> Company | None:
        """The company coordinador@example.com coordinates: it approves its people's requests.

        The switch is turned on by the first run only: someone who turned it off while
        trying the demo keeps it off.
        """
        role = (
            ClusterRole.objects.filter(
                user=self.coordinator, role=ClusterRole.Role.COMPANY_COORDINATOR
            )
            .select_related("company")
            .first()
        )
        company = role.company if role else None
        if require_approval and company is not None and not company.requires_enrollment_approval:
            company = company_save(
                actor=None,
                company=company,
                legal_name=company.legal_name,
                trade_name=company.trade_name,
                rfc=company.rfc,
                tier=company.tier,
                requires_enrollment_approval=True,
                clusters=list(company.clusters.all()),
            )
        return company

    def _trainees(self) -> list[TraineeProfile]:
        """The demo trainees, created on the first run (the same people on every run)."""
        rng = random.Random("training:people")
        slugs = sorted(self.clusters)
        weights = [WEIGHTS.get(slug, 1) for slug in slugs]
        companies = {
            slug: list(
                Company.objects.filter(memberships__cluster=cluster).order_by("legal_name", "pk")
            )
            for slug, cluster in self.clusters.items()
        }
        existing = {
            p.user.email: p
            for p in TraineeProfile.objects.filter(
                user__username__startswith=USERNAME_PREFIX
            ).select_related("user")
        }
        taken = set(TraineeProfile.objects.exclude(curp=None).values_list("curp", flat=True))
        password = None
        at_approval_company = 0
        types = list(TYPES)
        type_weights = [TYPES[t][0] for t in types]
        profiles = []
        for n in range(1, TRAINEE_COUNT + 1):
            woman = rng.random() < 0.38  # ~35 % of people say they are women
            given = rng.choice(FEMALE if woman else MALE)
            surname1, surname2 = rng.choice(SURNAMES), rng.choice(SURNAMES)
            slug = rng.choices(slugs, weights)[0]
            trainee_type = rng.choices(types, type_weights)[0]
            occupation = rng.choice(TYPES[trainee_type][1])[0 if woman else 1]
            members = companies[slug]
            academia = [c for c in members if c.tier == Company.Tier.ACADEMIA]
            industry = [c for c in members if c.tier != Company.Tier.ACADEMIA]
            if trainee_type == "student":
                company = academia[0] if academia else None
            elif (
                slug == HOME_CLUSTER
                and self.approval_company is not None
                and at_approval_company < 8
            ):
                company = self.approval_company
                at_approval_company += 1
            else:
                company = rng.choice(industry) if rng.random() > 0.03 else None
            states, _ = PLACES.get(slug, (["NE"], []))
            state = rng.choice(states) if rng.random() < 0.8 else rng.choice(ELSEWHERE)
            young = trainee_type == "student"
            born = date(
                rng.randint(2002, 2006) if young else rng.randint(1966, 2001),
                rng.randint(1, 12),
                rng.randint(1, 28),
            )
            curp = _curp(given, surname1, surname2, born, "M" if woman else "H", state)
            while curp in taken:  # a homonym born the same day: move the birthday
                born += timedelta(days=1)
                curp = _curp(given, surname1, surname2, born, "M" if woman else "H", state)
            gender = "female" if woman else "male"
            roll = rng.random()
            if roll < 0.03:
                gender = ""
            elif roll < 0.05:
                gender = "undisclosed"
            language = "en" if rng.random() < 0.05 else "es"
            # Every draw of the generator happens before this point, so a second run
            # sees the same people (and finds them by email).
            local = _ascii(f"{given.split()[0]}.{surname1}").lower().replace(" ", "")
            email = f"{local}.{n:03d}@demo.example.com"
            if email in existing:
                profiles.append(existing[email])
                continue
            taken.add(curp)
            password = password or make_password(demo_data.DEMO_PASSWORD)
            user = User.objects.create(
                username=f"{USERNAME_PREFIX}{n:03d}",
                email=email,
                password=password,  # one hash for all: demo accounts only
                language=language,
            )
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            profiles.append(
                profile_save(
                    user=user,
                    given_names=given,
                    paternal_surname=surname1,
                    maternal_surname=surname2,
                    curp=curp,
                    occupation=occupation,
                    occupation_code=OCCUPATION_CODES.get(trainee_type, ""),
                    trainee_type=trainee_type,
                    gender=gender,
                    cluster=self.clusters[slug],
                    company=company,
                )
            )
            self.counts["trainees"] += 1
        return profiles

    # --- the plan ------------------------------------------------------------

    def _dates(self, rng: random.Random, course: CoursePage, kind: str) -> tuple[date, date]:
        span, today = _span(course), self.today
        if kind == "past":
            start = _monday_on_or_before(today - timedelta(days=rng.randint(14 + span, 350)))
        elif kind == "running":
            start = _monday_on_or_before(today - timedelta(days=rng.randint(1, 9)))
        else:
            start = _monday_on_or_after(today + timedelta(days=rng.randint(12, 95)))
        return start, start + timedelta(days=span)

    def _fixed_plans(self) -> list[Plan]:
        """The Querétaro cohorts the demo trainee's story and the coordinator's queue need."""
        today = self.today
        plans = []

        def add(code, kind, weeks, **fields):
            course = self.courses.get(code)
            if course is None:
                return
            if kind == "past":
                start = _monday_on_or_before(today - timedelta(weeks=weeks))
            elif kind == "running":  # started last Monday (or the one before, on a Monday)
                start = _monday_on_or_before(today - timedelta(days=1))
            else:
                start = _monday_on_or_after(today + timedelta(weeks=weeks))
            fields.setdefault("capacity", _capacity(random.Random(code), course.modality))
            plans.append(
                Plan(
                    code=code,
                    cluster=HOME_CLUSTER,
                    kind=kind,
                    starts_on=start,
                    ends_on=start + timedelta(days=_span(course)),
                    **fields,
                )
            )

        add("SS-WB", "past", 40, fill=22, demo_trainee="completed")
        add("SS-YB", "past", 18, fill=18, demo_trainee="completed")
        add("SS-GB", "past", 30, fill=14, capacity=18)
        add("SS-GB", "upcoming", 5, fill=9, capacity=18, name="Grupo sabatino")
        add("I4-02", "upcoming", 3, fill=11, demo_trainee="enrolled")
        add("I4-09", "upcoming", 6, fill=10, capacity=8, demo_trainee="waitlisted")
        add("EM-101", "upcoming", 2, fill=12, demo_trainee="withdrawn")
        add("SD-PYME", "upcoming", 4, fill=6, capacity=20, pending=3)
        add("I4-01", "upcoming", 7, fill=8, pending=1, visibility=Visibility.MEMBERS)
        add("SD-PYME", "past", 22, fill=17, capacity=20)
        # Running now, Monday to Thursday for two weeks: the instructor takes attendance.
        add("I4-10", "running", 0, fill=14, capacity=18)
        return plans

    def _plan(self) -> list[Plan]:
        rng = random.Random("training:cohorts")
        plans = self._fixed_plans()
        fixed = {(p.code, p.cluster) for p in plans}
        slugs = sorted(self.clusters)
        upcoming_count = 0
        for code, course in self.courses.items():
            if code in WITHOUT_COHORTS:
                continue
            if course.cluster_id is not None:
                clusters = [c.slug for c in self.clusters.values() if c.pk == course.cluster_id]
            else:
                clusters = rng.sample(slugs, 3 if code.startswith("SS-") else 2)
            for slug in clusters:
                if (code, slug) in fixed:
                    continue
                kinds = []
                if rng.random() < 0.85:
                    kinds.append("past")
                if course.cluster_id is not None and rng.random() < 0.5:
                    kinds.append("past")
                if _span(course) >= 20 and rng.random() < 0.5:
                    kinds.append("running")
                if rng.random() < 0.8:
                    kinds.append("upcoming")
                for kind in kinds:
                    start, end = self._dates(rng, course, kind)
                    capacity = _capacity(rng, course.modality)
                    plan = Plan(
                        code=code,
                        cluster=slug,
                        kind=kind,
                        starts_on=start,
                        ends_on=end,
                        capacity=capacity,
                        fill=rng.randint(int(capacity * 0.55), capacity),
                    )
                    if kind == "upcoming":
                        upcoming_count += 1
                        plan.fill = rng.randint(int(capacity * 0.2), int(capacity * 0.75))
                        if upcoming_count % 6 == 0:  # small and full, with a waiting list
                            plan.capacity = rng.randint(6, 10)
                            plan.fill = plan.capacity + rng.randint(2, 5)
                        elif upcoming_count % 7 == 3:
                            plan.visibility = Visibility.MEMBERS
                        elif upcoming_count % 11 == 5:
                            plan.visibility, plan.invited = Visibility.INVITED, 3
                        elif upcoming_count == 9:
                            plan.kind, plan.fill = "cancelled", 5
                    if rng.random() < 0.12:
                        plan.name = rng.choice(
                            ["Grupo matutino", "Grupo vespertino", "Grupo sabatino"]
                        )
                    plans.append(plan)
        # Two cohorts of one course may not start the same day in one cluster (the key).
        unique = {}
        for plan in plans:
            unique.setdefault((plan.code, plan.cluster, plan.starts_on), plan)
        return list(unique.values())

    # --- one cohort and its roster -------------------------------------------

    def _at(self, cluster: Cluster, day: date, hour: int = 9) -> datetime:
        return datetime.combine(day, time(hour, 0), tzinfo=cluster.tzinfo)

    def _cohort(self, plan: Plan) -> None:
        course, cluster = self.courses[plan.code], self.clusters[plan.cluster]
        if Cohort.objects.filter(course=course, cluster=cluster, starts_on=plan.starts_on).exists():
            return  # seeded before (or made by hand): leave it and its roster alone
        rng = random.Random(f"training:{plan.code}:{plan.cluster}:{plan.starts_on:%Y%m%d}")
        cohort = self._create_cohort(rng, plan, course, cluster)
        opens, closes = cohort.enrollment_opens_at, cohort.enrollment_closes_at
        past = plan.kind in ("past", "running")
        last = closes if past else self.started - timedelta(hours=2)
        people = self._roster(rng, plan, cohort)
        times = sorted(opens + (last - opens) * rng.random() for _ in people)
        enrollments: dict[int, int] = {}  # profile id -> enrollment id
        timeline = _Timeline()
        for profile, at in zip(people, times, strict=True):
            source = rng.choices(
                [Source.SELF, Source.COORDINATOR, Source.ADMIN, Source.IMPORT], [70, 15, 10, 5]
            )[0]
            timeline.add(at, partial(self._add, cohort, profile, source, enrollments))
        self._demo_trainee_story(plan, cohort, times, timeline, enrollments)
        self._pending_requests(rng, plan, cohort, opens, last, timeline, enrollments)

        home = plan.cluster == HOME_CLUSTER and self.instructor is not None
        staff = self.instructor if home else self.admin
        start_at = self._at(cluster, plan.starts_on)
        if past:
            close = partial(
                training_services.cohort_set_status,
                actor=None,
                cohort_id=cohort.pk,
                status=Cohort.Status.CLOSED,
            )
            timeline.add(start_at, close)
        if plan.kind == "past":
            # Outcomes are not set here: cms/seed_delivery.py records the sessions and
            # attendance, and the completion rule decides them when it finishes the cohort.
            for profile, placed in zip(people, times, strict=True):
                if profile != self.demo_profile and rng.random() < 0.08:
                    left = placed + (start_at - placed) * rng.uniform(0.3, 0.9)
                    withdraw = partial(
                        self._set,
                        staff,
                        enrollments,
                        profile,
                        Status.WITHDRAWN,
                        "Baja antes del inicio",
                    )
                    timeline.add(left, withdraw)
        if plan.kind == "upcoming" and plan.fill > plan.capacity and not plan.demo_trainee:
            # Someone gives their seat up; the first on the waiting list is promoted.
            quitter = people[rng.randrange(plan.capacity)]
            timeline.add(
                self.started - timedelta(hours=1), partial(self._withdraw, enrollments, quitter)
            )
        if plan.kind == "cancelled":
            cancel = partial(
                training_services.cohort_set_status,
                actor=self.admin,
                cohort_id=cohort.pk,
                status=Cohort.Status.CANCELLED,
            )
            timeline.add(self.started - timedelta(hours=1), cancel)
        timeline.run(self)

    def _create_cohort(
        self, rng: random.Random, plan: Plan, course: CoursePage, cluster: Cluster
    ) -> Cohort:
        past = plan.kind in ("past", "running")
        opens = self._at(cluster, plan.starts_on - timedelta(days=45))
        closes = self._at(cluster, plan.starts_on - timedelta(days=2), 23)
        if not past:  # open now, so the demo can enroll
            opens = min(
                self._at(cluster, plan.starts_on - timedelta(days=75)),
                self.started - timedelta(days=rng.randint(12, 45)),
            )
        modality = course.modality
        language = {"es": "es", "en": "en"}.get(course.languages) or (
            "en" if rng.random() < 0.25 else "es"
        )
        cities = PLACES.get(plan.cluster, ([], [cluster.short_name]))[1]
        city = rng.choice(cities)
        location = online_url = ""
        if modality in ("in_person", "blended"):
            location = rng.choice(
                [
                    f"Centro de Entrenamiento del clúster, sala {rng.randint(1, 4)}, {city}",
                    f"Aula de capacitación, Parque Industrial, {city}",
                ]
            )
        if modality in ("online", "blended"):
            online_url = (
                f"https://aulas.example.com/{cluster.slug}/"
                f"{plan.code.lower()}-{plan.starts_on:%Y%m%d}"
            )
        invited = []
        if plan.invited:
            members = list(
                Company.objects.filter(memberships__cluster=cluster)
                .exclude(tier=Company.Tier.ACADEMIA)
                .order_by("legal_name", "pk")
            )
            invited = rng.sample(members, min(plan.invited, len(members)))
        self.now = opens - timedelta(days=3)
        home = plan.cluster == HOME_CLUSTER and self.instructor is not None
        cohort = training_services.cohort_save(
            actor=None,
            course=course,
            cluster=cluster,
            name=plan.name,
            starts_on=plan.starts_on,
            ends_on=plan.ends_on,
            capacity=plan.capacity,
            modality=modality,
            language=language,
            location=location,
            online_url=online_url,
            enrollment_opens_at=opens,
            enrollment_closes_at=closes,
            visibility=plan.visibility,
            status=Cohort.Status.OPEN,
            instructors=[self.instructor] if home else [],
            invited_companies=invited,
        )
        Cohort.objects.filter(pk=cohort.pk).update(created_at=self.now)  # demo data only
        self.counts["cohorts"] += 1
        return cohort

    def _roster(self, rng: random.Random, plan: Plan, cohort: Cohort) -> list[TraineeProfile]:
        """Who the staff place: mostly the cluster's people, some from other clusters."""
        wanted = plan.fill
        if plan.visibility == Visibility.INVITED:
            companies = set(cohort.invited_companies.values_list("pk", flat=True))
            local = [p for p in self.trainees if p.company_id in companies]
            others = []
        elif plan.visibility == Visibility.MEMBERS:
            companies = set(
                Company.objects.filter(memberships__cluster=cohort.cluster).values_list(
                    "pk", flat=True
                )
            )
            local = [p for p in self.trainees if p.company_id in companies]
            others = []
        else:
            local = [p for p in self.trainees if p.cluster_id == cohort.cluster_id]
            others = [p for p in self.trainees if p.cluster_id != cohort.cluster_id]
        local, others = rng.sample(local, len(local)), rng.sample(others, len(others))
        from_others = round(wanted * 0.15) if others else 0
        chosen = self._pick(plan, local, wanted - from_others)
        chosen += self._pick(plan, others, wanted - len(chosen))
        if plan.demo_trainee == "completed" and self.demo_profile is not None:
            chosen.insert(rng.randrange(len(chosen) + 1), self.demo_profile)
            self.used[self.demo_profile.pk].add(plan.code)
        return chosen

    def _pick(self, plan: Plan, pool: list[TraineeProfile], count: int) -> list[TraineeProfile]:
        """Up to `count` people of the pool who have not taken this course."""
        chosen = []
        for profile in pool:
            if len(chosen) >= count:
                break
            if plan.code not in self.used[profile.pk]:
                self.used[profile.pk].add(plan.code)
                chosen.append(profile)
        return chosen

    def _demo_trainee_story(self, plan, cohort, times, timeline, enrollments) -> None:
        """aprendiz@example.com asks for a seat herself; her company approves it."""
        profile = self.demo_profile
        if plan.demo_trainee not in ("enrolled", "waitlisted", "withdrawn") or profile is None:
            return
        if plan.code in self.used[profile.pk]:
            return
        self.used[profile.pk].add(plan.code)
        latest = self.started - timedelta(hours=1)
        if plan.demo_trainee == "waitlisted" and len(times) > plan.capacity + 1:
            # Between the first and the second person beyond capacity: number 2 on the list.
            before, after = times[plan.capacity], times[plan.capacity + 1]
            asked, decided = before + (after - before) / 3, before + (after - before) * 2 / 3
        else:
            asked = times[len(times) // 2] + timedelta(minutes=1) if times else latest
            decided = min(asked + timedelta(hours=20), asked + (latest - asked) / 2)
        timeline.add(asked, partial(self._request, cohort, profile, enrollments))
        timeline.add(decided, partial(self._decide, enrollments, profile))
        if plan.demo_trainee == "withdrawn":
            left = decided + (latest - decided) * 0.6
            timeline.add(left, partial(self._withdraw, enrollments, profile))

    def _pending_requests(self, rng, plan, cohort, opens, last, timeline, enrollments) -> None:
        """People of the approval company ask for seats; the coordinator has not answered."""
        company = self.approval_company
        if not plan.pending or company is None:
            return
        pool = [
            p
            for p in self.trainees
            if p.company_id == company.pk and p.cluster_id == cohort.cluster_id
        ]
        for profile in self._pick(plan, rng.sample(pool, len(pool)), plan.pending):
            at = opens + (last - opens) * rng.uniform(0.5, 1)
            timeline.add(at, partial(self._request, cohort, profile, enrollments))

    # --- the service calls (at the simulated time self.now) ------------------

    def _add(self, cohort, profile, source, enrollments) -> None:
        enrollment = training_services.enrollment_add(
            actor=None, cohort_id=cohort.pk, profile=profile, source=source
        )
        enrollments[profile.pk] = enrollment.pk

    def _request(self, cohort, profile, enrollments) -> None:
        enrollment = training_services.enrollment_request(
            actor=profile.user, cohort_id=cohort.pk, profile=profile
        )
        enrollments[profile.pk] = enrollment.pk

    def _decide(self, enrollments, profile) -> None:
        enrollment = Enrollment.objects.get(pk=enrollments[profile.pk])
        if enrollment.status == Status.PENDING:  # the company approves its people
            training_services.enrollment_decide(
                actor=self.coordinator or self.admin, enrollment_id=enrollment.pk, approve=True
            )

    def _withdraw(self, enrollments, profile) -> None:
        training_services.enrollment_withdraw(
            actor=profile.user, enrollment_id=enrollments[profile.pk]
        )

    def _set(self, staff, enrollments, profile, status, note) -> None:
        training_services.enrollment_set_status(
            actor=staff, enrollment_id=enrollments[profile.pk], status=status, note=note
        )

    # --- demo times ------------------------------------------------------------

    def _backdate(self) -> None:
        """Give every change made by this run the simulated time it was made at (demo only).

        The history rows of an enrollment were written in the order the services were
        called, one per status change, which is the order of `self.events[id]`.
        """
        if not self.events:
            return
        self.counts["enrollments"] = len(self.events)
        # Demo history owes nobody an email (see _quiet_services).
        EnrollmentChange.objects.filter(enrollment_id__in=list(self.events)).exclude(
            notification=""
        ).update(notification="")
        history = defaultdict(list)
        for change in EnrollmentChange.objects.filter(enrollment_id__in=list(self.events)).order_by(
            "pk"
        ):
            history[change.enrollment_id].append(change)
        enrollments = Enrollment.objects.in_bulk(list(self.events))
        changes, rows = [], []
        for enrollment_id, times in self.events.items():
            entries, enrollment = history[enrollment_id], enrollments[enrollment_id]
            if len(entries) != len(times):
                continue  # not all of its history was made here: leave its times alone
            for change, at in zip(entries, times, strict=True):
                change.at = at
                old, new = change.from_status, change.to_status
                if old in ("", Status.WITHDRAWN, Status.REJECTED):
                    enrollment.requested_at = at
                if new == Status.ENROLLED:
                    enrollment.enrolled_at = at
                elif new == Status.WAITLISTED:
                    enrollment.waitlisted_at = at
                elif new == Status.WITHDRAWN:
                    enrollment.withdrawn_at = at
                if old == Status.PENDING and new in (
                    Status.ENROLLED,
                    Status.WAITLISTED,
                    Status.REJECTED,
                ):
                    enrollment.decided_at = at
                changes.append(change)
            rows.append(enrollment)
        # One UPDATE per row through executemany: 0.2 s where bulk_update's CASE over
        # ~3,500 rows took 3 s on SQLite. Table and column names come from the models.
        fields = ["requested_at", "enrolled_at", "waitlisted_at", "withdrawn_at", "decided_at"]
        adapt = connection.ops.adapt_datetimefield_value
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {quote(EnrollmentChange._meta.db_table)} SET {quote('at')} = %s "  # noqa: S608
                f"WHERE {quote('id')} = %s",
                [(adapt(change.at), change.pk) for change in changes],
            )
            assignments = ", ".join(f"{quote(name)} = %s" for name in fields)
            cursor.executemany(
                f"UPDATE {quote(Enrollment._meta.db_table)} SET {assignments} "  # noqa: S608
                f"WHERE {quote('id')} = %s",
                [(*(adapt(getattr(row, name)) for name in fields), row.pk) for row in rows],
            )


class _Timeline:
    """Actions at simulated times, run in time order (ties: in the order added)."""

    def __init__(self):
        self.entries: list[tuple[datetime, int, Callable[[], object]]] = []

    def add(self, at: datetime, action: Callable[[], object]) -> None:
        self.entries.append((at, len(self.entries), action))

    def run(self, seeder: TrainingSeeder) -> None:
        for at, _, action in sorted(self.entries, key=lambda entry: entry[:2]):
            seeder.now = at
            action()


@contextmanager
def _quiet_services(seeder: TrainingSeeder):
    """Training's services without their emails, each change recorded at `seeder.now`.

    A service writes each status change as an `EnrollmentChange` whose `notification`
    names the email it owes, and `_after_commit(enrollment, old_status, change)`
    schedules for after commit the page-cache purge, the `enrollment_changed` signal
    and the task that sends that email. Here the change owes nothing
    (`notification = ""`), so no task is queued; the purge and the signal still go out.
    `_backdate` then clears the column in the database too, so the periodic
    `requeue_enrollment_emails` job finds nothing owed either. The patch lasts only as
    long as the service calls, so nothing leaks into later code or tests.
    """
    original = training_services._after_commit

    def after_commit(enrollment, old, change):
        seeder.events[enrollment.pk].append(seeder.now)
        change.notification = ""
        original(enrollment, old, change)

    with mock.patch.object(training_services, "_after_commit", after_commit):
        yield


def seed_training() -> dict:
    """Create the demo cohorts, trainees and enrollments; returns what was created:
    {"cohorts": n, "enrollments": n, "trainees": n} (all 0 on a second run)."""
    return TrainingSeeder().run()
