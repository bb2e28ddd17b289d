"""Structured data for search engines, escaped so user text cannot close the script."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data: dict):
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    # The payload is JSON with <, > and & escaped, so it cannot end the element.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
