"""The export document for one data subject: the sections the apps declare (today `cases`:
the person, their household, its case files and the change history about them) and who
accessed their file. Private to this app; other apps use `maatwerk.privacy.services`, and
`maatwerk.privacy.formatting` to write their sections."""

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.audit.services import access_log_for_subject, row_case_ids

from .declarations import export_sections
from .formatting import person, when

FORMAT_VERSION = 1


def limitations() -> list[str]:
    """What the person and the OMO-functionaris must know before the export is handed over."""
    return [
        _("Vrije tekst kan namen van anderen bevatten; beoordeel vóór verstrekking."),
        _(
            "Gegevens van andere gezinsleden (namen, BSN, geboortedata) zijn weggelaten; "
            "alleen hun aantal staat vermeld."
        ),
        _(
            "Namen en rollen van medewerkers en betrokken professionals staan erin omdat zij "
            "met de gegevens van de betrokkene hebben gewerkt."
        ),
        _(
            "Vertrouwelijke casussen waarop de opsteller van deze export niet is genoemd, "
            "vallen buiten deze export."
        ),
    ]


def _case_references(row, references: dict[int, str]) -> str | None:
    """The case a row is about; for a row about several cases, those of this export."""
    if row.case_reference:
        return row.case_reference
    named = [references[pk] for pk in row_case_ids(row) if pk in references]
    return ", ".join(named) or None


def _access_log(subject, references: dict[int, str]) -> list[dict]:
    """Who accessed this person's file, oldest first. Rows name their subjects (NEN 7513); rows
    without a subject count when they concern one of the person's cases."""
    rows = (
        access_log_for_subject(subject.pk, case_ids=list(references))
        .select_related("user", "on_behalf_of")
        .order_by("at", "pk")
    )
    return [
        {
            "op": when(row.at),
            "wie": person(row.user),
            "namens": person(row.on_behalf_of),
            "handeling": row.get_action_display(),
            "kanaal": row.channel,
            "doel": row.purpose,
            "resultaat": row.get_result_display(),
            "casus": _case_references(row, references),
        }
        for row in rows
    ]


def build_export(subject, files: list, *, prepared_by) -> dict:
    """The whole document. `files` are the subject's case files the preparer may see."""
    document = {
        "soort": _("Inzageverzoek AVG artikel 15"),
        "formaatversie": FORMAT_VERSION,
        "aangemaakt_op": when(timezone.now()),
        "aangemaakt_door": person(prepared_by),
        "let_op": limitations(),
    }
    for sections in export_sections():
        added = sections(subject, files)
        if clash := (document.keys() | {"toegangslog"}) & added.keys():
            raise ImproperlyConfigured(f"Twee apps vullen hetzelfde deel van de export: {clash}")
        document |= added
    references = {file.pk: getattr(file, "reference", "") for file in files}
    document["toegangslog"] = _access_log(subject, references)
    return document
