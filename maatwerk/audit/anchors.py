"""Anchors: signed digests of the access log's head, appended outside the database.

`anchor_audit` (cron) appends one JSON line per run to AUDIT_ANCHOR_DIR/anchors.jsonl: the
newest row's id and hash, the number of rows, the time, the key id and an HMAC over these.
Someone who rewrites, cuts back or empties the log in the database cannot make it agree with
an anchor written before, unless they can also reach the anchor file and hold the key."""

import hmac
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .keys import anchor_keys, current_key_id, sign

__all__ = ["Anchor", "anchor_file", "read_anchors", "write_anchor"]

FILE_NAME = "anchors.jsonl"


@dataclass(frozen=True)
class Anchor:
    last_id: int | None
    last_hash: str
    count: int
    at: str
    key_id: str

    def payload(self) -> bytes:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True).encode()


def anchor_file() -> Path:
    return Path(settings.AUDIT_ANCHOR_DIR) / FILE_NAME


def write_anchor(*, last_id: int | None, last_hash: str, count: int) -> Anchor:
    """Append one signed line. The file is opened for appending only (O_APPEND), so a run
    can add to it but never rewrite what is there."""
    anchor = Anchor(
        last_id=last_id,
        last_hash=last_hash,
        count=count,
        at=timezone.now().isoformat(timespec="seconds"),
        key_id=current_key_id(),
    )
    line = asdict(anchor) | {"signature": sign(anchor_keys()[anchor.key_id], anchor.payload())}
    path = anchor_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(line, sort_keys=True) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return anchor


def read_anchors() -> tuple[list[Anchor], list[str]]:
    """Every anchor whose signature holds, and a message per line that is broken."""
    path = anchor_file()
    if not path.exists():
        return [], []
    keys = anchor_keys()
    anchors, problems = [], []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            signature = data.pop("signature")
            anchor = Anchor(**data)
        except (ValueError, TypeError, KeyError):
            problems.append(
                _("anker op regel %(n)s van %(file)s is onleesbaar") % {"n": number, "file": path}
            )
            continue
        key = keys.get(anchor.key_id)
        if key is None or not hmac.compare_digest(sign(key, anchor.payload()), str(signature)):
            problems.append(
                _("anker op regel %(n)s van %(file)s: handtekening klopt niet")
                % {"n": number, "file": path}
            )
            continue
        anchors.append(anchor)
    return anchors, problems
