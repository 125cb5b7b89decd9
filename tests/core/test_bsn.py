import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st

from maatwerk.core.bsn import mask_bsn, passes_elfproef, validate_bsn
from maatwerk.demo.synthetic import random_bsn

from ..factories import MemberFactory


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999999990"])
def test_it_accepts_numbers_that_pass_the_elfproef(bsn):
    assert passes_elfproef(bsn)


@pytest.mark.parametrize(
    "bsn", ["123456789", "12345678", "1234567890", "abcdefghi", "000000000", ""]
)
def test_it_refuses_anything_else_with_a_dutch_message(bsn):
    with pytest.raises(ValidationError, match="elfproef"):
        validate_bsn(bsn)


@given(st.randoms(use_true_random=False))
def test_generated_fake_bsns_always_pass(rng):
    assert passes_elfproef(random_bsn(rng))


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_changing_one_digit_breaks_the_elfproef(digits):
    if not passes_elfproef(digits):
        return
    changed = digits[:4] + str((int(digits[4]) + 1) % 10) + digits[5:]
    assert not passes_elfproef(changed)


def test_masking_shows_only_the_last_three_digits():
    assert mask_bsn("111222333") == "•••••333"
    assert mask_bsn("") == ""


@pytest.mark.django_db
def test_the_bsn_is_stored_encrypted_and_found_by_keyed_hash():
    member = MemberFactory(bsn="111222333")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT bsn_encrypted, bsn_hash FROM cases_member WHERE id = %s", [member.pk]
        )
        encrypted, digest = cursor.fetchone()
    assert "111222333" not in encrypted and "111222333" not in digest
    member.refresh_from_db()
    assert member.bsn == "111222333"
    assert member.masked_bsn == "•••••333"
