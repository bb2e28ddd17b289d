"""Revocation published as W3C Bitstring Status List v1.0 credentials.

Certificates are grouped in lists of SIZE = 131,072 entries, the minimum length
the spec requires for herd privacy (16 KB uncompressed):

    list number = certificate.pk // SIZE
    index       = certificate.pk %  SIZE

so a certificate's place never changes, needs no column of its own and survives a
reissue (revoking a certificate revokes every revision of its credential). The spec
says indexes SHOULD be random; sequential ones let an observer guess the order of
issue, which reveals nothing the code or the dates do not, and keeps the lists dense.
List 0 never uses index 0 (primary keys start at 1).

Each list is served at /credentials/status/<number> as a VC-JWT (signed like the
certificates' credentials, as the spec recommends) whose credentialSubject.encodedList
is "u" + base64url(gzip(bitstring)), index 0 at the left-most (most significant) bit of
the first byte, a set bit meaning revoked. The signed list is cached per list under a
version number; revoking bumps the version (`invalidate_for`, called by the revoke
service after commit), so the next request rebuilds it with one query.
"""

import base64
import binascii
import gzip
import json
import time
import zlib

from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from . import credentials, keys
from .models import Certificate

SIZE = 131_072
PURPOSE = "revocation"
TTL_SECONDS = 300  # the spec's default ttl: verifiers refetch after five minutes
CACHE_TIMEOUT = 3600  # a safety net should an invalidation ever be missed
MAX_DECOMPRESSED = SIZE // 8 * 64  # refuse gzip bombs when reading a list


def position(certificate: Certificate | int) -> tuple[int, int]:
    """(list number, index) of a certificate or primary key."""
    pk = certificate if isinstance(certificate, int) else certificate.pk
    return divmod(pk, SIZE)


def pk_at(number: int, index: int) -> int:
    return number * SIZE + index


def list_url(number: int) -> str:
    return f"{keys.public_base_url()}{reverse('status_list', kwargs={'number': number})}"


def status_entry(certificate: Certificate) -> dict:
    """The BitstringStatusListEntry that goes in the certificate's credentialStatus."""
    number, index = position(certificate)
    url = list_url(number)
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": url,
    }


# --- Bitstrings ------------------------------------------------------------------------


def encode(indexes) -> str:
    """Multibase base64url (no padding) of the gzipped bitstring with these bits set."""
    bits = bytearray(SIZE // 8)
    for index in indexes:
        if not 0 <= index < SIZE:
            raise ValueError(f"index {index} outside the list")
        bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), compresslevel=9, mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).rstrip(b"=").decode("ascii")


def decode(encoded_list: str) -> bytes:
    """The uncompressed bitstring of an encodedList; ValueError if it is not one."""
    if not isinstance(encoded_list, str) or not encoded_list.startswith("u"):
        raise ValueError("encodedList is not multibase base64url")
    text = encoded_list[1:]
    try:
        packed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        bits = inflater.decompress(packed, MAX_DECOMPRESSED)
    except (binascii.Error, zlib.error) as exc:
        raise ValueError("encodedList is not a gzipped bitstring") from exc
    if inflater.unconsumed_tail:
        raise ValueError("the status list is too large")
    if len(bits) * 8 < SIZE:
        raise ValueError("the status list is shorter than 131,072 entries")
    return bits


def bit(bitstring: bytes, index: int) -> bool:
    if not 0 <= index < len(bitstring) * 8:
        raise ValueError(f"index {index} outside the list")
    return bool(bitstring[index // 8] & (0x80 >> (index % 8)))


# --- The list credential -----------------------------------------------------------------


def list_exists(number: int) -> bool:
    """A list is published from the moment a certificate could have a place in it."""
    if number < 0:
        return False
    return number == 0 or Certificate.objects.filter(pk__gte=number * SIZE).exists()


def revoked_indexes(number: int) -> list[int]:
    low = number * SIZE
    pks = Certificate.objects.filter(
        Q(pk__gte=low) & Q(pk__lt=low + SIZE), status=Certificate.Status.REVOKED
    ).values_list("pk", flat=True)
    return [pk - low for pk in pks]


def build_status_list_credential(number: int) -> dict:
    """The unsigned BitstringStatusListCredential of one list, as of now."""
    url = list_url(number)
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": credentials.issuer_profile(),
        "validFrom": credentials.datetime_z(timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode(revoked_indexes(number)),
        },
    }


def _version_key(number: int) -> str:
    return f"certificates:status-list:{number}:version"


def _version(number: int) -> int:
    # Start from the clock, not 1: after an eviction of this key the new version can
    # never meet an old cached list.
    cache.add(_version_key(number), time.time_ns(), timeout=None)
    return cache.get(_version_key(number)) or time.time_ns()


def status_list_credential(number: int) -> str:
    """The signed list (a compact JWS), from the cache when nothing changed.

    Raises LookupError for a list no certificate can be in yet.
    """
    version = _version(number)
    key = f"certificates:status-list:{number}"
    token = cache.get(key, version=version)
    if token is None:
        if not list_exists(number):
            raise LookupError(number)
        token = credentials.sign_payload(
            credentials.jwt_claims(build_status_list_credential(number))
        )
        cache.set(key, token, timeout=CACHE_TIMEOUT, version=version)
    return token


def invalidate(number: int) -> None:
    """Forget the cached list `number`; the next request signs it afresh."""
    try:
        cache.incr(_version_key(number))
    except ValueError:  # never cached, or evicted: any new version will do
        cache.set(_version_key(number), time.time_ns(), timeout=None)


def invalidate_for(certificate: Certificate) -> None:
    """Called after a certificate's status changed (revoked, reissued) and committed."""
    invalidate(position(certificate)[0])


# --- Reading a list ----------------------------------------------------------------------


def _encoded_list_of(token: str) -> str:
    """The encodedList of a status list VC-JWT signed with one of our keys."""
    from joserfc import jws
    from joserfc.errors import JoseError

    header_part = token.split(".", 1)[0]
    try:
        header = json.loads(base64.urlsafe_b64decode(header_part + "=" * (-len(header_part) % 4)))
        key = keys.verification_keys()[header["kid"]]
        payload = json.loads(
            jws.deserialize_compact(
                token, key, algorithms=[credentials.ALGORITHM], registry=credentials.REGISTRY
            ).payload
        )
        subject = payload["credentialSubject"]
    except (ValueError, KeyError, TypeError, JoseError) as exc:
        raise ValueError("not a status list signed by this issuer") from exc
    if subject.get("type") != "BitstringStatusList" or subject.get("statusPurpose") != PURPOSE:
        raise ValueError("not a revocation status list")
    return subject["encodedList"]


def is_revoked(token_or_list: str, index: int) -> bool:
    """Whether bit `index` is set in a status list: a VC-JWT of ours (its signature is
    checked) or a bare encodedList. ValueError for anything else."""
    text = (token_or_list or "").strip()
    encoded = _encoded_list_of(text) if text.count(".") == 2 else text
    return bit(decode(encoded), index)
