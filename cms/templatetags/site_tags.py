"""Header navigation of the public site."""

from django import template
from django.utils import translation
from wagtail.models import Site

from cms.selectors import menu_pages
from core.page_cache import remember

register = template.Library()


@register.inclusion_tag("cms/includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home": None, "items": []}
    language = translation.get_language()

    def build():
        home = site.root_page.localized
        return {
            "home": {"pk": home.pk, "url": home.get_url(request)},
            "items": [
                {"pk": p.pk, "title": p.title, "url": p.get_url(request)}
                for p in menu_pages(root=home)
            ],
        }

    menu = remember(f"main-nav:{site.pk}:{language}", build)
    current = context.get("page")
    return {**menu, "current_pk": current.pk if current else None}
