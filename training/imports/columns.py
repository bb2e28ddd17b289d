"""The roster's columns: the accepted headings of each, the words accepted for the
choices (trainee type, gender), and the downloadable template's headings and example."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from clusters.models import TraineeProfile

TraineeType = TraineeProfile.TraineeType
Gender = TraineeProfile.Gender


@dataclass(frozen=True)
class Column:
    field: str
    label: str  # lazy
    spanish: str  # the template's heading in Spanish
    english: str  # ... and in English
    required: bool
    aliases: tuple[str, ...]
    max_length: int = 0


COLUMNS = (
    Column(
        "email",
        _("Email"),
        "Correo",
        "Email",
        True,
        ("email", "e_mail", "mail", "email_address", "correo", "correo_electronico", "correo_e"),
        254,
    ),
    Column(
        "given_names",
        _("Given name(s)"),
        "Nombre(s)",
        "Given names",
        True,
        (
            "given_names",
            "given_name",
            "first_name",
            "first_names",
            "name",
            "names",
            "nombre",
            "nombres",
            "nombre_s",
        ),
        120,
    ),
    Column(
        "paternal_surname",
        _("First surname"),
        "Primer apellido",
        "Paternal surname",
        True,
        (
            "paternal_surname",
            "first_surname",
            "surname",
            "last_name",
            "primer_apellido",
            "apellido_paterno",
            "apellido",
        ),
        80,
    ),
    Column(
        "maternal_surname",
        _("Second surname"),
        "Segundo apellido",
        "Maternal surname",
        False,
        ("maternal_surname", "second_surname", "segundo_apellido", "apellido_materno"),
        80,
    ),
    Column("curp", _("CURP"), "CURP", "CURP", False, ("curp",), 18),
    Column(
        "company_rfc",
        _("Company RFC"),
        "RFC empresa",
        "Company RFC",
        False,
        ("company_rfc", "rfc", "rfc_empresa", "rfc_de_la_empresa", "empresa_rfc", "company"),
        13,
    ),
    Column(
        "occupation",
        _("Occupation"),
        "Ocupación",
        "Occupation",
        True,
        ("occupation", "ocupacion", "oficio"),
        160,
    ),
    Column(
        "trainee_type",
        _("Trainee type"),
        "Tipo",
        "Trainee type",
        True,
        ("trainee_type", "type", "tipo", "tipo_de_participante", "tipo_participante"),
    ),
    Column("gender", _("Gender"), "Género", "Gender", False, ("gender", "genero", "sexo")),
)
COLUMN_BY_FIELD = {c.field: c for c in COLUMNS}
FIELDS = tuple(c.field for c in COLUMNS)


def _key(text: str) -> str:
    """A heading or a choice as a comparable key: no case, accents or punctuation."""
    decomposed = unicodedata.normalize("NFKD", str(text).replace("\ufeff", ""))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


ALIASES = {_key(alias): c.field for c in COLUMNS for alias in (*c.aliases, c.spanish, c.english)}

_TYPE_WORDS = {
    TraineeType.ENGINEER: ("engineer", "ingeniero", "ingeniera", "ing"),
    TraineeType.TECHNICIAN: ("technician", "tecnico", "tecnica"),
    TraineeType.OPERATOR: ("operator", "operador", "operadora", "operario", "operaria"),
    TraineeType.EXECUTIVE: (
        "executive",
        "ejecutivo",
        "ejecutiva",
        "manager",
        "gerente",
        "directivo",
        "directiva",
        "executive_or_manager",
    ),
    TraineeType.STUDENT: ("student", "estudiante", "alumno", "alumna"),
}
TRAINEE_TYPES = {_key(w): value for value, words in _TYPE_WORDS.items() for w in words}
_GENDER_WORDS = {
    Gender.FEMALE: ("female", "woman", "mujer", "femenino"),
    Gender.MALE: ("male", "man", "hombre", "masculino"),
    Gender.NON_BINARY: ("non_binary", "nonbinary", "no_binario", "no_binaria", "no_binarie"),
    Gender.UNDISCLOSED: (
        "undisclosed",
        "prefer_not_to_say",
        "prefiero_no_decir",
        "no_especificado",
        "no_especifica",
        "no_especificar",
    ),
}
GENDERS = {_key(w): value for value, words in _GENDER_WORDS.items() for w in words}


def template_headings(language: str | None = None) -> list[str]:
    language = language or translation.get_language() or "es"
    return [c.english if language.startswith("en") else c.spanish for c in COLUMNS]


def template_example(language: str | None = None) -> list[str]:
    english = (language or translation.get_language() or "es").startswith("en")
    return [
        "ana.garcia@example.com",
        "Ana María",
        "García",
        "López",
        "GALA900101MQTRPN09",
        "",
        "Process engineer" if english else "Ingeniera de procesos",
        "engineer" if english else "ingeniera",
        "woman" if english else "mujer",
    ]


def column_names(column: Column) -> str:
    """The column's accepted headings as the template writes them ("Tipo / Trainee type")."""
    if column.spanish == column.english:
        return column.spanish
    return f"{column.spanish} / {column.english}"
