"""The Wagtail admin of clusters: every person reaches exactly their own rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clusters.models import Cluster, ClusterRole, Company, CompanyMembership, TraineeProfile
from cms.roles import network_admin_group_sync, user_groups_sync
from tests.clusters.factories import (
    ClusterFactory,
    ClusterRoleFactory,
    CompanyFactory,
    TraineeProfileFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Role = ClusterRole.Role
BACKEND = "django.contrib.auth.backends.ModelBackend"
HOME = "/admin/"


def url(model, name, *args):
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def chooser_url(model, name, *args):
    return reverse(f"{model.snippet_viewset.chooser_viewset.name}:{name}", args=args)


def bulk_delete_url(model, *ids):
    query = "&".join(f"id={i}" for i in ids)
    return f"/admin/bulk/clusters/{model._meta.model_name}/delete/?{query}"


def grant(user, cluster, role=Role.CLUSTER_ADMIN, company=None):
    ClusterRoleFactory(user=user, cluster=cluster, role=role, company=company)
    user_groups_sync(user, cluster)
    return user


def login(client, user):
    client.force_login(user, backend=BACKEND)
    return client


def assert_refused(response):
    """Not found, forbidden, or Wagtail's "no permission" bounce to the dashboard.

    A 404 under /admin/ comes back from LocaleMiddleware as a redirect to the
    /es/-prefixed path (served by the page tree, which 404s in turn).
    """
    if response.status_code == 302:
        location = response["Location"]
        if location != HOME:
            assert_not_found(response)
    else:
        assert response.status_code in (403, 404), response.status_code


def assert_not_found(response):
    if response.status_code == 302:
        location = response["Location"]
        assert location.startswith(f"/es{response.request['PATH_INFO']}"), location
        response = response.client.get(location)
    assert response.status_code == 404


def text(response) -> str:
    """The page's text; modal (chooser) responses carry their HTML in JSON."""
    if response["Content-Type"].startswith("application/json"):
        return response.json().get("html", "")
    return response.content.decode()


@pytest.fixture
def world(db):
    a, b = ClusterFactory(short_name="ALPHA"), ClusterFactory(short_name="BRAVO")
    company_a = CompanyFactory(legal_name="Alfa Autopartes S.A.", clusters=[a])
    company_a2 = CompanyFactory(legal_name="Arnés Alfa S.A.", clusters=[a])
    company_b = CompanyFactory(legal_name="Bravo Moldes S.A.", clusters=[b])
    profile_a = TraineeProfileFactory(
        given_names="Ana", paternal_surname="Alfaro", cluster=a, company=company_a
    )
    profile_a2 = TraineeProfileFactory(
        given_names="Aurora", paternal_surname="Arnesto", cluster=a, company=company_a2
    )
    profile_b = TraineeProfileFactory(
        given_names="Berta", paternal_surname="Bravoz", cluster=b, company=company_b
    )
    admin_a = grant(UserFactory(), a)
    admin_b_role = ClusterRoleFactory(user=profile_b.user, cluster=b)
    return {
        "a": a,
        "b": b,
        "company_a": company_a,
        "company_a2": company_a2,
        "company_b": company_b,
        "profile_a": profile_a,
        "profile_a2": profile_a2,
        "profile_b": profile_b,
        "admin_a": admin_a,
        "admin_a_role": ClusterRole.objects.get(user=admin_a),
        "role_b": admin_b_role,
    }


@pytest.fixture
def network_admin(db):
    user = UserFactory()
    user.groups.add(network_admin_group_sync())
    return user


def company_post(company, clusters, **changes):
    data = {
        "legal_name": company.legal_name,
        "trade_name": company.trade_name,
        "rfc": company.rfc,
        "tier": company.tier,
        "clusters": [c.pk for c in clusters],
    }
    data.update(changes)
    return data


