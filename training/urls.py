from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

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
]
