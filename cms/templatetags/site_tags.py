"""Header navigation of the public site."""

from django import template
from wagtail.models import Site

from cms.selectors import menu_pages

register = template.Library()


@register.inclusion_tag("cms/includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home": None, "items": []}
    home = site.root_page.localized
    return {
        "home": home,
        "items": menu_pages(root=home),
        "current": context.get("page"),
        "request": request,
    }
