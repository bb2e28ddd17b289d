import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from clusters.models import TraineeProfile, User
from tests.clusters.factories import ClusterFactory, CompanyFactory, UserFactory, valid_curp

pytestmark = pytest.mark.django_db


def signup(client, email, password="Correct-Horse-9", lang="es"):
    return client.post(
        f"/{lang}/accounts/signup/",
        {"email": email, "password1": password, "password2": password},
    )


def test_sign_up_verify_and_fill_in_the_profile(client, home, django_capture_on_commit_callbacks):
    cluster = ClusterFactory()
    company = CompanyFactory(clusters=[cluster])
    with django_capture_on_commit_callbacks(execute=True):
        response = signup(client, "nueva@example.com")
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/es/accounts/confirm-email/[^\s]+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    response = client.post(link.group(1))
    assert response.status_code == 302
    with translation.override("es"):
        profile_url = reverse("profile")
    assert response["Location"] == profile_url
    response = client.post(
        profile_url,
        {
            "given_names": "Ana",
            "paternal_surname": "Núñez",
            "curp": valid_curp(7).lower(),
            "occupation": "Ingeniera de calidad",
            "trainee_type": "engineer",
            "gender": "undisclosed",
            "cluster": cluster.pk,
            "company": company.pk,
        },
    )
    assert response.status_code == 302
    profile = TraineeProfile.objects.get(user__email="nueva@example.com")
    assert profile.curp == valid_curp(7)
    assert profile.company == company


def test_sign_up_with_a_taken_email_says_so_in_spanish(client, home):
    UserFactory(email="ana@example.com")
    response = signup(client, "ANA@example.com")
    assert response.status_code == 200
    assert "ya" in response.text.lower() and "registrado" in response.text.lower()
    assert User.objects.filter(email__iexact="ana@example.com").count() == 1


def test_profile_with_company_outside_the_cluster_is_refused(client, home):
    user = UserFactory()
    client.force_login(user)
    chosen, other = ClusterFactory(), ClusterFactory()
    outsider = CompanyFactory(clusters=[other])
    response = client.post(
        "/es/perfil/",
        {
            "given_names": "Ana",
            "paternal_surname": "Núñez",
            "occupation": "Ingeniera",
            "trainee_type": "engineer",
            "cluster": chosen.pk,
            "company": outsider.pk,
        },
    )
    assert response.status_code == 400
    assert "no es socia del clúster" in response.text
    assert not TraineeProfile.objects.filter(user=user).exists()


def test_profile_with_malformed_curp_is_refused(client, home):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/en/profile/",
        {
            "given_names": "Ana",
            "paternal_surname": "Núñez",
            "occupation": "Engineer",
            "trainee_type": "engineer",
            "curp": "ABC123",
        },
    )
    assert response.status_code == 400
    assert "A CURP has 18 characters" in response.text
    assert not TraineeProfile.objects.exists()


def test_a_post_without_csrf_token_is_refused(home):
    client = Client(enforce_csrf_checks=True)
    response = signup(client, "nadie@example.com")
    assert response.status_code == 403
    assert not User.objects.filter(email="nadie@example.com").exists()


def login(client, email, password, ip):
    return client.post(
        "/es/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=ip
    )


def test_wrong_passwords_lock_that_account_from_that_address_only(client, home, settings):
    victim = UserFactory(email="victim@example.com")
    classmate = UserFactory(email="classmate@example.com")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, victim.email, "wrong", "10.0.0.7")
    locked = login(client, victim.email, "Correct-Horse-9", "10.0.0.7")
    assert locked.status_code == 429
    assert "Demasiados intentos" in locked.text
    # A classmate behind the same address still gets in...
    assert login(Client(), classmate.email, "Correct-Horse-9", "10.0.0.7").status_code == 302
    # ...and so does the same person from another address.
    assert login(Client(), victim.email, "Correct-Horse-9", "10.0.0.8").status_code == 302


def test_admin_login_goes_through_the_one_login_flow(client, home):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/es/accounts/login/")
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/es/accounts/login/")
    assert "next=/admin/" in response["Location"]


def test_staff_can_turn_on_two_factor_authentication(client, home):
    from cms.roles import network_admin_group_sync

    user = UserFactory(is_staff=True)
    user.groups.add(network_admin_group_sync())
    client.force_login(user)
    response = client.get("/es/accounts/2fa/")
    assert response.status_code == 200
    response = client.get("/es/accounts/2fa/totp/activate/")
    assert "/accounts/reauthenticate/" in response["Location"]  # asks for the password again
    response = client.post(response["Location"], {"password": "Correct-Horse-9"}, follow=True)
    assert response.status_code == 200
    assert "data:image/svg+xml" in response.text  # the QR code to scan
    account = client.get("/admin/account/")
    assert "/es/accounts/2fa/" in account.text


def test_a_signed_in_person_without_admin_access_is_told_so_not_looped(client, home):
    client.force_login(UserFactory())
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) <= 2
    assert "No tienes acceso" in response.text or "No access to the admin" in response.text


def test_admin_login_refuses_to_redirect_off_site(client, home):
    from cms.roles import network_admin_group_sync

    user = UserFactory()
    user.groups.add(network_admin_group_sync())
    client.force_login(user)
    response = client.get("/admin/login/?next=https://evil.example.com/")
    assert response["Location"] == "/admin/"


def test_login_message_names_the_person_not_the_generated_username(client, home):
    from django.contrib.messages import get_messages

    from tests.clusters.factories import TraineeProfileFactory

    profile = TraineeProfileFactory(given_names="Lucía")
    response = client.post(
        reverse("account_login"),
        {"login": profile.user.email, "password": "Correct-Horse-9"},
    )
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Lucía" in t for t in texts), texts
    assert not any(profile.user.username in t for t in texts)
