"""A course from the admin to the catalog, end to end in a real browser.

A cluster admin creates a course page with a lesson, submits it, approves and
publishes it; an anonymous visitor finds it by filter and by search in Spanish
and opens the English translation. The browser asks for Spanish (es-MX), so the
admin, which has no language prefix, speaks Spanish.

The English copy is made with Wagtail's simple_translation "Translate" action
when the cluster admin holds `simple_translation.submit_translation`. The
cluster admins' group does not hold it today (cms/roles.py), so the action is
not offered to them: the test then checks that it is absent and makes the same
copy in Python (`copy_for_translation`, what the action does); retitling and
publishing the English copy happen in the browser either way.
"""

import re

import pytest
from playwright.sync_api import Page, expect
from wagtail.models import Locale

from clusters.models import ClusterRole, User
from clusters.services import role_grant
from cms.roles import user_groups_sync
from courses.models import CoursePage, LessonPage
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import catalog_page, discipline

pytestmark = [
    pytest.mark.browser,
    # serialized_rollback: a transactional test empties the database afterwards; this
    # restores the rows data migrations made (the home page, the default Site) first.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.browser_context_args(locale="es-MX"),
]

ADMIN_PASSWORD = "Correct-Horse-9"  # UserFactory's password
TITLE_ES = "Gemelos digitales para planta"
TITLE_EN = "Digital twins for the plant"
LESSON = "Qué es un gemelo digital"


