"""The Catálogo Nacional de Ocupaciones as printed on the reverso of the DC-3.

The DC-3 asks for the worker's "Ocupación específica" as a key of this
catalogue (11 áreas, 55 subáreas; /work/shared/DC3.md). Keys follow the
DGC-derived copy of the form ("04.6"), which sorts and reads unambiguously.

The names stay in Spanish in every language: they are the official names of a
Mexican catalogue, printed verbatim on a Spanish-only legal form, and a
translated name would no longer match what the STPS publishes.
"""

# (area key, area name, [(subárea number, subárea name), ...])
CNO_AREAS: list[tuple[str, str, list[tuple[int, str]]]] = [
    (
        "01",
        "Cultivo, crianza y aprovechamiento",
        [(1, "Agricultura y silvicultura"), (2, "Ganadería"), (3, "Pesca y acuacultura")],
    ),
    (
        "02",
        "Extracción y suministro",
        [
            (1, "Exploración"),
            (2, "Extracción"),
            (3, "Refinación y beneficio"),
            (4, "Provisión de energía"),
            (5, "Provisión de agua"),
        ],
    ),
    (
        "03",
        "Construcción",
        [
            (1, "Planeación y dirección de obras"),
            (2, "Edificación y urbanización"),
            (3, "Acabado"),
            (4, "Instalación y mantenimiento"),
        ],
    ),
    (
        "04",
        "Tecnología",
        [
            (1, "Mecánica"),
            (2, "Electricidad"),
            (3, "Electrónica"),
            (4, "Informática"),
            (5, "Telecomunicaciones"),
            (6, "Procesos industriales"),
        ],
    ),
    (
        "05",
        "Procesamiento y fabricación",
        [
            (1, "Minerales no metálicos"),
            (2, "Metales"),
            (3, "Alimentos y bebidas"),
            (4, "Textiles y prendas de vestir"),
            (5, "Materia orgánica"),
            (6, "Productos químicos"),
            (7, "Productos metálicos y de hule y plástico"),
            (8, "Productos eléctricos y electrónicos"),
            (9, "Productos impresos"),
        ],
    ),
    (
        "06",
        "Transporte",
        [
            (1, "Ferroviario"),
            (2, "Autotransporte"),
            (3, "Aéreo"),
            (4, "Marítimo y fluvial"),
            (5, "Servicios de apoyo"),
        ],
    ),
    (
        "07",
        "Provisión de bienes y servicios",
        [
            (1, "Comercio"),
            (2, "Alimentación y hospedaje"),
            (3, "Turismo"),
            (4, "Deporte y esparcimiento"),
            (5, "Servicios personales"),
            (6, "Reparación de artículos de uso doméstico y personal"),
            (7, "Limpieza"),
            (8, "Servicio postal y mensajería"),
        ],
    ),
    (
        "08",
        "Gestión y soporte administrativo",
        [(1, "Bolsa, banca y seguros"), (2, "Administración"), (3, "Servicios legales")],
    ),
    (
        "09",
        "Salud y protección social",
        [
            (1, "Servicios médicos"),
            (2, "Inspección sanitaria y del medio ambiente"),
            (3, "Seguridad social"),
            (4, "Protección de bienes y/o personas"),
        ],
    ),
    (
        "10",
        "Comunicación",
        [
            (1, "Publicación"),
            (2, "Radio, cine, televisión y teatro"),
            (3, "Interpretación artística"),
            (4, "Traducción e interpretación lingüística"),
            (5, "Publicidad, propaganda y relaciones públicas"),
        ],
    ),
    (
        "11",
        "Desarrollo y extensión del conocimiento",
        [(1, "Investigación"), (2, "Enseñanza"), (3, "Difusión cultural")],
    ),
]

# "04.6" -> "Procesos industriales"
CNO_SUBAREAS: dict[str, str] = {
    f"{area}.{number}": name for area, _, subareas in CNO_AREAS for number, name in subareas
}

# Grouped choices (one <optgroup> per área): "04.6" -> "04.6 Procesos industriales".
OCCUPATION_CHOICES = [
    (
        f"{area} {area_name}",
        [(f"{area}.{number}", f"{area}.{number} {name}") for number, name in subareas],
    )
    for area, area_name, subareas in CNO_AREAS
]

# Subáreas where automotive work usually falls (our judgement, not an STPS list).
AUTOMOTIVE_HINTS = ("04.1", "04.2", "04.3", "04.6", "05.2", "05.7", "05.8", "06.2", "08.2")


def occupation_label(key: str) -> str:
    """The label of a key: "04.6 Procesos industriales" for "04.6"; "" if empty or unknown."""
    name = CNO_SUBAREAS.get(key or "")
    return f"{key} {name}" if name else ""
