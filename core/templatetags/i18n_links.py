"""The language switch: links to this page in every language of the site."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from core.page_cache import remember

register = template.Library()


def _page_translations(page, request) -> dict[str, str]:
    """{language: url} of the page's live translations, cached until the next publish."""

    def build():
        return {
            other.locale.language_code: other.get_url(request)
            for other in page.get_translations(inclusive=True).live().select_related("locale")
        }

    return remember(f"translations:{page.pk}:{request.get_host() if request else ''}", build)


@register.inclusion_tag("core/language_switch.html", takes_context=True)
def language_switch(context, place="header"):
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if page is not None and getattr(page, "locale_id", None):
        translations = _page_translations(page, request)
    links = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code)
        if url is None and request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links, "place": place}
