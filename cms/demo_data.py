"""Fictional but plausible demo data of the network (DOMAIN.md). Generated, never downloaded."""

import random

from clusters.validators import curp_check_digit, rfc_check_digit

# slug, Spanish name, short name, English title, states, time zone, colour, founded, companies
CLUSTERS = [
    (
        "chihuahua",
        "Clúster Automotriz de Chihuahua",
        "Chihuahua",
        "Chihuahua Automotive Cluster",
        "Chihuahua",
        "America/Chihuahua",
        "#8c2d19",
        2012,
        14,
    ),
    (
        "coahuila",
        "Clúster de la Industria Automotriz de Coahuila",
        "Coahuila",
        "Coahuila Automotive Industry Cluster",
        "Coahuila",
        "America/Monterrey",
        "#1f5f8b",
        2008,
        18,
    ),
    (
        "metropolitano",
        "Clúster Automotriz Metropolitano",
        "Metropolitano",
        "Metropolitan Automotive Cluster",
        "Estado de México, Ciudad de México, Hidalgo",
        "America/Mexico_City",
        "#5b2a86",
        2014,
        22,
    ),
    (
        "guanajuato",
        "Clúster Automotriz de Guanajuato",
        "Guanajuato",
        "Guanajuato Automotive Cluster",
        "Guanajuato",
        "America/Mexico_City",
        "#0f6e5a",
        2014,
        20,
    ),
    (
        "jalisco",
        "Clúster de la Industria Automotriz de Jalisco",
        "Jalisco",
        "Jalisco Automotive Industry Cluster",
        "Jalisco",
        "America/Mexico_City",
        "#b5481b",
        2015,
        24,
    ),
    (
        "la-laguna",
        "Clúster de Manufactura Avanzada y Automotriz de La Laguna",
        "La Laguna",
        "La Laguna Advanced and Automotive Manufacturing Cluster",
        "Coahuila, Durango",
        "America/Monterrey",
        "#6b5b12",
        2016,
        9,
    ),
    (
        "nuevo-leon",
        "Clúster Automotriz de Nuevo León",
        "Nuevo León",
        "Nuevo León Automotive Cluster",
        "Nuevo León",
        "America/Monterrey",
        "#0b5394",
        2007,
        25,
    ),
    (
        "queretaro",
        "Clúster Automotriz de Querétaro",
        "Querétaro",
        "Querétaro Automotive Cluster",
        "Querétaro",
        "America/Mexico_City",
        "#9e1b32",
        2012,
        25,
    ),
    (
        "san-luis-potosi",
        "Clúster Automotriz de San Luis Potosí",
        "San Luis Potosí",
        "San Luis Potosí Automotive Cluster",
        "San Luis Potosí",
        "America/Mexico_City",
        "#2c6e49",
        2013,
        16,
    ),
    (
        "zona-centro",
        "Clúster Automotriz Zona Centro",
        "Zona Centro",
        "Central Zone Automotive Cluster",
        "Puebla, Tlaxcala",
        "America/Mexico_City",
        "#3d4f7c",
        2017,
        12,
    ),
]

INTRO_ES = (
    "Empresas automotrices y de autopartes, gobierno y academia de {states} trabajando juntos "
    "para formar a las personas de la industria: Six Sigma, electromovilidad e Industria 4.0."
)
INTRO_EN = (
    "Car and auto-parts companies, government and academia of {states} working together "
    "to train the industry's people: Six Sigma, electromobility and Industry 4.0."
)

_FIRST = [
    "Autopartes",
    "Forja",
    "Troqueles",
    "Plásticos",
    "Arneses",
    "Componentes",
    "Fundición",
    "Sistemas",
    "Estampados",
    "Maquinados",
    "Electrónica",
    "Recubrimientos",
    "Moldes",
    "Ensambles",
    "Transmisiones",
    "Frenos",
    "Baterías",
    "Inyección",
    "Vidrios",
    "Sellos",
]
_SECOND = [
    "Anáhuac",
    "del Bajío",
    "Norteños",
    "Industriales",
    "de Precisión",
    "Tonatiuh",
    "Mexicanos",
    "Avanzados",
    "del Pacífico",
    "Integrales",
    "Quetzal",
    "Cuauhtémoc",
    "Serranos",
    "Globales",
    "Potosinos",
    "Lagunera",
    "Regios",
    "Xochitl",
    "Ñandú",
    "Tlaloc",
]
_OEMS = ["Motores Aztlán", "Vehículos Tenochtitlan", "Camiones Sierra Madre"]
_SKIP_WORDS = {"DE", "DEL", "LA", "LOS", "Y"}
_HOMOCLAVE = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"


