import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import ClusterPage
from tests.cms.factories import cluster_page

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_home_page_lists_the_clusters_in_spanish_and_english(client, home):
    cluster_page(home, title="Clúster Automotriz de Querétaro")
    spanish = client.get("/es/")
    assert 'lang="es-MX"' in spanish.text
    assert "Clúster Automotriz de Querétaro" in spanish.text
    assert 'hreflang="en"' in spanish.text
    english = client.get("/en/")
    assert 'lang="en"' in english.text
    assert "Automotive Cluster" in english.text


def test_language_switch_goes_to_the_translation_of_the_page(client, home):
    page = cluster_page(home, slug="queretaro")
    response = client.get(page.url)
    english = page.get_translations().get().url
    assert f'href="{english}"' in response.text


def test_root_redirects_to_spanish(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_unknown_language_prefix_is_not_found(client, home):
    response = client.get("/fr/", follow=True)
    assert response.status_code == 404
    assert "Página no encontrada" in response.text or "Page not found" in response.text


@pytest.mark.parametrize("url", ["/es/", "/en/"])
def test_home_page_query_budget_does_not_grow_with_clusters(client, home, url):
    for _ in range(2):
        cluster_page(home)
    small = count_queries(client, url)
    for _ in range(8):
        cluster_page(home)
    large = count_queries(client, url)
    assert small == large
    assert large <= 14


def test_cluster_page_query_budget_does_not_grow_with_companies(client, home):
    page = cluster_page(home, companies=3)
    small = count_queries(client, page.url)
    from tests.clusters.factories import CompanyFactory

    for _ in range(20):
        CompanyFactory(clusters=[page.cluster])
    large = count_queries(client, page.url)
    assert small == large
    assert large <= 14


def test_cluster_page_shows_member_companies(client, home):
    page = cluster_page(home, companies=0)
    from tests.clusters.factories import CompanyFactory

    CompanyFactory(clusters=[page.cluster], legal_name="Forja Anáhuac S.A. de C.V.")
    response = client.get(page.url)
    assert "Forja Anáhuac S.A. de C.V." in response.text


def test_one_cluster_page_per_language(home):
    page = cluster_page(home, english=False)
    duplicate = ClusterPage(title="Otra", slug="otra", cluster=page.cluster, locale=page.locale)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        home.add_child(instance=duplicate)


def test_search_finds_pages_of_the_current_language(client, home):
    cluster_page(home, title="Clúster Automotriz de Querétaro", slug="queretaro")
    response = client.get("/es/buscar/", {"q": "Querétaro"})
    assert response.status_code == 200
    assert "Clúster Automotriz de Querétaro" in response.text


def test_error_pages_render(client, home):
    from django.test import RequestFactory

    from cms.errors import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Algo salió mal" in response.content.decode()


def test_cluster_page_lists_its_courses(client, home):
    from tests.courses.factories import course_page

    page = cluster_page(home)
    course_page(page, title="APQP para proveedores")
    other = cluster_page(home)
    course_page(other, title="Curso de otro clúster")
    response = client.get(page.url)
    assert "APQP para proveedores" in response.text
    assert "Curso de otro clúster" not in response.text
