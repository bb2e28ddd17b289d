"""The issuer's signing key: loaded from the PEM file that settings name.

Certificates are signed as Open Badges 3.0 VC-JWTs with RS256 (the algorithm
every OB3 verifier must support). The public half is published as a JWKS at
/.well-known/jwks.json; each key's `kid` is that URL with the key's RFC 7638
thumbprint as fragment, so the `kid` in a credential's header dereferences to
the key that verifies it. Keys named in CERTIFICATES_PREVIOUS_KEY_FILES stay
published after a rotation, so credentials signed before it still verify.

Development and tests create the key file on first use
(CERTIFICATES_ISSUER_KEY_AUTOCREATE); production refuses to start without one
(lms/settings/production.py) and `manage.py create_issuer_key` makes one.
"""

import contextlib
import functools
import os
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from joserfc.jwk import RSAKey

KEY_BITS = 3072


def public_base_url() -> str:
    """The portal's public address, without a trailing slash (links, QR codes, credentials)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def jwks_url() -> str:
    return f"{public_base_url()}/.well-known/jwks.json"


def create_key_file(path: Path, *, bits: int = KEY_BITS) -> RSAKey:
    """Write a new RSA private key as PEM, readable by its owner only."""
    key = RSAKey.generate_key(bits)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key.as_pem(private=True))
    return key


def _load(path: Path) -> RSAKey:
    try:
        key = RSAKey.import_key(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise ImproperlyConfigured(f"Cannot read the issuer key {path}: {exc}") from exc
    if not key.is_private:
        raise ImproperlyConfigured(f"The issuer key {path} holds no private key.")
    return key


@functools.cache
def signing_key() -> RSAKey:
    """The current private key; created first when the settings allow it (dev, tests)."""
    path = Path(settings.CERTIFICATES_ISSUER_KEY_FILE)
    if not path.exists() and settings.CERTIFICATES_ISSUER_KEY_AUTOCREATE:
        with contextlib.suppress(FileExistsError):  # another process made it a moment ago
            create_key_file(path, bits=settings.CERTIFICATES_ISSUER_KEY_BITS)
    return _load(path)


@functools.cache
def _previous_keys() -> tuple[RSAKey, ...]:
    return tuple(_load(Path(p)) for p in settings.CERTIFICATES_PREVIOUS_KEY_FILES)


def kid_for(key: RSAKey) -> str:
    return f"{jwks_url()}#{key.thumbprint()}"


def signing_kid() -> str:
    return kid_for(signing_key())


def public_jwks() -> dict:
    """The JWKS document: the current key first, then earlier ones still trusted."""
    keys = []
    for key in (signing_key(), *_previous_keys()):
        jwk = key.as_dict(private=False)
        jwk.update({"kid": kid_for(key), "use": "sig", "alg": "RS256"})
        keys.append(jwk)
    return {"keys": keys}


def verification_keys() -> dict[str, RSAKey]:
    """Public keys by kid, for checking credentials pasted on the verification page."""
    return {
        kid_for(key): RSAKey.import_key(key.as_dict(private=False))
        for key in (signing_key(), *_previous_keys())
    }


def reset_cache() -> None:
    """Forget the loaded keys (tests that point the settings at another file)."""
    signing_key.cache_clear()
    _previous_keys.cache_clear()
