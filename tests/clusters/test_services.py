import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError

from clusters.models import ClusterRole, Company, TraineeProfile
from clusters.services import company_save, profile_save, role_grant, role_revoke
from tests.clusters.factories import (
    ClusterFactory,
    ClusterRoleFactory,
    CompanyFactory,
    UserFactory,
    valid_curp,
    valid_rfc,
)

pytestmark = pytest.mark.django_db


def profile_data(**overrides):
    data = {
        "given_names": "Ana",
        "paternal_surname": "Gutiérrez",
        "maternal_surname": "Zamora",
        "curp": valid_curp(1),
        "occupation": "Ingeniera de procesos",
        "trainee_type": TraineeProfile.TraineeType.ENGINEER,
        "gender": TraineeProfile.Gender.FEMALE,
    }
    return data | overrides


def test_profile_save_creates_then_updates_one_profile():
    cluster = ClusterFactory()
    company = CompanyFactory(clusters=[cluster])
    user = UserFactory()
    profile_save(user=user, cluster=cluster, company=company, **profile_data())
    profile = profile_save(
        user=user, cluster=cluster, company=company, **profile_data(occupation="Jefa de turno")
    )
    assert TraineeProfile.objects.filter(user=user).count() == 1
    assert profile.occupation == "Jefa de turno"
    assert profile.full_name == "Ana Gutiérrez Zamora"


def test_profile_refuses_company_outside_the_chosen_cluster():
    cluster, other = ClusterFactory(), ClusterFactory()
    company = CompanyFactory(clusters=[other])
    user = UserFactory()
    with pytest.raises(ValidationError) as error:
        profile_save(user=user, cluster=cluster, company=company, **profile_data())
    assert "company" in error.value.message_dict
    assert not TraineeProfile.objects.filter(user=user).exists()


def test_profile_refuses_malformed_curp_and_saves_nothing():
    user = UserFactory()
    with pytest.raises(ValidationError) as error:
        profile_save(user=user, cluster=None, company=None, **profile_data(curp="XYZ"))
    assert "curp" in error.value.message_dict
    assert not TraineeProfile.objects.exists()


def test_two_people_cannot_share_a_curp():
    profile_save(user=UserFactory(), cluster=None, company=None, **profile_data())
    with pytest.raises(ValidationError):
        profile_save(user=UserFactory(), cluster=None, company=None, **profile_data())


def test_company_save_normalises_rfc_and_sets_memberships():
    a, b = ClusterFactory(), ClusterFactory()
    company = company_save(
        actor=None,
        legal_name="Forja del Bajío S.A. de C.V.",
        rfc=valid_rfc(3).lower(),
        tier=Company.Tier.TIER1,
        clusters=[a, b],
    )
    assert company.rfc == valid_rfc(3)
    assert set(company.clusters.all()) == {a, b}


def test_company_save_refuses_bad_rfc():
    with pytest.raises(ValidationError) as error:
        company_save(
            actor=None,
            legal_name="X",
            rfc="SAT970701NN4",
            tier="tier1",
            clusters=[ClusterFactory()],
        )
    assert "rfc" in error.value.message_dict
    assert not Company.objects.exists()


def test_cluster_admin_keeps_other_clusters_memberships():
    a, b = ClusterFactory(), ClusterFactory()
    admin = ClusterRoleFactory(cluster=a).user
    company = CompanyFactory(clusters=[a, b])
    company_save(
        actor=admin,
        company=company,
        legal_name="Nuevo nombre",
        rfc=company.rfc,
        tier=company.tier,
        clusters=[a],
    )
    assert set(company.clusters.all()) == {a, b}


def test_cluster_admin_cannot_add_company_to_another_cluster():
    a, b = ClusterFactory(), ClusterFactory()
    admin = ClusterRoleFactory(cluster=a).user
    with pytest.raises(ValidationError):
        company_save(actor=admin, legal_name="X", rfc=valid_rfc(9), tier="tier2", clusters=[b])
    assert not Company.objects.exists()


def test_cluster_admin_cannot_edit_another_clusters_company():
    a, b = ClusterFactory(), ClusterFactory()
    admin = ClusterRoleFactory(cluster=a).user
    company = CompanyFactory(clusters=[b])
    with pytest.raises(PermissionDenied):
        company_save(
            actor=admin,
            company=company,
            legal_name="Hack",
            rfc=company.rfc,
            tier="tier2",
            clusters=[b],
        )
    company.refresh_from_db()
    assert company.legal_name != "Hack"


def test_role_grant_is_idempotent_and_scoped():
    a, b = ClusterFactory(), ClusterFactory()
    admin = ClusterRoleFactory(cluster=a).user
    person = UserFactory()
    first = role_grant(actor=admin, user=person, cluster=a, role=ClusterRole.Role.INSTRUCTOR)
    again = role_grant(actor=admin, user=person, cluster=a, role=ClusterRole.Role.INSTRUCTOR)
    assert first.pk == again.pk
    with pytest.raises(PermissionDenied):
        role_grant(actor=admin, user=person, cluster=b, role=ClusterRole.Role.INSTRUCTOR)
    with pytest.raises(PermissionDenied):
        role_revoke(actor=UserFactory(), cluster_role=first)
    role_revoke(actor=admin, cluster_role=first)
    assert not ClusterRole.objects.filter(user=person).exists()


def test_coordinator_role_needs_a_member_company():
    a, b = ClusterFactory(), ClusterFactory()
    outsider = CompanyFactory(clusters=[b])
    with pytest.raises(ValidationError):
        role_grant(
            actor=None,
            user=UserFactory(),
            cluster=a,
            role=ClusterRole.Role.COMPANY_COORDINATOR,
            company=outsider,
        )
    with pytest.raises(ValidationError):
        role_grant(
            actor=None, user=UserFactory(), cluster=a, role=ClusterRole.Role.COMPANY_COORDINATOR
        )


def test_database_backs_the_role_rules():
    role = ClusterRoleFactory()
    with pytest.raises(IntegrityError):
        ClusterRole.objects.create(user=role.user, cluster=role.cluster, role=role.role)


def test_an_admin_edits_profiles_of_their_cluster_only():
    a, b = ClusterFactory(), ClusterFactory()
    admin = ClusterRoleFactory(cluster=a).user
    mine = profile_save(user=UserFactory(), cluster=a, company=None, **profile_data())
    theirs = profile_save(
        user=UserFactory(), cluster=b, company=None, **profile_data(curp=valid_curp(2))
    )
    profile_save(
        actor=admin, user=mine.user, cluster=a, company=None, **profile_data(occupation="Líder")
    )
    with pytest.raises(PermissionDenied):
        profile_save(
            actor=admin,
            user=theirs.user,
            cluster=b,
            company=None,
            **profile_data(curp=valid_curp(2)),
        )
    with pytest.raises(PermissionDenied):  # nor move their own people into another cluster
        profile_save(actor=admin, user=mine.user, cluster=b, company=None, **profile_data())