def test_cluster_admin_publishes_course_and_visitor_finds_it_in_both_languages(
    page: Page, live_server, home, screenshot
):
    base = live_server.url
    catalog_page(home)  # /es/cursos/ and /en/courses/
    cluster = ClusterFactory(
        slug="queretaro", name="Clúster Automotriz de Querétaro", short_name="Querétaro"
    )
    queretaro = cluster_page(home, cluster=cluster, slug="queretaro")
    iiot = discipline(slug="iiot", es="Industria 4.0", en="Industry 4.0")
    admin = UserFactory(email="admin.queretaro@example.com")
    role_grant(actor=None, user=admin, cluster=cluster, role=ClusterRole.Role.CLUSTER_ADMIN)
    user_groups_sync(admin, cluster)
    en = Locale.objects.get(language_code="en")
    footer = page.locator("footer .actions--primary")  # the admin's action menu

    def footer_action(name: str | re.Pattern[str]) -> None:
        """Click an action of the footer's dropdown ("more actions" next to Save draft)."""
        footer.locator(".w-dropdown__toggle").click()
        footer.get_by_role("button", name=name).click()

    messages = page.locator(".messages")

    # 1. The cluster admin logs in to the admin, through allauth's login page.
    page.goto(f"{base}/admin/")
    expect(page).to_have_url(re.compile(re.escape(f"{base}/es/accounts/login/")))
    page.locator("input[name=login]").fill(admin.email)
    page.locator("input[name=password]").fill(ADMIN_PASSWORD)
    page.get_by_role("button", name="Iniciar sesión").click()
    expect(page).to_have_url(f"{base}/admin/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    screenshot("admin-dashboard")

    # 2. A course under the Querétaro cluster page, submitted for moderation.
    page.goto(f"{base}/admin/pages/add/courses/coursepage/{queretaro.pk}/")
    page.locator("#id_title").fill(TITLE_ES)
    page.locator("#id_code").fill("qro-gd-1")  # the model upper-cases it
    page.locator("#id_hours").fill("20")
    page.locator("#id_summary").fill(
        "Modelos virtuales de líneas de producción con datos en tiempo real."
    )
    page.locator("#id_discipline-chooser").get_by_role(
        "button", name="Seleccionar disciplina"
    ).click()
    page.locator(".modal").get_by_role("link", name="Industria 4.0").click()
    expect(page.locator("#id_discipline-title")).to_have_text("Industria 4.0")
    page.locator("#id_level").select_option(value="intermediate")
    page.locator("#id_modality").select_option(value="blended")
    page.locator("#id_languages").select_option(value="es")
    page.locator("input[name=audience][value=engineer]").check()
    page.locator("input[name=audience][value=technician]").check()
    page.locator("#id_min_hours").fill("16")
    screenshot("course-form")
    # The button is named after the workflow: "Enviar a <workflow name>".
    footer_action(re.compile(r"^Enviar a "))
    expect(page).to_have_url(f"{base}/admin/pages/{queretaro.pk}/")
    expect(messages).to_contain_text(f"Página '{TITLE_ES}' creada y enviada para ser moderada.")
    course = CoursePage.objects.get(title=TITLE_ES)
    assert not course.live
    assert course.current_workflow_state is not None
    assert (course.code, course.cluster_id, course.discipline_id) == (
        "QRO-GD-1",
        cluster.pk,
        iiot.pk,
    )
    screenshot("course-submitted")

    # 3. The same admin reviews it: "Aprobar y Publicar" in the edit page's action menu.
    page.goto(f"{base}/admin/pages/{course.pk}/edit/")
    footer_action("Aprobar y Publicar")
    expect(page).to_have_url(f"{base}/admin/pages/{queretaro.pk}/")
    expect(messages).to_contain_text(f"Página '{TITLE_ES}' ha sido actualizada.")
    course.refresh_from_db()
    assert course.live, "the approved course is not live"
    assert course.current_workflow_state is None
    screenshot("course-approved")

    # 4. A lesson under the course, published straight away (the admin may publish).
    page.goto(f"{base}/admin/pages/add/courses/lessonpage/{course.pk}/")
    page.locator("#id_title").fill(LESSON)
    page.locator("#id_module").fill("Fundamentos")
    page.locator("#id_summary").fill("Del modelo CAD al modelo vivo de la línea.")
    footer_action("Publicar")
    expect(page).to_have_url(f"{base}/admin/pages/{course.pk}/")
    expect(messages).to_contain_text(f"Página '{LESSON}' creada y publicada.")
    lesson = LessonPage.objects.get(title=LESSON)
    assert lesson.live and lesson.get_parent().pk == course.pk
    screenshot("lesson-published")

    # 5. The English translation: a draft copy in the English tree, retitled and published.
    page.goto(f"{base}/admin/pages/{queretaro.pk}/")
    page.get_by_role("button", name=re.compile(re.escape(TITLE_ES))).click()  # row menu
    expect(page.get_by_role("link", name="Mover")).to_be_visible()
    translate = page.get_by_role("link", name="Traducir")
    if User.objects.get(pk=admin.pk).has_perm("simple_translation.submit_translation"):
        translate.click()
        page.locator(f"input[name=locales][value='{en.pk}']").check()
        page.get_by_role("button", name="Enviar").click()
        english = course.get_translation(en)
        expect(page).to_have_url(f"{base}/admin/pages/{english.pk}/edit/")
    else:
        expect(translate).to_have_count(0)
        english = course.copy_for_translation(en)  # what the "Translate" action does
        page.goto(f"{base}/admin/pages/{english.pk}/edit/")
    assert not english.live
    page.locator("#id_title").fill(TITLE_EN)
    page.locator("#id_summary").fill("Virtual models of production lines fed with real-time data.")
    page.get_by_role("tab", name="Promocionar").click()
    page.locator("#id_slug").fill("digital-twins-for-the-plant")
    footer_action("Publicar")
    expect(messages).to_contain_text(f"Página '{TITLE_EN}' ha sido publicada.")
    english.refresh_from_db()
    assert english.live and english.title == TITLE_EN
    assert english.translation_key == course.translation_key
    screenshot("translation-published")

    # 6. Log out from the admin's account menu.
    page.locator(".sidebar-footer__account").click()
    page.get_by_role("button", name="Cerrar sesión").click()
    expect(page).to_have_url(re.compile(re.escape(f"{base}/es/accounts/login/")))

    # 7. An anonymous visitor filters the Spanish catalog by cluster...
    page.goto(f"{base}/es/cursos/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Catálogo de cursos")
    filters = page.locator("form.filters")
    results = page.locator(".catalog__results")
    filters.locator("select[name=cluster]").select_option(label="Querétaro")
    filters.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"[?&]cluster=queretaro(&|$)"))
    expect(results.locator(".course-card")).to_have_count(1)
    expect(results.get_by_role("link", name=TITLE_ES)).to_be_visible()
    screenshot("catalog-filtered-by-cluster")

    # ... and searches it, without the filter.
    filters.locator("select[name=cluster]").select_option(value="")
    filters.locator("input[name=q]").fill("gemelos")
    filters.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"[?&]q=gemelos(&|$)"))
    expect(results.locator(".course-card")).to_have_count(1)
    expect(results.get_by_role("link", name=TITLE_ES)).to_be_visible()
    screenshot("catalog-search")

    # 8. The Spanish course page, with its lesson.
    results.get_by_role("link", name=TITLE_ES).click()
    expect(page).to_have_url(f"{base}/es/queretaro/gemelos-digitales-para-planta/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_ES)
    expect(page.get_by_role("link", name=LESSON)).to_have_attribute(
        "href", re.compile(r"/es/queretaro/gemelos-digitales-para-planta/[^/]+/$")
    )
    screenshot("course-es")

    # 9. The language switch opens the English translation.
    page.locator("header nav.lang-switch").get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{base}/en/queretaro/digital-twins-for-the-plant/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_EN)
    screenshot("course-en")
