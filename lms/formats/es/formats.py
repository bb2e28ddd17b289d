"""Mexican Spanish formats for the "es" language of the portal (Django's es_MX)."""

from django.conf.locale.es_MX.formats import *  # noqa: F403
