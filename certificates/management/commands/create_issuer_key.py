"""Create the RSA key that signs certificates (development, or a new production key)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.keys import KEY_BITS, create_key_file, jwks_url


class Command(BaseCommand):
    help = "Create the issuer's RSA private key (PEM) that signs certificates."

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            help="Where to write it (default: CERTIFICATES_ISSUER_KEY_FILE).",
        )
        parser.add_argument("--bits", type=int, default=KEY_BITS)
        parser.add_argument(
            "--if-missing", action="store_true", help="Do nothing when the file exists."
        )

    def handle(self, *args, path=None, bits=KEY_BITS, if_missing=False, **options):
        target = Path(path or settings.CERTIFICATES_ISSUER_KEY_FILE)
        if target.exists():
            if if_missing:
                return
            raise CommandError(f"{target} exists; keep it or remove it first.")
        if bits < 2048:
            raise CommandError("RS256 keys need at least 2048 bits.")
        key = create_key_file(target, bits=bits)
        self.stdout.write(f"Wrote {target} (kid {key.thumbprint()}, published at {jwks_url()}).")
