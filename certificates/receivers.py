"""Certificates follow training's events (DESIGN.md §1: training never imports certificates)."""

import logging

from django.dispatch import receiver

from training.signals import enrollment_completed

from .services import certificate_follow_outcome

logger = logging.getLogger(__name__)


@receiver(enrollment_completed, dispatch_uid="certificates.follow_outcome")
def follow_outcome(sender, *, enrollment_id, outcome, previous, **kwargs):
    """Request, swap or revoke the certificate when the outcome changes (sent after commit)."""
    certificate_follow_outcome(enrollment_id=enrollment_id)
