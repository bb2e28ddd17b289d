"""Seed the demo network: ten clusters, their member companies, pages in both languages,
and one account per role. Idempotent: a second run changes nothing."""

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from clusters.models import Cluster, ClusterRole, Company, TraineeProfile, User
from clusters.services import company_save, profile_save, role_grant
from cms import demo_data
from cms.models import ClusterPage, HomePage, StandardPage
from cms.roles import network_admin_group_sync
from cms.seed_catalog import seed_catalog
from cms.seed_certificates import seed_certificates
from cms.seed_delivery import seed_delivery
from cms.seed_reports import seed_reports
from cms.seed_training import OCCUPATION_CODES, seed_training
from courses.models import CoursePage
from reports.receivers import muted
from training.models import Cohort, Enrollment

HOME_INTRO = {
    "es": "Diez clústeres regionales de empresas automotrices y de autopartes, gobierno y "
    "academia forman juntos a los ingenieros y técnicos de la industria automotriz de México.",
    "en": "Ten regional clusters of car and auto-parts companies, government and academia "
    "train Mexico's automotive engineers and technicians together.",
}
ABOUT = {
    "es": (
        "Acerca de la red",
        "acerca-de-la-red",
        "La Red de Clústeres Automotrices de México planea programas de capacitación abiertos "
        "a todas las empresas socias de cada clúster.",
    ),
    "en": (
        "About the network",
        "about-the-network",
        "The Mexican Automotive Cluster Network plans training programmes open to every "
        "member company of every cluster.",
    ),
}


class Command(BaseCommand):
    help = "Create the demo clusters, companies, pages and accounts (safe to run again)."

    def handle(self, *args, **options):
        # The seed writes history in bulk and rebuilds the figures once, after its commit.
        with muted():
            self._seed()
        figures = seed_reports()
        self.stdout.write(f"Monthly figures rebuilt: {figures} lines.")
        self._print_accounts()

    @transaction.atomic
    def _seed(self):
        es, _ = Locale.objects.get_or_create(language_code="es")
        en, _ = Locale.objects.get_or_create(language_code="en")
        home = self._home(es, en)
        created_companies = 0
        for row in demo_data.CLUSTERS:
            cluster, created_companies_here = self._cluster(row)
            created_companies += created_companies_here
            self._cluster_pages(home, cluster, row, es, en)
        self._shared_member()
        self._about_pages(home, es, en)
        network_admin_group_sync()
        self._people()
        courses = seed_catalog()
        training = seed_training()
        delivery = seed_delivery()
        certificates = seed_certificates()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo network ready: {Cluster.objects.count()} clusters, "
                f"{Company.objects.count()} companies ({created_companies} new), "
                f"{CoursePage.objects.filter(locale=es).count()} courses ({courses} new), "
                f"{Cohort.objects.count()} cohorts ({training['cohorts']} new), "
                f"{Enrollment.objects.count()} enrollments ({training['enrollments']} new), "
                f"{training['trainees']} new demo trainees, "
                f"{delivery.get('sessions', 0)} new sessions, "
                f"{delivery.get('attendance', 0)} new attendance marks, "
                f"{delivery.get('finished', 0)} cohorts finished, "
                f"{certificates['certificates']} certificates issued."
            )
        )

    # --- pages ------------------------------------------------------------

    def _publish(self, page):
        page.save_revision().publish()

    def _home(self, es, en) -> HomePage:
        home = HomePage.objects.filter(locale=es).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=HomePage(
                    title="Red de Clústeres Automotrices de México", slug="inicio", locale=es
                )
            )
            Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home})
        if home.intro != HOME_INTRO["es"]:
            home.intro = HOME_INTRO["es"]
            self._publish(home)
        home_en = home.get_translation_or_none(en)
        if home_en is None:
            home_en = home.copy_for_translation(en)
            home_en.title = "Mexican Automotive Cluster Network"
            home_en.slug = "home"
            home_en.intro = HOME_INTRO["en"]
            self._publish(home_en)
        return home

    def _translation(self, page, locale, **fields):
        translated = page.get_translation_or_none(locale)
        if translated is None:
            translated = page.copy_for_translation(locale)
            for name, value in fields.items():
                setattr(translated, name, value)
            self._publish(translated)
        return translated

    def _cluster_pages(self, home, cluster, row, es, en):
        slug, name, _short, title_en, states = row[:5]
        page = ClusterPage.objects.filter(cluster=cluster, locale=es).first()
        if page is None:
            page = home.add_child(
                instance=ClusterPage(
                    title=name,
                    slug=slug,
                    cluster=cluster,
                    locale=es,
                    intro=demo_data.INTRO_ES.format(states=states),
                )
            )
            self._publish(page)
        self._translation(page, en, title=title_en, intro=demo_data.INTRO_EN.format(states=states))

    def _about_pages(self, home, es, en):
        title, slug, intro = ABOUT["es"]
        page = StandardPage.objects.filter(locale=es, slug=slug).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title=title, slug=slug, intro=intro, locale=es, show_in_menus=True
                )
            )
            self._publish(page)
        title, slug, intro = ABOUT["en"]
        self._translation(page, en, title=title, slug=slug, intro=intro)

    # --- organisations ----------------------------------------------------

    def _cluster(self, row):
        slug, name, short, _title_en, states, tz, colour, founded, count = row
        cluster, _ = Cluster.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short,
                "states": states,
                "time_zone": tz,
                "brand_color": colour,
                "founded": founded,
                "contact_email": f"capacitacion@{slug}.example.com",
            },
        )
        created = 0
        for item in demo_data.companies_for(slug, count):
            existing = Company.objects.filter(rfc=item["rfc"]).first()
            if existing and existing.memberships.filter(cluster=cluster).exists():
                continue
            clusters = [cluster, *(existing.clusters.all() if existing else [])]
            company_save(actor=None, company=existing, clusters=clusters, **item)
            created += existing is None
        return cluster, created

    def _shared_member(self):
        """One supplier belongs to two clusters, as real ones do."""
        company = Company.objects.filter(
            memberships__cluster__slug="queretaro", tier="tier1"
        ).first()
        guanajuato = Cluster.objects.get(slug="guanajuato")
        if company and not company.memberships.filter(cluster=guanajuato).exists():
            company_save(
                actor=None,
                company=company,
                legal_name=company.legal_name,
                trade_name=company.trade_name,
                rfc=company.rfc,
                tier=company.tier,
                clusters=[*company.clusters.all(), guanajuato],
            )

    # --- people -----------------------------------------------------------

    def _people(self):
        queretaro = Cluster.objects.get(slug="queretaro")
        employer = (
            Company.objects.filter(memberships__cluster=queretaro).exclude(tier="academia").first()
        )
        for (
            email,
            role,
            given,
            s1,
            s2,
            born,
            sex,
            ttype,
            occupation,
            gender,
        ) in demo_data.DEMO_PEOPLE:
            user = User.objects.filter(email__iexact=email).first()
            if user is None:
                user = User.objects.create_user(
                    username=email.split("@")[0], email=email, password=demo_data.DEMO_PASSWORD
                )
                EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            if not TraineeProfile.objects.filter(user=user).exists():
                profile_save(
                    user=user,
                    given_names=given,
                    paternal_surname=s1,
                    maternal_surname=s2,
                    curp=demo_data.curp_for(given, s1, s2, born, sex, "QT"),
                    occupation=occupation,
                    occupation_code=OCCUPATION_CODES.get(ttype, ""),
                    trainee_type=ttype,
                    gender=gender,
                    cluster=queretaro,
                    company=employer if role in {"coordinator", "trainee", "instructor"} else None,
                )
            if role == "network_admin":
                user.groups.add(network_admin_group_sync())
            elif role == "cluster_admin":
                role_grant(
                    actor=None, user=user, cluster=queretaro, role=ClusterRole.Role.CLUSTER_ADMIN
                )
            elif role == "instructor":
                role_grant(
                    actor=None, user=user, cluster=queretaro, role=ClusterRole.Role.INSTRUCTOR
                )
            elif role == "coordinator":
                role_grant(
                    actor=None,
                    user=user,
                    cluster=queretaro,
                    role=ClusterRole.Role.COMPANY_COORDINATOR,
                    company=employer,
                )

    def _print_accounts(self):
        labels = {
            "network_admin": "Network admin (all clusters)",
            "cluster_admin": "Cluster admin (Querétaro)",
            "instructor": "Instructor (Querétaro)",
            "coordinator": "Company coordinator (Querétaro)",
            "trainee": "Trainee",
        }
        self.stdout.write(f"\nDemo accounts (password for all: {demo_data.DEMO_PASSWORD})")
        for email, role, *_ in demo_data.DEMO_PEOPLE:
            self.stdout.write(f"  {labels[role]:<34} {email}")
        self.stdout.write(
            "\nLog in at http://127.0.0.1:8000/es/accounts/login/ ; the admin is at "
            "http://127.0.0.1:8000/admin/\n"
        )