def _rfc_letters(name: str) -> str:
    words = [w for w in name.upper().replace(".", "").split() if w not in _SKIP_WORDS]
    letters = "".join(w[0] for w in words)[:3]
    letters = letters.translate(str.maketrans("ÁÉÍÓÚÜ", "AEIOUU"))
    return (letters + "XXX")[:3]


def company_rfc(name: str, rng: random.Random) -> str:
    year, month, day = rng.randint(70, 99), rng.randint(1, 12), rng.randint(1, 28)
    base = f"{_rfc_letters(name)}{year:02d}{month:02d}{day:02d}{rng.choice(_HOMOCLAVE)}{rng.choice(_HOMOCLAVE)}"
    return base + rfc_check_digit(base)


def companies_for(slug: str, count: int) -> list[dict]:
    """Deterministic member companies of a cluster, 5–25 of them."""
    rng = random.Random(f"companies:{slug}")
    names = set()
    result = []
    tiers = ["tier1", "tier1", "tier2", "tier2", "tier2", "tier3", "tier3"]
    if slug in {"queretaro", "guanajuato", "nuevo-leon"}:
        oem = _OEMS[["queretaro", "guanajuato", "nuevo-leon"].index(slug)]
        names.add(oem)
        result.append({"legal_name": f"{oem} S.A. de C.V.", "trade_name": oem, "tier": "oem"})
    while len(result) < count - 1:
        trade = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)}"
        if trade in names:
            continue
        names.add(trade)
        result.append(
            {"legal_name": f"{trade} S.A. de C.V.", "trade_name": trade, "tier": rng.choice(tiers)}
        )
    university = f"Universidad Tecnológica {slug.replace('-', ' ').title()}"
    result.append({"legal_name": university, "trade_name": "", "tier": "academia"})
    for item in result:
        item["rfc"] = company_rfc(item["legal_name"], rng)
    return result


def curp_for(given: str, surname1: str, surname2: str, born: str, sex: str, state: str) -> str:
    """A format-valid CURP for a fictional person (born as YYMMDD)."""
    vowels = [c for c in surname1[1:].upper() if c in "AEIOU"] or ["X"]
    consonant = lambda s: next((c for c in s[1:].upper() if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
    head = f"{surname1[0]}{vowels[0]}{surname2[0]}{given[0]}".upper()
    body = f"{head}{born}{sex}{state}{consonant(surname1)}{consonant(surname2)}{consonant(given)}0"
    return body + curp_check_digit(body)


DEMO_PASSWORD = "Demo-2026!"

# email, role, given, surname1, surname2, born, sex, trainee type, occupation, gender
DEMO_PEOPLE = [
    (
        "red@example.com",
        "network_admin",
        "Mariana",
        "Esquivel",
        "Ortega",
        "800314",
        "M",
        "executive",
        "Coordinadora de capacitación de la red",
        "female",
    ),
    (
        "admin.queretaro@example.com",
        "cluster_admin",
        "Jorge",
        "Salinas",
        "Rivera",
        "760902",
        "H",
        "executive",
        "Gerente de capital humano del clúster",
        "male",
    ),
    (
        "instructora@example.com",
        "instructor",
        "Lucía",
        "Herrera",
        "Campos",
        "850611",
        "M",
        "engineer",
        "Black Belt e instructora de Six Sigma",
        "female",
    ),
    (
        "coordinador@example.com",
        "coordinator",
        "Ricardo",
        "Luna",
        "Barrera",
        "880123",
        "H",
        "engineer",
        "Jefe de entrenamiento de planta",
        "male",
    ),
    (
        "aprendiz@example.com",
        "trainee",
        "Ana",
        "Gutiérrez",
        "Zamora",
        "980717",
        "M",
        "engineer",
        "Ingeniera de procesos",
        "female",
    ),
]
