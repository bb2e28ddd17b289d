from datetime import date

from django.utils import formats, translation


def test_spanish_uses_mexican_number_and_date_formats():
    with translation.override("es"):
        assert formats.number_format(1234.5, decimal_pos=1, force_grouping=True) == "1,234.5"
        assert formats.date_format(date(2026, 11, 23)) == "23 de noviembre de 2026"
    with translation.override("en"):
        assert formats.date_format(date(2026, 11, 23)) == "Nov. 23, 2026"
