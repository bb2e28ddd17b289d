"""Page tree rules: the catalog can only be built sensibly."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.models import ClusterPage, HomePage, StandardPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, ProgrammePage


class TreeRulesTest(WagtailPageTestCase):
    def test_where_each_page_may_live(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {ClusterPage, StandardPage, CourseIndexPage, ProgrammePage, CoursePage},
        )
        self.assertAllowedSubpageTypes(ClusterPage, {StandardPage, ProgrammePage, CoursePage})
        self.assertAllowedSubpageTypes(ProgrammePage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedSubpageTypes(CourseIndexPage, set())
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ProgrammePage, {HomePage, ClusterPage})
        self.assertAllowedParentPageTypes(CoursePage, {HomePage, ClusterPage, ProgrammePage})

    def test_nothing_of_the_catalog_at_the_root(self):
        self.assertCanNotCreateAt(Page, CoursePage)
        self.assertCanNotCreateAt(Page, LessonPage)
        self.assertCanNotCreateAt(StandardPage, CoursePage)
