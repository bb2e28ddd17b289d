"""Thin Celery tasks: the work is in rollup.py, exports.py and summary.py."""

from celery import shared_task

from . import rollup


@shared_task(acks_late=True, reject_on_worker_lost=True)
def refresh_reports() -> int:
    """Apply the waiting events; duplicates find an empty backlog and do nothing."""
    return rollup.process_backlog()


@shared_task(acks_late=True, reject_on_worker_lost=True, time_limit=1800, soft_time_limit=1700)
def rebuild_reports() -> dict:
    result = rollup.rebuild()
    return {"lines": result.lines, "cells": result.cells, "seconds": round(result.seconds, 1)}


@shared_task(acks_late=True, reject_on_worker_lost=True, time_limit=900, soft_time_limit=840)
def build_report_export(export_id: int) -> None:
    """Build one export's file; a ready or failed one is left alone (export_jobs._claim)."""
    from .export_jobs import build_export

    build_export(export_id)


@shared_task
def delete_old_report_exports() -> int:
    from .export_jobs import delete_old_exports

    return delete_old_exports()


@shared_task
def send_monthly_summaries() -> int:
    """Days 1-3 of each month: last month's figures to each cluster and network admin, once."""
    from .summary import send_monthly_summaries as send

    return send()
