"""The export document for one household member: their own data, their household's case files,
the change history about them and who accessed their file. Other members appear as a count
only. Private to this app; other apps use `maatwerk.privacy.services`.

Keys are fixed Dutch words, so the document reads the same whatever language the screen is in;
choice values are written as their labels."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.audit.services import access_log_for_subject, row_case_ids
from maatwerk.cases.models import Case, Household, Member

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


def _when(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat()


def _person(user) -> dict | None:
    """A professional who acted: name and role, never their login name or address."""
    if user is None:
        return None
    return {"naam": user.get_full_name() or str(user), "rol": user.get_role_display()}


def _member(member: Member) -> dict:
    return {
        "id": member.pk,
        "voornaam": member.first_name,
        "achternaam": member.last_name,
        "geboortedatum": _when(member.date_of_birth),
        "rol_in_huishouden": member.get_role_display(),
        # Their own BSN, in full: this is the person's own data.
        "bsn": member.bsn,
    }


def _household(household: Household, member: Member) -> dict:
    return {
        "id": household.pk,
        "straat": household.street,
        "huisnummer": household.house_number,
        "postcode": household.postcode,
        "woonplaats": household.city,
        "wijk": household.wijk,
        "team": household.team.name,
        "geregistreerd_op": _when(household.created_at),
        "aantal_andere_gezinsleden": household.members.exclude(pk=member.pk).count(),
    }


def _case_details(case: Case) -> dict:
    return {
        "leefgebieden": [
            {"leefgebied": row.get_code_display(), "probleem": row.description}
            for row in case.domains.all()
        ],
        "knelpunten": [
            {
                "regel": row.rule.name,
                "wet_of_regeling": row.rule.law,
                "eigenaar": row.owner.name,
                "toelichting": row.explanation,
            }
            for row in case.blockages.select_related("rule", "owner")
        ],
        "reguliere_routes": [
            {"wat_is_geprobeerd": row.description, "resultaat": row.result}
            for row in case.regular_routes.order_by("pk")
        ],
        "organisaties": [
            {
                "naam": row.organisation.name,
                "soort": row.organisation.get_kind_display(),
                "rol": row.role,
            }
            for row in case.organisations.select_related("organisation").order_by("pk")
        ],
        "professionals": [
            {
                "naam": row.name,
                "organisatie": row.organisation.name if row.organisation else None,
                "rol": row.role,
                "contactgegevens": row.contact,
            }
            for row in case.professionals.select_related("organisation").order_by("pk")
        ],
        "statushistorie": [
            {
                "van": row.get_source_display() or None,
                "naar": row.get_target_display(),
                "reden": row.reason,
                "door": _person(row.changed_by),
                "op": _when(row.changed_at),
            }
            for row in case.status_changes.select_related("changed_by")
        ],
        "tijdlijn": [
            {
                "soort": row.get_kind_display(),
                "omschrijving": row.text,
                "door": _person(row.actor),
                "op": _when(row.at),
            }
            for row in case.timeline.select_related("actor").order_by("at", "pk")
        ],
    }


def _case(case: Case) -> dict:
    fields = {
        "kenmerk": case.reference,
        "korte_omschrijving": case.title,
        "status": case.get_status_display(),
        "bron_signaal": case.get_signal_source_display(),
        "datum_signaal": _when(case.signal_date),
        "regisseur": _person(case.regisseur),
        "reguliere_route_biedt_geen_oplossing": case.regular_route_exhausted,
        "risico_bij_niets_doen": case.stagnation_risk,
        "reden_om_toch_aan_te_melden": case.eligibility_reason,
        "huishouden_betrokken": case.household_involved,
        "reden_niet_betrokken": case.household_not_involved_reason,
        "betrokken_vanaf": _when(case.household_involved_from),
        "toestemming": case.get_consent_display(),
        "datum_toestemming": _when(case.consent_date),
        "reikwijdte_toestemming": case.consent_scope,
        "vertrouwelijk": case.confidential,
        "bewaarplicht": case.legal_hold,
        "reden_bewaarplicht": case.legal_hold_reason,
        "geanonimiseerd_op": _when(case.anonymised_at),
        "aangemaakt_door": _person(case.created_by),
        "aangemaakt_op": _when(case.created_at),
        "gewijzigd_op": _when(case.updated_at),
    }
    return fields | _case_details(case)


def _change_action(action: int) -> str:
    labels = {
        LogEntry.Action.CREATE: _("aangemaakt"),
        LogEntry.Action.UPDATE: _("gewijzigd"),
        LogEntry.Action.DELETE: _("verwijderd"),
        LogEntry.Action.ACCESS: _("ingezien"),
    }
    return labels.get(action, str(action))


def _subject_name(entry: LogEntry) -> str:
    model = entry.content_type.model_class()
    return str(model._meta.verbose_name) if model else entry.content_type.model


def _changes(entry: LogEntry) -> dict:
    """Old and new value per field, in full: auditlog's display helper shortens long text,
    and an export must not."""
    model = entry.content_type.model_class()
    result = {}
    for name, values in (entry.changes_dict or {}).items():
        try:
            field = model._meta.get_field(name) if model else None
        except FieldDoesNotExist:
            field = None
        if field is None:
            result[name] = values
            continue
        labels = {str(key): str(label) for key, label in getattr(field, "flatchoices", [])}
        shown = [labels.get(str(value), value) for value in values] if labels else values
        result[str(getattr(field, "verbose_name", name))] = shown
    return result


def _change_history(member: Member, case_ids: list[int]) -> list[dict]:
    """django-auditlog rows about this member's own row, their household and their cases —
    never the rows about the other members."""
    member_type = ContentType.objects.get_for_model(Member)
    household_type = ContentType.objects.get_for_model(Household)
    about = Q(content_type=member_type, object_id=member.pk)
    about |= Q(content_type=household_type, object_id=member.household_id)
    if case_ids:
        about |= Q(additional_data__case_id__in=case_ids)
    entries = (
        LogEntry.objects.filter(about)
        .select_related("actor", "content_type")
        .order_by("timestamp", "pk")
    )
    return [
        {
            "op": _when(entry.timestamp),
            "door": _person(entry.actor),
            "handeling": _change_action(entry.action),
            "onderwerp": _subject_name(entry),
            "object": entry.object_repr,
            "wijzigingen": _changes(entry),
        }
        for entry in entries
    ]


def _case_references(row, references: dict[int, str]) -> str | None:
    """The case a row is about; for a row about several cases, those of this export."""
    if row.case_reference:
        return row.case_reference
    named = [references[pk] for pk in row_case_ids(row) if pk in references]
    return ", ".join(named) or None


def _access_log(member: Member, references: dict[int, str]) -> list[dict]:
    """Who accessed this person's file. Rows name their subjects (NEN 7513); rows without a
    subject count when they concern one of the person's cases."""
    rows = access_log_for_subject(member.pk, case_ids=list(references)).order_by("at", "pk")
    return [
        {
            "op": _when(row.at),
            "wie": _person(row.user),
            "namens": _person(row.on_behalf_of),
            "handeling": row.get_action_display(),
            "kanaal": row.channel,
            "doel": row.purpose,
            "resultaat": row.get_result_display(),
            "casus": _case_references(row, references),
        }
        for row in rows
    ]


def build_export(member: Member, cases: list[Case], *, prepared_by) -> dict:
    """The whole document. `cases` are the household's cases the preparer may see."""
    case_ids = [case.pk for case in cases]
    return {
        "soort": _("Inzageverzoek AVG artikel 15"),
        "formaatversie": FORMAT_VERSION,
        "aangemaakt_op": _when(timezone.now()),
        "aangemaakt_door": _person(prepared_by),
        "let_op": limitations(),
        "gezinslid": _member(member),
        "huishouden": _household(member.household, member),
        "casussen": [_case(case) for case in cases],
        "wijzigingshistorie": _change_history(member, case_ids),
        "toegangslog": _access_log(member, {case.pk: case.reference for case in cases}),
    }
