"""The Celery application.

Configuration lives in settings under the CELERY_ namespace (lms/settings/base.py):
JSON only, late acknowledgement, rejection on worker loss, time limits shorter
than the broker's visibility timeout. Periodic jobs are declared in
CELERY_BEAT_SCHEDULE, in one place.
"""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "requeue-stale-emails": {"task": "core.tasks.requeue_stale_emails", "schedule": 300.0},
    "publish-scheduled-pages": {"task": "cms.tasks.publish_scheduled_pages", "schedule": 60.0},
    "requeue-enrollment-emails": {
        "task": "training.tasks.requeue_enrollment_emails",
        "schedule": 300.0,
    },
    "requeue-roster-imports": {"task": "training.tasks.requeue_roster_imports", "schedule": 300.0},
    "finish-ended-cohorts": {"task": "training.tasks.finish_ended_cohorts", "schedule": 3600.0},
    "requeue-session-notices": {
        "task": "training.tasks.requeue_session_notices",
        "schedule": 300.0,
    },
    "requeue-pending-certificates": {
        "task": "certificates.tasks.requeue_pending_certificates",
        "schedule": 300.0,
    },
    # Certificates expiring in 60, 30 or 7 days: each holder reminded once per step.
    "certificate-expiry-reminders": {
        "task": "certificates.tasks.send_expiry_reminders",
        "schedule": crontab(hour=8, minute=0),
    },
    # Figures: events applied within seconds (and here, if a task was lost); rebuilt nightly.
    "refresh-reports": {"task": "reports.tasks.refresh_reports", "schedule": 60.0},
    "report-monthly-summaries": {
        "task": "reports.tasks.send_monthly_summaries",
        "schedule": crontab(day_of_month="1-3", hour=7, minute=0),
    },
    "delete-old-report-exports": {
        "task": "reports.tasks.delete_old_report_exports",
        "schedule": crontab(hour=4, minute=15),
    },
    "rebuild-reports": {
        "task": "reports.tasks.rebuild_reports",
        "schedule": crontab(hour=3, minute=30),
    },
}
