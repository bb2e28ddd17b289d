"""Shared fixtures. Tests that need PostgreSQL, Redis, a worker or Chromium skip
without them, unless REQUIRE_SERVICES is set (CI), where they fail instead."""

import os

import pytest
from wagtail.models import Locale, Page, Site

from cms.models import HomePage

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}


def need(condition: bool, reason: str) -> None:
    """Skip (or, in CI, fail) a test whose service is missing."""
    if not condition:
        if REQUIRE_SERVICES:
            pytest.fail(f"required service missing: {reason}")
        pytest.skip(reason)


@pytest.fixture
def locales(db):
    es, _ = Locale.objects.get_or_create(language_code="es")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return {"es": es, "en": en}


@pytest.fixture
def home(locales) -> HomePage:
    """The Spanish home page (created by cms' data migration) and its English translation."""
    page = HomePage.objects.filter(locale=locales["es"]).first()
    if page is None:  # a transactional test flushed what the migrations created
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", locale=locales["es"])
        )
        page = root.add_child(
            instance=HomePage(title="Red de Clústeres Automotrices de México", slug="inicio")
        )
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": page}
        )
    if page.get_translation_or_none(locales["en"]) is None:
        english = page.copy_for_translation(locales["en"])
        english.title = "Mexican Automotive Cluster Network"
        english.slug = "home"
        english.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _queued_email(settings):
    """Django's test set-up swaps EMAIL_BACKEND for locmem; put the queue back in front,
    so tests see mail exactly as production sends it (queue -> task -> delivery backend)."""
    settings.EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached pages, menus and choices must not leak from one test's database into another's."""
    from django.core.cache import cache

    cache.clear()