def snapshot():
    return {
        "clusters": list(Cluster.objects.order_by("pk").values()),
        "companies": list(Company.objects.order_by("pk").values()),
        "memberships": list(CompanyMembership.objects.order_by("pk").values()),
        "profiles": list(TraineeProfile.objects.order_by("pk").values()),
        "roles": list(ClusterRole.objects.order_by("pk").values()),
    }


# --- A cluster admin never reaches another cluster's rows ---------------------


def test_cluster_admin_is_refused_every_url_of_another_cluster(client, world):
    login(client, world["admin_a"])
    b = world["b"]
    foreign = {
        Cluster: (b, {"name": "Hijacked", "short_name": "X", "states": "X"}),
        Company: (world["company_b"], company_post(world["company_b"], [world["a"]])),
        TraineeProfile: (
            world["profile_b"],
            {
                "given_names": "Hijacked",
                "paternal_surname": "X",
                "occupation": "X",
                "trainee_type": "operator",
                "cluster": world["a"].pk,
            },
        ),
        ClusterRole: (world["role_b"], {"role": "instructor", "cluster": world["a"].pk}),
    }
    before = snapshot()
    for model, (obj, data) in foreign.items():
        for name in ("edit", "delete", "inspect", "history", "usage"):
            if (model, name) == (ClusterRole, "edit"):
                assert_refused(client.get(url(model, name, obj.pk)))  # nobody edits roles
            else:
                assert_not_found(client.get(url(model, name, obj.pk)))
        assert_refused(client.post(url(model, "edit", obj.pk), data))
        assert_not_found(client.post(url(model, "delete", obj.pk)))
        # Bulk delete and the chooser neither act on the row nor name it.
        assert_not_found(client.get(bulk_delete_url(model, obj.pk)))
        assert_refused(client.post(bulk_delete_url(model, obj.pk)))
        assert_not_found(client.get(chooser_url(model, "chosen", obj.pk)))
    assert snapshot() == before


def test_cluster_admin_lists_only_their_cluster(client, world):
    login(client, world["admin_a"])
    pages = {
        Cluster: (world["a"].name, world["b"].name),
        Company: (world["company_a"].legal_name, world["company_b"].legal_name),
        TraineeProfile: (world["profile_a"].full_name, world["profile_b"].full_name),
        ClusterRole: (str(world["admin_a"]), str(world["profile_b"].user)),
    }
    for model, (own, foreign) in pages.items():
        for page in (url(model, "list"), url(model, "list_results"), chooser_url(model, "choose")):
            response = client.get(page)
            assert response.status_code == 200, page
            content = text(response)
            assert own in content, (model, page)
            assert foreign not in content, (model, page)
        # "Select all" in a bulk action reaches only the person's rows.
        response = client.get(bulk_delete_url(model, "all"))
        assert foreign not in response.content.decode()


def test_a_company_seen_but_not_managed_is_read_only(client, world):
    """An admin of A who coordinates a company of B sees it, but may not edit it."""
    admin = grant(world["admin_a"], world["b"], Role.COMPANY_COORDINATOR, world["company_b"])
    login(client, admin)
    company = world["company_b"]
    content = client.get(url(Company, "list")).content.decode()
    assert company.legal_name in content
    assert url(Company, "edit", company.pk) not in content
    assert url(Company, "edit", world["company_a"].pk) in content
    assert client.get(url(Company, "inspect", company.pk)).status_code == 200
    before = snapshot()
    response = client.get(url(Company, "edit", company.pk))
    assert (response.status_code, response["Location"]) == (302, HOME)
    assert_refused(client.post(url(Company, "edit", company.pk), company_post(company, [])))
    assert snapshot() == before


def test_cluster_admin_sees_no_filter_choice_of_another_cluster(client, world):
    login(client, world["admin_a"])
    content = client.get(url(TraineeProfile, "list")).content.decode()
    assert world["company_a"].legal_name in content
    assert world["company_b"].legal_name not in content
    assert world["b"].name not in content


