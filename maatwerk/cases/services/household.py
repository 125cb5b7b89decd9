"""Changing a household and the people in it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..access import visible_cases, visible_members
from ..models import Household, Member
from .rows import RowChange
from .units import editing_household

__all__ = ["add_member", "remove_member", "replace_members", "update_household", "update_member"]

# A household is the people living together: far fewer than this. The limit keeps a mistake or
# a script from turning every read of the file into thousands of log and history rows.
MAX_MEMBERS = 30

HOUSEHOLD_FIELDS = frozenset({"street", "house_number", "postcode", "city", "wijk"})
MEMBER_FIELDS = frozenset({"first_name", "last_name", "date_of_birth", "role", "bsn"})


def _assign(record, fields: dict, allowed: frozenset[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"Onbekende velden: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(record, name, value)  # `bsn` is a property that encrypts, hashes ("" clears)


def update_household(user, household: Household, **fields) -> Household:
    with editing_household(user, household) as locked:
        _assign(locked, fields, HOUSEHOLD_FIELDS)
        locked.full_clean()
        locked.save()
    return locked


def _check_person_is_new(user, member: Member) -> None:
    """One person, one registration: the same BSN twice in a household is a mistake, and a
    person already known in another household the user may see belongs to that file. (A
    household outside the user's reach is not mentioned: its existence is not revealed.)"""
    if not member.bsn_hash:
        return
    same = Member.objects.filter(bsn_hash=member.bsn_hash).exclude(pk=member.pk)
    if same.filter(household_id=member.household_id).exists():
        raise ValidationError(
            {"bsn": _("Dit BSN staat al bij een ander gezinslid van dit huishouden.")}
        )
    known = visible_members(user).filter(bsn_hash=member.bsn_hash).exclude(pk=member.pk).first()
    if known is not None:
        case = visible_cases(user).filter(household_id=known.household_id).first()
        raise ValidationError(
            {
                "bsn": _(
                    "Deze persoon is al bekend in een ander huishouden%(where)s. Voeg het "
                    "signaal daar toe in plaats van de persoon opnieuw te registreren."
                )
                % {"where": f" ({case.reference})" if case else ""}
            }
        )


def _save_member(user, member: Member, fields: dict) -> Member:
    previous_hash = member.bsn_hash
    _assign(member, fields, MEMBER_FIELDS)
    member.full_clean()
    if member.bsn_hash != previous_hash or member.pk is None:
        _check_person_is_new(user, member)
    member.save()
    return member


def _check_size(household: Household) -> None:
    if Member.objects.filter(household=household).count() > MAX_MEMBERS:
        raise ValidationError(
            _("Een huishouden heeft hoogstens %(max)s gezinsleden.") % {"max": MAX_MEMBERS}
        )


def add_member(user, household: Household, **fields) -> Member:
    with editing_household(user, household) as locked:
        member = _save_member(user, Member(household=locked), fields)
        _check_size(locked)
        return member


def update_member(user, member: Member, **fields) -> Member:
    with editing_household(user, member.household) as locked:
        # Read again under the household lock, so a concurrent edit is not overwritten.
        current = Member.objects.get(pk=member.pk, household=locked)
        return _save_member(user, current, fields)


def remove_member(user, member: Member) -> None:
    with editing_household(user, member.household) as locked:
        Member.objects.get(pk=member.pk, household=locked).delete()


@transaction.atomic
def replace_members(user, household: Household, changes: list[RowChange]) -> None:
    """Apply a screen's list of member rows (new, changed, removed) as one change. A household
    keeps at least one member."""
    with editing_household(user, household) as locked:
        for change in changes:
            if change.remove:
                Member.objects.get(pk=change.id, household=locked).delete()
            elif change.id is None:
                _save_member(user, Member(household=locked), change.fields)
            else:
                current = Member.objects.get(pk=change.id, household=locked)
                _save_member(user, current, change.fields)
        if not Member.objects.filter(household=locked).exists():
            raise ValidationError(_("Een huishouden heeft minstens één gezinslid."))
        _check_size(locked)
