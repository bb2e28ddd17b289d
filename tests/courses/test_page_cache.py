import pytest

from tests.clusters.factories import UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import catalog_page, course_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()


def test_anonymous_course_page_is_cached_and_purged_on_publish(
    client, home, django_assert_num_queries
):
    course = course_page(cluster_page(home), title="Baterías")
    first = client.get(course.url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):  # answered before routing
        second = client.get(course.url)
    assert second["X-Page-Cache"] == "hit"
    assert second["X-Frame-Options"] == "DENY"
    assert second.content == first.content
    course.title = "Baterías de ion-litio"
    course.save_revision().publish()
    third = client.get(course.url)
    assert third["X-Page-Cache"] == "miss"
    assert "Baterías de ion-litio" in third.text


def test_catalog_cache_varies_with_filters_and_language(client, home):
    catalog = catalog_page(home)
    course_page(cluster_page(home), title="APQP", level="basic")
    client.get(catalog.url)
    filtered = client.get(catalog.url, {"level": "expert"})
    assert filtered["X-Page-Cache"] == "miss"
    assert "APQP" not in filtered.text
    assert client.get("/en/courses/")["X-Page-Cache"] == "miss"


def test_logged_in_people_never_get_or_fill_the_shared_copy(client, home):
    course = course_page(cluster_page(home))
    user = UserFactory(email="ana.lopez@example.com")
    client.force_login(user)
    response = client.get(course.url)
    assert "X-Page-Cache" not in response
    assert "Cerrar sesión" in response.text or "Log out" in response.text
    client.logout()
    anonymous = client.get(course.url)
    assert "ana.lopez" not in anonymous.text


def test_pages_without_opt_in_are_not_cached(client, home):
    assert "X-Page-Cache" not in client.get("/es/")
