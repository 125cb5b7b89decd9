"""The export document for one data subject: the sections the apps declare (today `cases`:
the person, their household, its case files and the change history about them) and who
accessed their file. Private to this app; other apps use `maatwerk.privacy.services`, and
`maatwerk.privacy.formatting` to write their sections."""

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.audit.services import AccessLog

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


def _access_log_rows_for(subject, case_ids: list[int]) -> QuerySet[AccessLog]:
    """The access-log rows about this person. Rows name their subject (NEN 7513); older rows
    without a subject count when they concern one of the person's cases."""
    return AccessLog.objects.filter(
        Q(subject_id=subject.pk) | Q(subject_id__isnull=True, case_id__in=case_ids)
    )


def _access_log(subject, case_ids: list[int]) -> list[dict]:
    """Who accessed this person's file, oldest first."""
    rows = (
        _access_log_rows_for(subject, case_ids)
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
            "casus": row.case_reference or None,
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
    document["toegangslog"] = _access_log(subject, [file.pk for file in files])
    return document
