"""Helpers for models that keep a field in both site languages (name_es, name_en)."""

from django.utils import translation


def localized_attr(obj, field: str) -> str:
    """The value of `field_<lang>` for the active language, falling back to Spanish."""
    lang = (translation.get_language() or "es").split("-")[0]
    return getattr(obj, f"{field}_{lang}", "") or getattr(obj, f"{field}_es", "")
