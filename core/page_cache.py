"""Cache of whole public pages for anonymous visitors, purged whenever any page is published.

A page opts in with `cache_for_anonymous = True`. Only anonymous GET requests
without a session or messages cookie are cached, and never a response that
set a cookie or used a CSRF token, so nobody's data ends up in a shared copy.
Purging bumps a version number that is part of every key (one cache write,
whatever the number of cached pages); use a shared cache (Redis) in production
so every web process sees the bump.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

VERSION_KEY = "page-cache:version"
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def purge(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def _key(request) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"page-cache:{_version()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _cacheable_request(page, request) -> bool:
    return (
        getattr(page.specific_class, "cache_for_anonymous", False)
        and request.method == "GET"
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def serve_with_cache(serve):
    """Wagtail `on_serve_page` hook: wraps the page's serve()."""

    def wrapper(page, request, args, kwargs):
        if not _cacheable_request(page, request):
            return serve(page, request, args, kwargs)
        key = _key(request)
        if cached := cache.get(key):
            content, content_type = cached
            response = HttpResponse(content, content_type=content_type)
            response["X-Page-Cache"] = "hit"
            return response
        response = serve(page, request, args, kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if (
            response.status_code == 200
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        ):
            cache.set(
                key, (response.content, response["Content-Type"]), settings.PAGE_CACHE_SECONDS
            )
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper
