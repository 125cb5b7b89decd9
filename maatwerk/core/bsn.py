"""The burgerservicenummer (BSN): validation with the elfproef, encryption at rest, a keyed
hash so a person can be found by BSN without decrypting every row, and masking for display."""

import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def passes_elfproef(value: str) -> bool:
    """A BSN is nine digits whose weighted sum (9..2, and -1 for the last) divides by 11."""
    if len(value) != 9 or not value.isdigit() or value == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(digit) * weight for digit, weight in zip(value, weights, strict=True)) % 11 == 0


def normalise_bsn(value: str) -> str:
    return "".join(ch for ch in value if not ch.isspace() and ch not in ".-")


def validate_bsn(value: str) -> None:
    if not passes_elfproef(normalise_bsn(value)):
        raise ValidationError(
            _("Dit is geen geldig BSN: het moet uit 9 cijfers bestaan en de elfproef doorstaan."),
            code="invalid_bsn",
        )


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def _encryption_keys() -> tuple[str, ...]:
    return tuple(settings.FIELD_ENCRYPTION_KEYS)


def encrypt_bsn(bsn: str) -> str:
    return _fernet(_encryption_keys()).encrypt(bsn.encode()).decode()


def decrypt_bsn(token: str) -> str:
    return _fernet(_encryption_keys()).decrypt(token.encode()).decode()


def hash_bsn(bsn: str) -> str:
    return _keyed_hash(settings.BSN_HASH_KEY, bsn)


def _keyed_hash(key: str, bsn: str) -> str:
    return hmac.new(key.encode(), bsn.encode(), hashlib.sha256).hexdigest()


def protection_keys() -> tuple[tuple[str, ...], str]:
    """The keys `protect_bsns` needs, to hand to another process with the BSNs."""
    return _encryption_keys(), settings.BSN_HASH_KEY


def protect_bsns(bsns: list[str], keys: tuple[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """(encrypted, keyed hash) of each BSN, with the keys given instead of read from the
    settings: a bulk loader encrypts millions of them in a second process."""
    encryption_keys, hash_key = keys
    fernet = _fernet(encryption_keys)
    return [(fernet.encrypt(bsn.encode()).decode(), _keyed_hash(hash_key, bsn)) for bsn in bsns]


def mask_bsn(bsn: str) -> str:
    """Show only the last three digits, enough to tell two people apart on screen."""
    return f"•••••{bsn[-3:]}" if bsn else ""
