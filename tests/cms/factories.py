from cms.models import ClusterPage
from tests.clusters.factories import ClusterFactory, CompanyFactory


def cluster_page(home, *, cluster=None, companies=3, english=True, **fields):
    """A published ClusterPage (and its English translation) with member companies."""
    cluster = cluster or ClusterFactory()
    for _ in range(companies):
        CompanyFactory(clusters=[cluster])
    page = home.add_child(
        instance=ClusterPage(
            title=fields.pop("title", cluster.name),
            slug=fields.pop("slug", cluster.slug),
            cluster=cluster,
            intro=fields.pop("intro", "Empresas automotrices trabajando juntas."),
            **fields,
        )
    )
    page.save_revision().publish()
    if english:
        from wagtail.models import Locale

        en = page.copy_for_translation(Locale.objects.get(language_code="en"))
        en.title = f"{cluster.short_name} Automotive Cluster"
        en.intro = "Car companies working together."
        en.save_revision().publish()
    return page
