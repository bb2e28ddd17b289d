"""The DC-3 data people fill in: occupation key, company signatories, agent registration."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from clusters.dc3_catalogs import CNO_SUBAREAS, OCCUPATION_CHOICES, occupation_label
from clusters.models import Cluster, ClusterRole, Company, TraineeProfile
from clusters.services import company_save, profile_save
from cms.roles import user_groups_sync
from tests.clusters.factories import (
    ClusterFactory,
    ClusterRoleFactory,
    CompanyFactory,
    TraineeProfileFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
BACKEND = "django.contrib.auth.backends.ModelBackend"


def admin_url(model, name, *args):
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def cluster_admin(cluster):
    user = UserFactory()
    ClusterRoleFactory(user=user, cluster=cluster, role=ClusterRole.Role.CLUSTER_ADMIN)
    user_groups_sync(user, cluster)
    return user


def test_the_catalogue_has_the_55_subareas_of_the_form():
    assert len(CNO_SUBAREAS) == 55
    assert occupation_label("04.6") == "04.6 Procesos industriales"
    assert occupation_label("05.7") == "05.7 Productos metálicos y de hule y plástico"
    assert occupation_label("99.9") == occupation_label("") == ""
    groups = dict(OCCUPATION_CHOICES)
    assert ("04.6", "04.6 Procesos industriales") in groups["04 Tecnología"]


def test_a_trainee_picks_their_occupation_on_the_profile_page(client, home):
    profile = TraineeProfileFactory()
    client.force_login(profile.user, backend=BACKEND)
    with translation.override("es"):
        url = reverse("profile")
    page = client.get(url)
    assert 'name="occupation_code"' in page.text
    assert "04.6 Procesos industriales" in page.text
    data = {
        "given_names": profile.given_names,
        "paternal_surname": profile.paternal_surname,
        "maternal_surname": profile.maternal_surname,
        "curp": profile.curp,
        "occupation": profile.occupation,
        "occupation_code": "04.6",
        "trainee_type": profile.trainee_type,
        "cluster": profile.cluster_id,
        "company": profile.company_id,
    }
    assert client.post(url, data).status_code == 302
    profile.refresh_from_db()
    assert profile.occupation_code == "04.6"

    response = client.post(url, {**data, "occupation_code": "99.9"})
    assert response.status_code == 400
    profile.refresh_from_db()
    assert profile.occupation_code == "04.6"


def test_saving_a_profile_without_the_key_keeps_it():
    """Roster imports and seeding call profile_save without it; they must not erase it."""
    profile = TraineeProfileFactory(occupation_code="05.2")
    profile_save(
        user=profile.user,
        given_names="Ana",
        paternal_surname=profile.paternal_surname,
        occupation="Soldadora",
        trainee_type=profile.trainee_type,
        cluster=profile.cluster,
        company=profile.company,
    )
    profile.refresh_from_db()
    assert (profile.occupation, profile.occupation_code) == ("Soldadora", "05.2")


def test_saving_a_company_without_the_signatories_keeps_them():
    cluster = ClusterFactory()
    company = CompanyFactory(clusters=[cluster], legal_representative="Lic. Laura Gómez")
    company_save(
        actor=None,
        company=company,
        legal_name="Nuevo Nombre S.A.",
        rfc=company.rfc,
        tier=company.tier,
        clusters=[cluster],
    )
    company.refresh_from_db()
    assert (company.legal_name, company.legal_representative) == (
        "Nuevo Nombre S.A.",
        "Lic. Laura Gómez",
    )


def test_a_cluster_admin_fills_the_dc3_fields_in_the_admin(client):
    cluster = ClusterFactory()
    company = CompanyFactory(clusters=[cluster])
    profile = TraineeProfileFactory(cluster=cluster, company=company)
    client.force_login(cluster_admin(cluster), backend=BACKEND)

    response = client.post(
        admin_url(Company, "edit", company.pk),
        {
            "legal_name": company.legal_name,
            "rfc": company.rfc,
            "tier": company.tier,
            "clusters": [cluster.pk],
            "legal_representative": "  Lic. Laura Gómez ",
            "more_than_50_workers": "on",
            "workers_representative": "Juan López",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    company.refresh_from_db()
    assert (
        company.legal_representative,
        company.more_than_50_workers,
        company.workers_representative,
    ) == ("Lic. Laura Gómez", True, "Juan López")

    response = client.post(
        admin_url(TraineeProfile, "edit", profile.pk),
        {
            "given_names": profile.given_names,
            "paternal_surname": profile.paternal_surname,
            "curp": profile.curp,
            "occupation": profile.occupation,
            "occupation_code": "04.1",
            "trainee_type": profile.trainee_type,
            "cluster": cluster.pk,
            "company": company.pk,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    profile.refresh_from_db()
    assert profile.occupation_code == "04.1"

    response = client.post(
        admin_url(Cluster, "edit", cluster.pk),
        {
            "name": cluster.name,
            "short_name": cluster.short_name,
            "states": cluster.states,
            "time_zone": cluster.time_zone,
            "brand_color": cluster.brand_color,
            "stps_agent_registration": "CAQ-120711-KX3-0013",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    cluster.refresh_from_db()
    assert cluster.stps_agent_registration == "CAQ-120711-KX3-0013"


def test_an_agent_registration_with_odd_characters_is_refused():
    cluster = ClusterFactory(stps_agent_registration="<script>")
    with pytest.raises(ValidationError) as error:
        cluster.full_clean()
    assert "stps_agent_registration" in error.value.message_dict
