"""Moving a case through the workflow table (`cases.workflow`), notes, and the eligibility
check (toetsingscriteria)."""

from dataclasses import dataclass

from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Case, CaseStatusChange, TimelineEntry
from ..workflow import CaseStatus, failed_guard, find_transition, transitions_from
from .units import add_timeline_entry, require_edit

__all__ = ["Eligibility", "add_note", "allowed_transitions", "eligibility", "transition_case"]


def allowed_transitions(user, case: Case) -> list:
    if not user.has_perm("cases.change_case", case):
        return []
    return transitions_from(case.status, user.role)


def _status_label(value: str) -> str:
    return CaseStatus(value).label if value in CaseStatus.values else value


def transition_case(user, case: Case, target: str, reason: str) -> Case:
    """Move a case to another status, if the transition table allows it for this user and
    every guard on that move (declared in the table) lets it pass."""
    require_edit(user, case)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Geef een reden voor deze statuswijziging.")})
    with transaction.atomic(), set_actor(user):
        locked = Case.objects.select_for_update().get(pk=case.pk)
        transition = find_transition(locked.status, target)
        if transition is None:
            raise ValidationError(
                {
                    "target": _("Een casus met status ‘%(source)s’ kan niet naar ‘%(target)s’.")
                    % {"source": locked.get_status_display(), "target": _status_label(target)}
                }
            )
        if user.role not in transition.roles:
            raise PermissionDenied(_("Uw rol mag deze statuswijziging niet uitvoeren."))
        refusal = failed_guard(transition, locked, user)
        if refusal:
            raise ValidationError({"target": refusal})
        source = locked.status
        locked.status = target
        locked.save(update_fields=["status", "updated_at"])
        CaseStatusChange.objects.create(
            case=locked,
            source=source,
            target=target,
            reason=reason.strip(),
            changed_by=user,
            changed_at=timezone.now(),
        )
        add_timeline_entry(
            user,
            locked,
            TimelineEntry.Kind.STATUS,
            _("Status: %(source)s → %(target)s. Reden: %(reason)s")
            % {
                "source": _status_label(source),
                "target": _status_label(target),
                "reason": reason.strip(),
            },
        )
    return locked


@transaction.atomic
def add_note(user, case: Case, text: str) -> TimelineEntry:
    """A note on the timeline. Notes are free text about the household, so the change history
    records them too, under the author."""
    require_edit(user, case)
    if not (text or "").strip():
        raise ValidationError({"text": _("Een notitie mag niet leeg zijn.")})
    entry = add_timeline_entry(user, case, TimelineEntry.Kind.NOTE, text.strip())
    LogEntry.objects.log_create(
        entry,
        force_log=True,
        action=LogEntry.Action.CREATE,
        changes={"text": [None, entry.text]},
        actor=user,
        additional_data={"case_id": case.pk},
    )
    return entry


@dataclass(frozen=True)
class Eligibility:
    """The toetsingscriteria for the maatwerk route (seeds 000–002)."""

    multiple_domains: bool
    regular_route_tried: bool
    stagnation_risk: bool

    @property
    def met(self) -> bool:
        return self.multiple_domains and self.regular_route_tried and self.stagnation_risk


def eligibility(case: Case) -> Eligibility:
    return Eligibility(
        multiple_domains=case.domains.count() >= 2,
        regular_route_tried=case.regular_route_exhausted and case.regular_routes.exists(),
        stagnation_risk=bool(case.stagnation_risk.strip()),
    )
