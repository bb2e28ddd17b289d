from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import checkin_views, feed_views, learning_views, views

urlpatterns = [
    path(_("my-learning/"), views.my_learning, name="my_learning"),
    path(_("cohorts/<int:cohort_id>/enroll/"), views.cohort_enroll, name="cohort_enroll"),
    path(
        _("my-learning/<int:enrollment_id>/withdraw/"),
        views.enrollment_withdraw,
        name="enrollment_withdraw",
    ),
    path(_("my-company/"), views.company_requests, name="company_requests"),
    path(_("my-company/enroll/"), views.company_enroll, name="company_enroll"),
    path(
        _("my-company/requests/<int:enrollment_id>/"),
        views.company_decide,
        name="company_decide",
    ),
    path(_("my-learning/calendar/"), feed_views.my_calendar, name="my_calendar"),
    # Online learning (training/learning_views.py).
    path(
        _("lessons/<int:page_id>/completed/"),
        learning_views.lesson_complete,
        name="training_lesson_complete",
    ),
    path(
        _("my-learning/<int:enrollment_id>/assessment/"),
        learning_views.assessment,
        name="training_assessment",
    ),
    path(
        _("my-learning/<int:enrollment_id>/assessment/<int:number>/"),
        learning_views.assessment_attempt,
        name="training_assessment_attempt",
    ),
    # Self check-in from the room's QR code (training/checkin_views.py); confirm comes first.
    path(_("attendance/confirm/"), checkin_views.checkin_confirm, name="training_checkin_confirm"),
    path(_("attendance/<str:token>/"), checkin_views.checkin_scan, name="training_checkin"),
]
