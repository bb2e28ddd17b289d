"""The public site: home page, one landing page per cluster, standard pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from clusters.models import Cluster
from core.blocks import BaseStreamBlock


class HomePage(Page):
    """The network's home: presents the network and links to its clusters."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.ClusterPage",
        "cms.StandardPage",
        "courses.CourseIndexPage",
        "courses.ProgrammePage",
        "courses.CoursePage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import cluster_page_list, public_trained_figure

        context = super().get_context(request, *args, **kwargs)
        context["cluster_pages"] = cluster_page_list(parent=self)
        context["trained_figure"] = public_trained_figure()
        return context


class ClusterPageForm(WagtailAdminPageForm):
    """Cluster admins edit their landing page but cannot point it at another cluster."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .permissions import can_change_page_cluster

        if "cluster" in self.fields and not can_change_page_cluster(self.for_user):
            self.fields["cluster"].disabled = True


class ClusterPage(Page):
    """The landing page of one cluster; its subtree is what the cluster's admins edit."""

    base_form_class = ClusterPageForm
    is_cluster_landing = True  # duck-typed by courses (which cannot import cms)

    cluster = models.ForeignKey(
        Cluster, on_delete=models.PROTECT, related_name="pages", verbose_name=_("cluster")
    )
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("cluster"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.StandardPage", "courses.ProgrammePage", "courses.CoursePage"]

    class Meta:
        verbose_name = _("cluster page")

    def clean(self):
        super().clean()
        duplicate = ClusterPage.objects.filter(cluster_id=self.cluster_id, locale_id=self.locale_id)
        if self.pk:
            duplicate = duplicate.exclude(pk=self.pk)
        if self.cluster_id and duplicate.exists():
            raise ValidationError(
                {"cluster": _("This cluster already has a page in this language.")}
            )

    def get_context(self, request, *args, **kwargs):
        from clusters.selectors import member_companies
        from courses.selectors import cluster_courses
        from courses.views import course_card

        context = super().get_context(request, *args, **kwargs)
        context["companies"] = member_companies(cluster=self.cluster)
        context["courses"] = [
            course_card(course, request)
            for course in cluster_courses(cluster=self.cluster, locale=self.locale)
        ]
        return context


class StandardPage(Page):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