# --- What a cluster admin may do in their own cluster --------------------------


def test_cluster_admin_edits_own_company_through_the_service(client, world):
    login(client, world["admin_a"])
    company = world["company_a"]
    response = client.post(
        url(Company, "edit", company.pk),
        company_post(company, [world["a"]], trade_name="  Alfa  ", rfc=company.rfc.lower()),
    )
    assert response.status_code == 302
    company.refresh_from_db()
    assert company.trade_name == "Alfa"  # stripped by company_save
    assert company.rfc == company.rfc.upper()


def test_cluster_admin_cannot_attach_own_company_to_another_cluster(client, world):
    login(client, world["admin_a"])
    company = world["company_a"]
    response = client.post(
        url(Company, "edit", company.pk), company_post(company, [world["a"], world["b"]])
    )
    assert response.status_code == 200
    assert response.context["form"].errors["clusters"]
    assert set(company.clusters.all()) == {world["a"]}


def test_company_form_offers_only_the_admins_clusters(client, world):
    login(client, world["admin_a"])
    form = client.get(url(Company, "add")).context["form"]
    assert list(form.fields["clusters"].queryset) == [world["a"]]


def test_service_refusal_is_shown_on_the_form(client, world):
    """company_save keeps a membership that people chose their company through."""
    login(client, world["admin_a"])
    company = world["company_a"]
    response = client.post(url(Company, "edit", company.pk), company_post(company, []))
    assert response.status_code == 200
    assert response.context["form"].errors["clusters"]
    assert set(company.clusters.all()) == {world["a"]}


def test_membership_in_other_clusters_survives_an_edit(client, world):
    login(client, world["admin_a"])
    shared = CompanyFactory(clusters=[world["a"], world["b"]])
    response = client.post(url(Company, "edit", shared.pk), company_post(shared, [world["a"]]))
    assert response.status_code == 302
    assert set(shared.clusters.all()) == {world["a"], world["b"]}


def test_cluster_admin_adds_a_company_to_their_cluster(client, world):
    login(client, world["admin_a"])
    data = company_post(Company(legal_name="Nueva S.A.", rfc="NUE010101AB1", tier="tier1"), [])
    data["clusters"] = [world["a"].pk]
    data["rfc"] = CompanyFactory.build().rfc
    response = client.post(url(Company, "add"), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    company = Company.objects.get(legal_name="Nueva S.A.")
    assert list(company.clusters.all()) == [world["a"]]


def test_cluster_admin_edits_own_cluster_but_not_its_slug_nor_deletes_it(client, world):
    login(client, world["admin_a"])
    a = world["a"]
    slug = a.slug
    response = client.post(
        url(Cluster, "edit", a.pk),
        {
            "name": "Clúster Alfa",
            "short_name": "ALFA",
            "slug": "hijacked",
            "states": "Jalisco",
            "time_zone": a.time_zone,
            "brand_color": a.brand_color,
        },
    )
    assert response.status_code == 302
    a.refresh_from_db()
    assert (a.name, a.slug) == ("Clúster Alfa", slug)
    assert_refused(client.get(url(Cluster, "add")))
    assert_refused(client.post(url(Cluster, "delete", a.pk)))
    assert Cluster.objects.filter(pk=a.pk).exists()


def test_cluster_admin_edits_own_people(client, world):
    login(client, world["admin_a"])
    profile = world["profile_a"]
    response = client.post(
        url(TraineeProfile, "edit", profile.pk),
        {
            "given_names": "Ana María",
            "paternal_surname": profile.paternal_surname,
            "curp": profile.curp.lower(),
            "occupation": "Supervisora",
            "trainee_type": "technician",
            "cluster": world["a"].pk,
            "company": world["company_a2"].pk,
        },
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.given_names, profile.company) == ("Ana María", world["company_a2"])
    assert profile.user_id == world["profile_a"].user_id
    assert_refused(client.post(url(TraineeProfile, "delete", profile.pk)))
    assert TraineeProfile.objects.filter(pk=profile.pk).exists()


def test_cluster_admin_grants_and_revokes_roles_in_their_cluster_only(
    client, world, django_capture_on_commit_callbacks
):
    login(client, world["admin_a"])
    person = world["profile_a"].user
    response = client.post(
        url(ClusterRole, "add"),
        {"user": person.pk, "cluster": world["b"].pk, "role": Role.INSTRUCTOR},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["cluster"]
    assert not ClusterRole.objects.filter(user=person).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(ClusterRole, "add"),
            {"user": person.pk, "cluster": world["a"].pk, "role": Role.INSTRUCTOR},
        )
    assert response.status_code == 302
    role = ClusterRole.objects.get(user=person)
    assert person.groups.filter(name__endswith=":instructor").exists()  # cms mirrored it

    assert_refused(client.get(url(ClusterRole, "edit", role.pk)))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(ClusterRole, "delete", role.pk))
    assert response.status_code == 302
    assert not ClusterRole.objects.filter(pk=role.pk).exists()
    assert not person.groups.filter(name__endswith=":instructor").exists()


