"""Periodic jobs of the public site."""

from celery import shared_task
from django.core.management import call_command


@shared_task
def publish_scheduled_pages() -> None:
    """Publish pages whose scheduled time has come, unpublish expired ones (Wagtail)."""
    call_command("publish_scheduled", verbosity=0)
