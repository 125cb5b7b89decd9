"""The destruction list of one run as a CSV file for the archivist. It is written from the
`DestructionRecord` rows, which stay the authoritative list: a lost file can be written again
for the same run id."""

import csv
import os
import tempfile
from pathlib import Path

from .models import DestructionRecord

COLUMNS = [
    ("run", "run_id"),
    ("kenmerk", "case_reference"),
    ("casus_id", "case_id"),
    ("soort_dossier", "kind"),
    ("regel", "rule_name"),
    ("termijn_jaren", "rule_years"),
    ("wettelijke_bron", "rule_legal_source"),
    ("handeling", "action"),
    ("afgesloten_op", "closed_at"),
    ("termijn_verstreken_op", "due_on"),
    ("uitgevoerd_op", "executed_at"),
]


def _cell(value) -> str:
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    # A spreadsheet would run a cell that starts like a formula.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def write_destruction_list(run_id: str, directory: Path) -> Path | None:
    """Write `vernietigingslijst-<run id>.csv` into `directory`; None when the run handled
    no case. The file appears complete or not at all."""
    records = DestructionRecord.objects.filter(run_id=run_id).order_by("pk")
    if not records.exists():
        return None
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"vernietigingslijst-{run_id}.csv"
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".vernietigingslijst-")
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow([header for header, _attribute in COLUMNS])
            for record in records.iterator():
                writer.writerow([_cell(getattr(record, attribute)) for _h, attribute in COLUMNS])
        os.chmod(temporary, 0o640)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
