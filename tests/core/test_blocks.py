import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from core.blocks import BaseStreamBlock

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", list(BaseStreamBlock.base_blocks))
def test_every_block_has_an_icon_a_template_and_a_preview(name):
    block = BaseStreamBlock.base_blocks[name]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.meta.template
    assert block.is_previewable
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    value = block.get_preview_value()
    template = block.get_preview_template(value, {"request": request})
    assert template


def test_blocks_render_their_values():
    stream = BaseStreamBlock()
    value = stream.to_python(
        [
            {"type": "heading", "value": {"text": "Seguridad", "level": "h3"}},
            {"type": "quote", "value": {"quote": "Calidad <b>", "author": "Ana"}},
            {
                "type": "call_to_action",
                "value": {"title": "Ven", "url": "https://example.org", "button_label": "Ir"},
            },
        ]
    )
    html = stream.render(value)
    assert "<h3" in html and "Seguridad" in html
    assert "Calidad &lt;b&gt;" in html  # user text is escaped
    assert 'href="https://example.org"' in html
