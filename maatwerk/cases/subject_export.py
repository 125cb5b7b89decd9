"""What a request for access (AVG art. 15) needs from the case file: the household members are
the data subjects; they are found by the keyed hash of their BSN or by id within what the
handler may see; their household's cases are their files; and the export shows their own
data, their household, every case file and the change history about them — other members
appear as a count only. Used through the declaration in `personal_data.py`, by
`maatwerk.privacy`, which adds the access log and handles permission and logging."""

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from maatwerk.privacy.formatting import change_history, person, when

from .access import visible_cases, visible_members
from .models import Case, Household, Member


class MemberRegister:
    """The household members, as `maatwerk.core.personal_data.SubjectRegister`."""

    def find(self, user, *, bsn_hash: str = "", subject_id: int | None = None) -> list[Member]:
        members = visible_members(user).select_related("household__team")
        if bsn_hash:
            members = members.filter(bsn_hash=bsn_hash)
        elif subject_id is not None:
            members = members.filter(pk=subject_id)
        else:
            members = members.none()
        return list(members.order_by("pk"))

    def files(self, user, subject: Member) -> list[Case]:
        return list(
            visible_cases(user)
            .filter(household_id=subject.household_id)
            .select_related("regisseur", "created_by")
            .order_by("signal_date", "pk")
        )

    def access_log_targets(self, subject: Member, files: list[Case]) -> list[dict]:
        """A row per case concerned, or one for the household when there is no case."""
        return [{"case": case} for case in files] or [{"household": subject.household}]


def _member(member: Member) -> dict:
    return {
        "id": member.pk,
        "voornaam": member.first_name,
        "achternaam": member.last_name,
        "geboortedatum": when(member.date_of_birth),
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
        "geregistreerd_op": when(household.created_at),
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
                "door": person(row.changed_by),
                "op": when(row.changed_at),
            }
            for row in case.status_changes.select_related("changed_by")
        ],
        "tijdlijn": [
            {
                "soort": row.get_kind_display(),
                "omschrijving": row.text,
                "door": person(row.actor),
                "op": when(row.at),
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
        "datum_signaal": when(case.signal_date),
        "regisseur": person(case.regisseur),
        "reguliere_route_biedt_geen_oplossing": case.regular_route_exhausted,
        "risico_bij_niets_doen": case.stagnation_risk,
        "reden_om_toch_aan_te_melden": case.eligibility_reason,
        "huishouden_betrokken": case.household_involved,
        "reden_niet_betrokken": case.household_not_involved_reason,
        "betrokken_vanaf": when(case.household_involved_from),
        "toestemming": case.get_consent_display(),
        "datum_toestemming": when(case.consent_date),
        "reikwijdte_toestemming": case.consent_scope,
        "vertrouwelijk": case.confidential,
        "bewaarplicht": case.legal_hold,
        "reden_bewaarplicht": case.legal_hold_reason,
        "geanonimiseerd_op": when(case.anonymised_at),
        "aangemaakt_door": person(case.created_by),
        "aangemaakt_op": when(case.created_at),
        "gewijzigd_op": when(case.updated_at),
    }
    return fields | _case_details(case)


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
    return change_history(entries)


def export_sections(member: Member, cases: list[Case]) -> dict:
    """The case file's part of the access export for `member`."""
    return {
        "gezinslid": _member(member),
        "huishouden": _household(member.household, member),
        "casussen": [_case(case) for case in cases],
        "wijzigingshistorie": _change_history(member, [case.pk for case in cases]),
    }
