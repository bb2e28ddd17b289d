"""Catalog rendering, called from CourseIndexPage (the page owns the URL)."""

import hashlib

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from wagtail.models import Locale

from core.page_cache import remember

from .forms import CatalogFilterForm
from .selectors import catalog_choices, course_catalog

PAGE_SIZE = 12


def course_card(course, request) -> dict:
    """What a catalog card shows, as plain data that can be cached."""
    image = None
    if course.hero_image_id:
        image = course.hero_image.get_rendition("fill-480x240|format-webp").url
    return {
        "url": course.get_url(request),
        "title": course.title,
        "code": course.code,
        "hours": course.hours,
        "summary": course.summary,
        "image": image,
        "discipline": course.discipline.name,
        "level": course.get_level_display(),
        "modality": course.get_modality_display(),
        "languages": course.get_languages_display(),
        "cluster": course.cluster.short_name if course.cluster_id else None,
    }


def _results(request, locale, filters, number) -> dict | None:
    paginator = Paginator(course_catalog(locale=locale, filters=filters), PAGE_SIZE)
    try:
        page = paginator.page(number)
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        return None
    return {
        "count": paginator.count,
        "num_pages": paginator.num_pages,
        "number": page.number,
        "previous": page.previous_page_number() if page.has_previous() else None,
        "next": page.next_page_number() if page.has_next() else None,
        "cards": [course_card(course, request) for course in page],
    }


def catalog_context(request, *, locale: Locale) -> dict:
    """Filters, then one page of results; results are cached until the next publish,
    for everyone (they hold nobody's data), so a logged-in visit costs few queries."""
    form = CatalogFilterForm(request.GET, choices=catalog_choices(locale=locale))
    filters = form.filters()
    number = request.GET.get("page") or 1
    digest = hashlib.sha256(repr((filters, str(number))).encode()).hexdigest()
    key = f"catalog:{locale.language_code}:{request.get_host()}:{digest}"
    results = remember(key, lambda: _results(request, locale, filters, number) or "missing")
    if results == "missing":
        raise Http404
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "form": form,
        "filters": filters,
        "results": results,
        "querystring": query.urlencode(),
    }
