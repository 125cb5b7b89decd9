"""The key can be rotated: rows sealed with an earlier key still verify as long as that key is
in AUDIT_LOG_PREVIOUS_KEYS, and a retired key cannot be used to add rows later."""

import pytest

from maatwerk.audit.services import anchor_head, log_access, verify_chain

pytestmark = pytest.mark.django_db

OLD = "old-audit-log-key-that-was-used-until-the-rotation"
NEW = "new-audit-log-key-that-is-used-from-the-rotation-on"


def _read(user, case, n):
    return log_access(user=user, case=case, action="read", channel=f"scherm:{n}")[0]


def test_rows_of_the_previous_key_verify_after_a_rotation(settings, consulent, logged_case):
    settings.AUDIT_LOG_KEY = OLD
    _read(consulent, logged_case, 1)
    anchor_head()
    settings.AUDIT_LOG_KEY, settings.AUDIT_LOG_PREVIOUS_KEYS = NEW, [OLD]
    _read(consulent, logged_case, 2)

    assert verify_chain() is None


def test_without_the_previous_key_the_old_rows_cannot_be_verified(settings, consulent, logged_case):
    settings.AUDIT_LOG_KEY = OLD
    old = _read(consulent, logged_case, 1)
    settings.AUDIT_LOG_KEY = NEW
    _read(consulent, logged_case, 2)

    broken = verify_chain()

    assert broken.pk == old.pk and "onbekende sleutel" in broken.reason


def test_a_row_sealed_with_a_retired_key_after_the_rotation_is_refused(
    settings, consulent, logged_case
):
    settings.AUDIT_LOG_KEY = OLD
    _read(consulent, logged_case, 1)
    settings.AUDIT_LOG_KEY = NEW
    _read(consulent, logged_case, 2)
    # Someone who still has the old key writes a row with it.
    settings.AUDIT_LOG_KEY = OLD
    late = _read(consulent, logged_case, 3)
    settings.AUDIT_LOG_KEY, settings.AUDIT_LOG_PREVIOUS_KEYS = NEW, [OLD]

    broken = verify_chain()

    assert broken.pk == late.pk and "vervangen" in broken.reason