# --- Network admins, coordinators, nobodies ------------------------------------


def test_network_admin_sees_and_edits_everything(client, world, network_admin):
    login(client, network_admin)
    rows = {
        Cluster: [world["a"].name, world["b"].name],
        Company: [world["company_a"].legal_name, world["company_b"].legal_name],
        TraineeProfile: [world["profile_a"].full_name, world["profile_b"].full_name],
        ClusterRole: [str(world["admin_a"]), str(world["profile_b"].user)],
    }
    for model, names in rows.items():
        content = client.get(url(model, "list")).content.decode()
        for name in names:
            assert name in content, (model, name)
        obj = model.objects.first()
        for name in ("edit", "inspect", "history", "usage", "delete"):
            if model is not ClusterRole or name not in ("edit", "usage"):  # roles: no change
                assert client.get(url(model, name, obj.pk)).status_code == 200, (model, name)
        assert client.get(url(model, "add")).status_code == 200, model
    company = world["company_b"]
    response = client.post(
        url(Company, "edit", company.pk),
        company_post(company, [world["a"], world["b"]], legal_name="Bravo Moldes II S.A."),
    )
    assert response.status_code == 302
    company.refresh_from_db()
    assert company.legal_name == "Bravo Moldes II S.A."
    assert set(company.clusters.all()) == {world["a"], world["b"]}


def test_only_network_admins_add_a_profile_for_someone(client, world, network_admin):
    person = UserFactory()
    data = {
        "user": person.pk,
        "given_names": "Carla",
        "paternal_surname": "Campos",
        "occupation": "Técnica",
        "trainee_type": "technician",
        "cluster": world["a"].pk,
        "company": world["company_a"].pk,
    }
    login(client, world["admin_a"])
    assert_refused(client.post(url(TraineeProfile, "add"), data))
    assert not TraineeProfile.objects.filter(user=person).exists()

    login(client, network_admin)
    form = client.get(url(TraineeProfile, "add")).context["form"]
    assert person in form.fields["user"].queryset
    assert world["profile_a"].user not in form.fields["user"].queryset  # has one already
    response = client.post(url(TraineeProfile, "add"), data)
    assert response.status_code == 302
    profile = TraineeProfile.objects.get(user=person)
    assert (profile.cluster, profile.company) == (world["a"], world["company_a"])


def test_admin_users_follow_the_roles(world, network_admin):
    from clusters.permissions import admin_users

    coordinator = grant(UserFactory(), world["a"], Role.COMPANY_COORDINATOR, world["company_a"])
    viewers = set(admin_users(TraineeProfile, ["view"]))
    assert {world["admin_a"], coordinator, network_admin} <= viewers
    editors = set(admin_users(TraineeProfile, ["change"]))
    assert world["admin_a"] in editors
    assert network_admin in editors
    assert coordinator not in editors
    assert set(admin_users(ClusterRole, ["change"])) == set()


