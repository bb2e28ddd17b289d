"""Online learning: lessons read, assessment attempts, and private calendar feeds."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .cohorts import Enrollment


class LessonProgress(models.Model):
    """A lesson a trainee marked complete, by the lesson's translation key (both languages)."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="lessons_done"
    )
    lesson_key = models.UUIDField(_("lesson"))
    completed_at = models.DateTimeField(_("completed"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completed")
        verbose_name_plural = _("lessons completed")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson_key"], name="lesson_progress_once"
            )
        ]

    def __str__(self):
        return f"{self.enrollment_id} · {self.lesson_key}"


class AssessmentAttempt(models.Model):
    """One submitted attempt at a course's assessment (the questions live on the CoursePage)."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("attempt"))
    # {"<question block id>": [chosen choice indexes]} and {"<question block id>": true|false}
    answers = models.JSONField(_("answers"), default=dict)
    results = models.JSONField(_("results"), default=dict)
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        ordering = ["enrollment", "number"]
        verbose_name = _("assessment attempt")
        verbose_name_plural = _("assessment attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "number"], name="assessment_attempt_once"
            ),
            models.CheckConstraint(
                condition=models.Q(score__lte=100) & models.Q(number__gte=1),
                name="assessment_attempt_valid",
            ),
        ]

    def __str__(self):
        return f"{self.enrollment_id} · #{self.number} · {self.score}%"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeedToken(models.Model):
    """The secret in a person's private calendar feed URL; revoking it kills the URL."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_tokens"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(revoked_at__isnull=True),
                name="calendar_feed_one_live_token",
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {'revoked' if self.revoked_at else 'live'}"
