"""The secret behind the access log's hash chain and its anchors. The key lives in the
environment (AUDIT_LOG_KEY), never in the database, so someone who can only write to the
database cannot compute a valid hash for a row they changed or added.

Each row records which key sealed it by a short key id (a keyed fingerprint, not the key), so
after a rotation the previous keys (AUDIT_LOG_PREVIOUS_KEYS) still verify the older rows."""

import hashlib
import hmac

from django.conf import settings

__all__ = ["anchor_keys", "current_key_id", "known_keys", "row_keys", "sign"]


def _key_id(key: bytes) -> str:
    return hmac.new(key, b"maatwerk:audit:key-id", hashlib.sha256).hexdigest()[:16]


def _derive(key: bytes, purpose: bytes) -> bytes:
    # A separate key per purpose: a signed anchor can never pass as a row hash, or back.
    return hmac.new(key, b"maatwerk:audit:" + purpose, hashlib.sha256).digest()


def known_keys() -> dict[str, bytes]:
    """Key id -> key, the current key first."""
    keys = [settings.AUDIT_LOG_KEY, *settings.AUDIT_LOG_PREVIOUS_KEYS]
    return {_key_id(key.encode()): key.encode() for key in keys if key}


def current_key_id() -> str:
    return _key_id(settings.AUDIT_LOG_KEY.encode())


def row_keys() -> dict[str, bytes]:
    """Key id -> the key that seals rows (derived from AUDIT_LOG_KEY and previous keys)."""
    return {key_id: _derive(key, b"row") for key_id, key in known_keys().items()}


def anchor_keys() -> dict[str, bytes]:
    """Key id -> the key that signs anchors."""
    return {key_id: _derive(key, b"anchor") for key_id, key in known_keys().items()}


def sign(key: bytes, payload: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha256).hexdigest()