def test_network_admin_cannot_delete_a_company_still_in_use(client, world, network_admin):
    login(client, network_admin)
    company = world["company_b"]
    response = client.post(url(Company, "delete", company.pk))
    assert response.status_code == 302
    assert Company.objects.filter(pk=company.pk).exists()
    response = client.post(bulk_delete_url(Company, company.pk))
    assert Company.objects.filter(pk=company.pk).exists()


def test_coordinator_sees_only_their_companys_people(client, world):
    coordinator = grant(
        UserFactory(), world["a"], Role.COMPANY_COORDINATOR, company=world["company_a"]
    )
    login(client, coordinator)
    content = client.get(url(TraineeProfile, "list")).content.decode()
    assert world["profile_a"].full_name in content
    assert world["profile_a2"].full_name not in content
    assert world["profile_b"].full_name not in content

    own, other = world["profile_a"], world["profile_a2"]
    response = client.get(url(TraineeProfile, "inspect", own.pk))
    assert response.status_code == 200
    assert own.curp not in response.content.decode()
    assert_not_found(client.get(url(TraineeProfile, "inspect", other.pk)))
    before = snapshot()
    assert_refused(client.get(url(TraineeProfile, "edit", own.pk)))
    assert_refused(client.post(url(TraineeProfile, "edit", own.pk), {"given_names": "X"}))
    assert_refused(client.post(url(TraineeProfile, "delete", own.pk)))
    assert_refused(client.get(url(ClusterRole, "list")))
    assert_refused(client.get(url(Cluster, "list")))
    assert snapshot() == before


def test_person_without_a_role_is_kept_out(client, world):
    nobody = UserFactory()
    login(client, nobody)
    for model in (Cluster, Company, TraineeProfile, ClusterRole):
        for response in (
            client.get(url(model, "list")),
            client.get(url(model, "edit", model.objects.first().pk)),
            client.get(chooser_url(model, "choose")),
        ):
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("admin_login"))
            refused = client.get(response["Location"])
            assert refused.status_code == 403  # told so, not sent round in a loop


def test_role_without_admin_rights_sees_no_network_menu(client, world):
    instructor = grant(UserFactory(), world["a"], Role.INSTRUCTOR)
    login(client, instructor)
    response = client.get(HOME)
    assert response.status_code == 200
    assert url(Company, "list") not in response.content.decode()
    for model in (Cluster, Company, TraineeProfile, ClusterRole):
        assert_refused(client.get(url(model, "list")))
        chooser = client.get(chooser_url(model, "choose"))
        assert world["company_a"].legal_name not in text(chooser)


def test_cluster_admin_menu_shows_the_network_group(client, world):
    login(client, world["admin_a"])
    content = client.get(HOME).content.decode()
    for model in (Cluster, Company, TraineeProfile, ClusterRole):
        assert url(model, "list") in content


# --- Listings do not grow queries with rows --------------------------------------


@pytest.mark.parametrize("model", [Cluster, Company, TraineeProfile, ClusterRole])
@pytest.mark.parametrize("who", ["cluster_admin", "network_admin"])
def test_listing_query_count_does_not_grow_with_rows(client, world, network_admin, model, who):
    user = world["admin_a"] if who == "cluster_admin" else network_admin
    login(client, user)

    def add_rows(n):
        for _ in range(n):
            if model is Cluster:
                ClusterFactory()
                continue
            company = CompanyFactory(clusters=[world["a"]])
            if model is TraineeProfile:
                TraineeProfileFactory(cluster=world["a"], company=company)
            elif model is ClusterRole:
                ClusterRoleFactory(cluster=world["a"], role=Role.INSTRUCTOR)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(model, "list")).status_code == 200
        return len(queries)

    add_rows(2)
    small = count()
    add_rows(8)
    assert count() == small
