"""Admin of the catalog's snippets, and the anonymous page cache of catalog pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.page_cache import serve_with_cache

from .models import Discipline, Instructor

hooks.register("on_serve_page", serve_with_cache)


class DisciplineViewSet(SnippetViewSet):
    model = Discipline
    icon = "tag"
    menu_label = _("Disciplines")
    list_display = ["name_es", "name_en", "slug"]
    search_fields = ["name_es", "name_en"]


class InstructorViewSet(SnippetViewSet):
    model = Instructor
    icon = "user"
    menu_label = _("Instructors")
    list_display = ["name", "organisation"]
    search_fields = ["name", "organisation"]


class CatalogViewSetGroup(SnippetViewSetGroup):
    items = (DisciplineViewSet, InstructorViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Catalog")
    menu_name = "catalog"


register_snippet(CatalogViewSetGroup)
