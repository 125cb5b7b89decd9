"""Moving a case along the route table (`route.workflow`), and reading where a case stands."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.cases import services as cases

from ..models import PhaseChange, Route
from ..workflow import ROUTE_PHASES, By, Phase, find_move, moves_by_hand

__all__ = ["in_phase", "move_by_hand", "move_route", "moves_for", "phase_of"]

# The case file's status, as a route phase, while the route does not hold the case.
_FROM_STATUS = {
    "aangemeld": Phase.AANGEMELD,
    "in_behandeling": Phase.IN_BEHANDELING,
    "heropend": Phase.IN_BEHANDELING,
    "afgesloten": Phase.AFGESLOTEN,
}


def phase_of(case) -> Phase:
    """Where the case stands. A closed case file has left the route; the route's own phases
    count only while the file is in behandeling."""
    route = _route(case)
    if case.status == "in_behandeling" and route is not None and route.phase in ROUTE_PHASES:
        return Phase(route.phase)
    return _FROM_STATUS[case.status]


def _route(case) -> Route | None:
    try:
        return case.route
    except Route.DoesNotExist:
        return None


def in_phase(phase: str) -> Q:
    """A filter on cases for the phase `phase_of` gives them."""
    route_held = Q(status="in_behandeling", route__phase__in=ROUTE_PHASES)
    if phase in ROUTE_PHASES:
        return Q(status="in_behandeling", route__phase=phase)
    if phase == Phase.IN_BEHANDELING:
        return Q(status__in=["in_behandeling", "heropend"]) & ~route_held
    return Q(status=phase)


def moves_for(user, case) -> list:
    """The moves this user can make by hand on this case now."""
    if not user.has_perm("cases.change_case", case):
        return []
    return moves_by_hand(phase_of(case), user.role)


def move_route(user, case, target: str, *, by: str, reason: str = "") -> Route:
    """Move the case to `target` as the consequence of `by` (see the table). Callers run this
    inside their own unit of work (`cases.editing_case`), so the act and the move are one."""
    if target in ROUTE_PHASES and case.status != "in_behandeling":
        raise ValidationError(
            {"target": _("Neem de casus eerst in behandeling; pas dan kan hij de route op.")}
        )
    source = phase_of(case)
    move = find_move(source, target, by)
    if move is None:
        raise ValidationError(
            {
                "target": _("Een casus in fase ‘%(source)s’ kan niet naar ‘%(target)s’.")
                % {"source": source.label, "target": _label(target)}
            }
        )
    if user.role not in move.roles:
        raise PermissionDenied(_("Uw rol mag deze stap in de route niet zetten."))
    route, _created = Route.objects.select_for_update().get_or_create(
        case=case, defaults={"phase": target}
    )
    route.phase = target
    route.save()
    PhaseChange.objects.create(
        case=case,
        source=source,
        target=target,
        reason=reason,
        changed_by=user,
        changed_at=timezone.now(),
    )
    text = _("Route: %(source)s → %(target)s.") % {"source": source.label, "target": move.label}
    if reason:
        text = f"{text} {_('Reden')}: {reason}"
    cases.add_timeline_entry(user, case, "route", text)
    case.route = route
    return route


def move_by_hand(user, case, target: str, reason: str) -> Route:
    """A move a person makes with a button (after the decision): always with a reason. Closing
    the route closes the case file too."""
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Geef een reden voor deze stap.")})
    with transaction.atomic():
        with cases.editing_case(user, case, what=_("Route")) as locked:
            route = move_route(user, locked, target, by=By.HAND, reason=reason.strip())
        if target == Phase.AFGESLOTEN:
            cases.transition_case(user, locked, "afgesloten", reason.strip())
    return route


def _label(value: str) -> str:
    return Phase(value).label if value in Phase.values else value
