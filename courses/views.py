"""Catalog rendering, called from CourseIndexPage (the page owns the URL)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from wagtail.models import Locale

from .forms import CatalogFilterForm
from .selectors import catalog_choices, course_catalog

PAGE_SIZE = 12


def catalog_context(request, *, locale: Locale) -> dict:
    form = CatalogFilterForm(request.GET, choices=catalog_choices(locale=locale))
    filters = form.filters()
    paginator = Paginator(course_catalog(locale=locale, filters=filters), PAGE_SIZE)
    number = request.GET.get("page") or 1
    try:
        courses = paginator.page(number)
    except PageNotAnInteger:
        courses = paginator.page(1)
    except EmptyPage as exc:
        raise Http404 from exc
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "form": form,
        "filters": filters,
        "courses": courses,
        "querystring": query.urlencode(),
    }
