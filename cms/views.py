"""The site search page."""

from django.core.paginator import Paginator
from django.shortcuts import render

from .selectors import page_search

PAGE_SIZE = 10


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = None
    if query:
        paginator = Paginator(page_search(query=query), PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
    return render(request, "cms/search.html", {"query": query, "results": results})
