"""PostgreSQL: a Spanish full-text configuration that also ignores accents.

"electromovilidad" then finds "Electromovilidad" and "capacitacion" finds
"capacitación". Needs the unaccent extension (in PostgreSQL's contrib); without
the privilege to create it, the configuration stems Spanish but keeps accents.
Settings point the search backend at it (lms/settings/base.py).
"""

from django.db import migrations, transaction

CONFIG = "lms_spanish"


def create_config(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        if cursor.fetchone():
            return
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.spanish)")
        try:
            with transaction.atomic():
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        except Exception:  # noqa: BLE001 - no privilege: keep stemming without unaccent
            return
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
            "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem"
        )


def drop_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(create_config, drop_config)]
