import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from clusters.validators import validate_curp, validate_rfc


@pytest.mark.parametrize(
    "curp",
    ["LOOA531113HTCPBN07", "GODE561231HDFRRN00", "gode561231hdfrrn00", " LOOA531113HTCPBN07 "],
)
def test_valid_curps_pass(curp):
    validate_curp(curp)


@pytest.mark.parametrize(
    ("curp", "code"),
    [
        ("LOOA531113HTCPBN0", "curp_length"),
        ("LOOA531113HTCPBN071", "curp_length"),
        ("1OOA531113HTCPBN07", "curp_format"),
        ("LOOA531113QTCPBN07", "curp_format"),  # sex must be H, M or X
        ("LOOA531313HTCPBN07", "curp_date"),  # month 13
        ("LOOA531113HZZPBN07", "curp_state"),
        ("LOOA531113HTCPBN08", "curp_check_digit"),
    ],
)
def test_invalid_curps_say_what_is_wrong(curp, code):
    with pytest.raises(ValidationError) as error:
        validate_curp(curp)
    assert error.value.code == code


@pytest.mark.parametrize(
    "rfc", ["SAT970701NN3", "IMS421231I45", "GODE561231GR8", "XAXX010101000", "sat970701nn3"]
)
def test_valid_rfcs_pass(rfc):
    validate_rfc(rfc)


@pytest.mark.parametrize(
    ("rfc", "code"),
    [
        ("SAT970701NN", "rfc_length"),
        ("SAT9707O1NN3", "rfc_format"),  # letter O instead of zero in the date
        ("SAT971301NN3", "rfc_date"),
        ("SAT970701NN4", "rfc_check_digit"),
    ],
)
def test_invalid_rfcs_say_what_is_wrong(rfc, code):
    with pytest.raises(ValidationError) as error:
        validate_rfc(rfc)
    assert error.value.code == code


def test_messages_are_translated():
    with pytest.raises(ValidationError) as error:
        validate_curp("LOOA531113HTCPBN08")
    with translation.override("es"):
        assert "no coincide" in str(error.value.messages[0])
    with translation.override("en"):
        assert "does not match" in str(error.value.messages[0])
