"""The site search page and the admin's login door."""

from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from .selectors import page_search

PAGE_SIZE = 10


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = None
    if query:
        paginator = Paginator(page_search(query=query), PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
    return render(request, "cms/search.html", {"query": query, "results": results})


def admin_login(request):
    """The admin's login URL: one login flow (allauth), and a clear refusal instead of a loop.

    Wagtail sends people without admin access here; sending a signed-in person
    back to allauth's login would bounce them to the admin again forever.
    """
    next_url = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/admin/"
    if not request.user.is_authenticated:
        return redirect_to_login(next_url, reverse("account_login"))
    if request.user.has_perm("wagtailadmin.access_admin"):
        return redirect(next_url)
    return render(request, "cms/admin_denied.html", status=403)
