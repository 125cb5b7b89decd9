"""The access log's keyed hash chain: sealing a new row, and checking every row, the head and
every anchor. Private to the audit app; other apps use `maatwerk.audit.services`.

What a break means, per check:
- a row's HMAC does not match: the row was changed, or written by someone without the key
  (a plain SHA-256 "hash" is such a forgery);
- a row does not point at the row before it: rows were removed, inserted or reordered;
- a legacy (unkeyed) row after a keyed one: a forgery, legacy rows only precede the seal;
- the head does not point at the newest row: rows were removed from the end;
- an anchor names a row that is gone, with another hash, or another number of rows before it:
  the log was cut back, emptied or rewritten since that anchor was written."""

import hmac
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .anchors import Anchor, read_anchors
from .keys import current_key_id, row_keys, sign
from .models import HASH_HMAC, HASH_LEGACY, AccessLog, AccessLogHead

__all__ = ["ChainBreak", "find_break", "seal"]


@dataclass(frozen=True)
class ChainBreak:
    """Where and why the check failed. `pk` is the row concerned (0 when none is left)."""

    pk: int
    at: object
    reason: str


def seal(entry: AccessLog, previous_hash: str) -> None:
    """Give a new row its place in the chain: the previous row's hash and its own keyed hash."""
    entry.hash_version = HASH_HMAC
    entry.key_id = current_key_id()
    entry.previous_hash = previous_hash
    entry.row_hash = sign(row_keys()[entry.key_id], entry.payload())


def _row_problem(entry: AccessLog, keys: dict[str, bytes], state: dict) -> str | None:
    if entry.hash_version == HASH_LEGACY:
        if state["keyed"]:
            return _("een regel zonder sleutel na een regel met sleutel (vervalst)")
        expected = entry.legacy_hash()
    elif entry.hash_version == HASH_HMAC:
        key = keys.get(entry.key_id)
        if key is None:
            return _("ondertekend met een onbekende sleutel")
        if entry.key_id in state["retired"]:
            return _("ondertekend met een sleutel die al was vervangen")
        if state["key_id"] and entry.key_id != state["key_id"]:
            state["retired"].add(state["key_id"])
        state["key_id"] = entry.key_id
        state["keyed"] = True
        expected = sign(key, entry.payload())
    else:
        return _("onbekende hashversie")
    if expected is None or not hmac.compare_digest(expected, entry.row_hash):
        return _("inhoud klopt niet met de hash")
    return None


def _anchor_problem(anchor: Anchor, entry: AccessLog, count: int) -> str | None:
    if not hmac.compare_digest(anchor.last_hash, entry.row_hash) or anchor.count != count:
        return _("wijkt af van het anker van %(when)s (%(count)s regels)") % {
            "when": anchor.at,
            "count": anchor.count,
        }
    return None


def _start(since: Anchor | None) -> tuple[int, str, int, dict] | ChainBreak:
    """Where the walk begins: the start of the log, or the row a trusted anchor names."""
    state: dict = {"keyed": False, "key_id": "", "retired": set()}
    if since is None or not since.last_id:
        return 0, "", 0, state
    row = AccessLog.objects.filter(pk=since.last_id).first()
    if row is None:
        return ChainBreak(
            0, None, _("regel %(id)s uit het laatste anker ontbreekt") % {"id": since.last_id}
        )
    problem = _anchor_problem(since, row, AccessLog.objects.filter(pk__lte=row.pk).count())
    if problem:
        return ChainBreak(row.pk, row.at, problem)
    state |= {"keyed": row.hash_version == HASH_HMAC, "key_id": row.key_id}
    return row.pk, row.row_hash, since.count, state


def find_break(
    anchors: list[Anchor] | None = None, *, since: Anchor | None = None
) -> ChainBreak | None:
    """Walk the log in order; the first problem found, or None when all is intact.
    `anchors` defaults to every anchor in AUDIT_ANCHOR_DIR (a bad signature is a break).
    With `since` (an anchor already checked) only the rows after it are walked: the quick
    check before writing the next anchor; `verify_audit` always walks everything."""
    if anchors is None:
        anchors, bad = read_anchors()
        if bad:
            return ChainBreak(0, None, bad[0])
    start = _start(since)
    if isinstance(start, ChainBreak):
        return start
    after, previous, count, state = start
    pending = sorted(
        (a for a in anchors if a.last_id and a.last_id > after),
        key=lambda a: a.last_id,
        reverse=True,
    )
    keys = row_keys()
    last = None
    rows = AccessLog.objects.filter(pk__gt=after).order_by("pk")
    for entry in rows.iterator(chunk_size=2000):
        count += 1
        if pending and pending[-1].last_id < entry.pk:
            anchor = pending[-1]
            return ChainBreak(
                entry.pk,
                entry.at,
                _("regel %(id)s uit het anker van %(when)s ontbreekt")
                % {"id": anchor.last_id, "when": anchor.at},
            )
        if entry.previous_hash != previous:
            return ChainBreak(entry.pk, entry.at, _("koppeling met de vorige regel klopt niet"))
        problem = _row_problem(entry, keys, state)
        while problem is None and pending and pending[-1].last_id == entry.pk:
            problem = _anchor_problem(pending.pop(), entry, count)
        if problem:
            return ChainBreak(entry.pk, entry.at, problem)
        previous, last = entry.row_hash, entry
    if pending:
        anchor = pending[-1]
        return ChainBreak(
            last.pk if last else 0,
            last.at if last else None,
            _("het anker van %(when)s noemt %(count)s regels t/m regel %(id)s; die ontbreken")
            % {"when": anchor.at, "count": anchor.count, "id": anchor.last_id},
        )
    if count and not state["keyed"]:
        return ChainBreak(
            last.pk if last else 0, None, _("regels zonder sleutel en zonder verzegeling")
        )
    head = AccessLogHead.objects.filter(pk=1).first()
    if head is not None and head.last_hash != previous:
        return ChainBreak(
            last.pk if last else 0,
            last.at if last else None,
            _("de kop wijst niet naar de nieuwste regel: de laatste regels ontbreken"),
        )
    return None
