"""Uploads that must be refused with a form error, storing nothing."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.clusters.factories import UserFactory

pytestmark = pytest.mark.django_db
Image = get_image_model()


@pytest.fixture
def editor_client(client, home):
    from cms.roles import network_admin_group_sync

    user = UserFactory()
    user.groups.add(network_admin_group_sync())
    client.force_login(user)
    return client


def png(width, height) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def upload(client, name, content, content_type="image/png"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content, content_type), "collection": 1},
    )


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_a_normal_image_is_accepted(editor_client, settings):
    response = upload(editor_client, "planta.png", png(800, 400))
    assert response.status_code == 302
    assert Image.objects.count() == 1


def test_html_renamed_png_is_refused(editor_client, settings):
    response = upload(editor_client, "truco.png", b"<html><script>alert(1)</script></html>")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()
    assert stored_files(settings) == []


def test_oversized_file_is_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50_000
    noise = PILImage.effect_noise((600, 600), 100).convert("RGB")
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    assert len(buffer.getvalue()) > 50_000
    response = upload(editor_client, "grande.png", buffer.getvalue())
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()
    assert stored_files(settings) == []


def test_decompression_bomb_is_refused(editor_client, settings):
    bomb = png(12_000, 12_000)  # 144 megapixels in a few kilobytes
    assert len(bomb) < 100_000
    response = upload(editor_client, "bomba.png", bomb)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()
    assert stored_files(settings) == []
