"""Database helpers without a domain."""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction


@contextmanager
def integrity_errors_as(errors: dict):
    """Turn a constraint violation inside the block into a ValidationError.

    Services check uniqueness with full_clean() first; this covers the race in
    which a concurrent request inserts the same row between check and save,
    so the person gets a message instead of a server error.
    """
    try:
        with transaction.atomic():
            yield
    except IntegrityError as exc:
        raise ValidationError(errors) from exc
