"""Cache of whole public pages for anonymous visitors, purged whenever any page is published.

A page opts in with `cache_for_anonymous = True`; the `on_serve_page` hook
stores its response, and `PageCacheMiddleware` answers later requests for the
same URL before Wagtail even routes them (one cache read instead of a dozen
queries). A page whose content moves faster than publishing (a course's seats)
names what it shows with `depends_on(request, name)` while it renders; the
stored copy remembers each name's version and is thrown away once `bump(name)`
has moved one of them, without purging any other page. Only anonymous GET requests without a session or messages cookie are
cached or answered, and never a response that set a cookie or used a CSRF
token, so nobody's data ends up in a shared copy. Purging bumps a version
number that is part of every key (one cache write, whatever the number of
cached pages); use a shared cache (Redis) in production so every web process
sees the bump.
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


def _dependency_key(name: str) -> str:
    return f"page-cache:dependency:{name}"


def _dependency_versions(names) -> dict[str, int]:
    keys = {_dependency_key(n): n for n in names}
    found = cache.get_many(list(keys))
    for key in keys.keys() - found.keys():
        cache.add(key, 1, timeout=None)
        found[key] = cache.get(key, 1)
    return {keys[key]: version for key, version in found.items()}


def depends_on(request, *names: str) -> None:
    """Record that the page being rendered shows data named `names` (see `bump`).

    Call it before reading that data: the versions are read now, so a bump
    while the page renders leaves the stored copy already out of date.
    """
    request.__dict__.setdefault("_page_cache_dependencies", {}).update(_dependency_versions(names))


def bump(*names: str) -> None:
    """Invalidate every cached page that depends on one of `names`."""
    for name in names:
        try:
            cache.incr(_dependency_key(name))
        except ValueError:
            cache.set(_dependency_key(name), 2, timeout=None)


def _key(request) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"page-cache:{_version()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _anonymous_get(request) -> bool:
    return request.method in ("GET", "HEAD") and not any(
        name in request.COOKIES for name in PERSONAL_COOKIES
    )


def _cacheable_request(page, request) -> bool:
    return (
        getattr(page.specific_class, "cache_for_anonymous", False)
        and request.method == "GET"
        and _anonymous_get(request)
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
    )


def _cached_response(request):
    if cached := cache.get(_key(request)):
        content, content_type, dependencies = cached
        if dependencies and _dependency_versions(dependencies) != dependencies:
            return None
        response = HttpResponse(content, content_type=content_type)
        response["X-Page-Cache"] = "hit"
        response["Vary"] = "Cookie"
        return response
    return None


class PageCacheMiddleware:
    """Answer anonymous requests for cached pages before any routing or database work."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _anonymous_get(request) and (response := _cached_response(request)):
            return response
        return self.get_response(request)


def _store(request, response, timeout: int) -> None:
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    if (
        response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        cache.set(
            _key(request),
            (
                response.content,
                response["Content-Type"],
                request.__dict__.get("_page_cache_dependencies", {}),
            ),
            timeout,
        )
        response["X-Page-Cache"] = "miss"


def cache_for_anonymous(timeout: int | None = None):
    """A view decorator: anonymous answers are kept, and the middleware serves them next.

    For public views that are not Wagtail pages (a certificate's verification page);
    the view names what it shows with `depends_on` so that a change purges it.
    """

    def decorator(view):
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if _anonymous_get(request) and not request.user.is_authenticated:
                _store(
                    request, response, settings.PAGE_CACHE_SECONDS if timeout is None else timeout
                )
            return response

        wrapper.__name__ = view.__name__
        wrapper.__doc__ = view.__doc__
        return wrapper

    return decorator


def serve_with_cache(serve):
    """Wagtail `on_serve_page` hook: wraps the page's serve()."""

    def wrapper(page, request, args, kwargs):
        if not _cacheable_request(page, request):
            return serve(page, request, args, kwargs)
        if cached := _cached_response(request):
            return cached
        response = serve(page, request, args, kwargs)
        _store(request, response, settings.PAGE_CACHE_SECONDS)
        return response

    return wrapper


def remember(name: str, build, timeout: int | None = None):
    """A value derived from published pages, rebuilt after the next purge (menus, choices)."""
    key = f"page-cache:{_version()}:value:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS if timeout is None else timeout)
    return value
