"""The first-of-the-month email: once per admin, cluster and month, in the admin's language,
with last month's figures and a link to the report of that month."""

from datetime import date
from decimal import Decimal

import pytest
from django.core import mail
from django.db import IntegrityError

from clusters.models import ClusterRole, User
from clusters.services import role_grant
from core.models import OutgoingEmail
from reports import rollup, summary
from reports.models import MonthlySummarySent
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import course_page
from tests.reports.factories import local, person, trained

pytestmark = pytest.mark.django_db

SEPTEMBER, OCTOBER = date(2026, 9, 1), date(2026, 10, 1)
FIRST_OF_NOVEMBER = date(2026, 11, 1)


def grant(capture, user, cluster) -> User:
    with capture(execute=True):
        role_grant(actor=None, user=user, cluster=cluster, role=ClusterRole.Role.CLUSTER_ADMIN)
    return User.objects.get(pk=user.pk)


def network_admin(**fields) -> User:
    from cms.roles import network_admin_group_sync

    user = UserFactory(**fields)
    user.groups.add(network_admin_group_sync())
    return user


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    """Cluster A: two people trained in September, three in October (Ana twice, one not
    an engineer); cluster B: one in October."""
    capture = django_capture_on_commit_callbacks
    a = ClusterFactory(name="Clúster Alfa")
    b = ClusterFactory(name="Clúster Bravo")
    green = course_page(home, title="Cinta Verde", hours=Decimal("40"))
    yellow = course_page(home, title="Cinta Amarilla", hours=Decimal("16"))
    ana, beto, carla = person(a), person(a), person(a, trainee_type="technician")
    trained(green, a, ana, local(a, date(2026, 9, 3)))
    trained(green, a, beto, local(a, date(2026, 9, 4)))
    trained(yellow, a, ana, local(a, date(2026, 10, 2)))
    trained(green, a, carla, local(a, date(2026, 10, 8)))
    trained(yellow, a, beto, local(a, date(2026, 10, 9)))
    trained(green, a, person(a), local(a, date(2026, 10, 10)), status="not_completed")
    trained(green, b, person(b), local(b, date(2026, 10, 15)))
    rollup.rebuild()
    admin_es = grant(capture, UserFactory(language="es", first_name="Lucía"), a)
    admin_en = grant(capture, UserFactory(language="en", first_name="Laura"), a)
    admin_b = grant(capture, UserFactory(language="es"), b)
    return {"a": a, "b": b, "es": admin_es, "en": admin_en, "b_admin": admin_b}


def send(capture, today=FIRST_OF_NOVEMBER) -> int:
    """Run the job and deliver what it queued (the outbox's task runs on commit)."""
    with capture(execute=True):
        return summary.send_monthly_summaries(today)


def sent_to(address: str):
    return [message for message in mail.outbox if address in message.to]


def html_of(message) -> str:
    return next(content for content, kind in message.alternatives if kind == "text/html")


def test_each_cluster_admin_gets_last_months_figures_once(
    world, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    assert send(capture) == 3
    (english,) = sent_to(world["en"].email)
    assert english.subject == "Training in October 2026: Clúster Alfa"
    body = english.body
    assert "Hello Laura," in body
    assert "- People trained: 3 (1 more than in September 2026)" in body
    assert "- Engineers trained: 2" in body
    assert "- Completions: 3" in body
    assert "- Completion rate: 75.0 %" in body  # 3 completed of 4 decided
    assert "- Certificates issued: 0" in body
    assert "- Training hours delivered: 72.0" in body  # 16 + 40 + 16
    link = f"http://testserver/admin/reports/?cluster={world['a'].pk}&start=2026-10&end=2026-10"
    assert f"Open the report for October 2026: {link}" in body
    html = html_of(english)
    assert link.replace("&", "&amp;") in html
    assert '<th scope="row" align="left" style="font-weight:normal;">People trained</th>' in html

    (other,) = sent_to(world["b_admin"].email)
    assert "Clúster Bravo" in other.subject

    assert MonthlySummarySent.objects.filter(month=OCTOBER).count() == 3
    # A second run, the next morning's catch-up, and a duplicated job send nothing.
    assert send(capture) == 0
    assert send(capture, date(2026, 11, 2)) == 0
    assert len(mail.outbox) == 3


def test_the_email_is_in_the_recipients_language(world, django_capture_on_commit_callbacks):
    send(django_capture_on_commit_callbacks)
    (spanish,) = sent_to(world["es"].email)
    (english,) = sent_to(world["en"].email)
    assert spanish.subject != english.subject
    assert "2026" in spanish.subject and "Clúster Alfa" in spanish.subject
    assert spanish.subject == "Capacitación en octubre de 2026: Clúster Alfa"
    assert "Hola, Lucía:" in spanish.body
    assert "- Personas capacitadas: 3 (1 más que en septiembre de 2026)" in spanish.body
    assert "- Tasa de acreditación: 75.0 %" in spanish.body
    assert "Hello" not in spanish.body
    assert 'lang="es-MX"' in html_of(spanish)
    assert 'lang="en"' in html_of(english)


def test_network_admins_get_the_networks_figures(world, django_capture_on_commit_callbacks):
    boss = network_admin(language="en")
    send(django_capture_on_commit_callbacks)
    (message,) = sent_to(boss.email)
    assert message.subject == "Training in October 2026: the network"
    assert "- People trained: 4 (2 more than in September 2026)" in message.body
    assert "http://testserver/admin/reports/?start=2026-10&end=2026-10" in message.body
    assert MonthlySummarySent.objects.filter(user=boss, cluster_id=summary.NETWORK).exists()


def test_nothing_is_sent_after_the_first_days(world, django_capture_on_commit_callbacks):
    assert send(django_capture_on_commit_callbacks, date(2026, 11, 15)) == 0
    assert not mail.outbox
    assert not MonthlySummarySent.objects.exists()


def test_a_missed_first_is_caught_up_on_the_second(world, django_capture_on_commit_callbacks):
    assert send(django_capture_on_commit_callbacks, date(2026, 11, 2)) == 3
    assert set(MonthlySummarySent.objects.values_list("month", flat=True)) == {OCTOBER}


def test_people_without_an_address_or_inactive_get_nothing(
    world, django_capture_on_commit_callbacks
):
    User.objects.filter(pk=world["es"].pk).update(is_active=False)
    User.objects.filter(pk=world["en"].pk).update(email="")
    assert send(django_capture_on_commit_callbacks) == 1


def test_the_record_and_the_email_are_written_together(
    world, django_capture_on_commit_callbacks, monkeypatch
):
    """A run that finds the row already written by a concurrent one queues no email."""
    original = MonthlySummarySent.objects.create

    def racing_create(**fields):
        if fields["user"].pk == world["es"].pk:
            raise IntegrityError("monthly_summary_once")
        return original(**fields)

    monkeypatch.setattr(MonthlySummarySent.objects, "create", racing_create)
    assert send(django_capture_on_commit_callbacks) == 2
    assert not sent_to(world["es"].email)
    assert OutgoingEmail.objects.count() == 2
