"""Who decides a proposal: the mandate level follows from the municipality's settings, and
whoever proposes never decides. One function answers "may this user decide this proposal?",
for the screens, the API and the tests alike."""

from decimal import Decimal

from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.fund import services as fund_limits

from .models import MandateLevel, PortfolioConsultation, RouteSettings

__all__ = ["decision_refusal", "level_for", "settings_for"]


def settings_for(municipality) -> RouteSettings:
    settings, _created = RouteSettings.objects.get_or_create(municipality=municipality)
    return settings


_LEVELS = (MandateLevel.BINNEN_KADERS, MandateLevel.BUITEN_KADERS, MandateLevel.COLLEGE)


def level_for(
    settings: RouteSettings,
    *,
    cost: Decimal,
    within_frameworks: bool,
    deviates: bool,
    fund=None,
    fund_amount: Decimal | None = None,
) -> str:
    """Above the threshold the College decides; a solution outside the existing frameworks (or
    one that deviates from a rule) goes to the OMO-functionaris; the rest is decided by the
    civil servant role the municipality names. Money asked of a fund goes up a level as long
    as the fund's mandate limit for the deciding role does not cover it (a fund without
    limits leaves the level as it is)."""
    if cost > settings.college_threshold:
        level = MandateLevel.COLLEGE
    elif deviates or not within_frameworks:
        level = MandateLevel.BUITEN_KADERS
    else:
        level = MandateLevel.BINNEN_KADERS
    if fund is None or not fund_amount or not fund_limits.has_limits(fund):
        return level
    for candidate in _LEVELS[_LEVELS.index(level) :]:
        if candidate == MandateLevel.COLLEGE:
            return candidate
        limit = fund_limits.limit_for(fund, decider_role(settings, candidate))
        if limit is not None and Decimal(fund_amount) <= limit:
            return candidate
    return MandateLevel.COLLEGE


def decider_role(settings: RouteSettings, level: str) -> str:
    return {
        MandateLevel.BINNEN_KADERS: settings.within_frameworks_role,
        MandateLevel.BUITEN_KADERS: Role.OMO_FUNCTIONARIS,
        MandateLevel.COLLEGE: settings.college_recorder_role,
    }[level]


def decision_refusal(user, proposal) -> str | None:
    """Why `user` may not decide `proposal` (a Dutch sentence), or None when they may."""
    proposer = proposal.proposed_by
    if user.pk == proposer.pk:
        return _("U kunt niet besluiten over uw eigen voorstel.")
    # Four eyes means another function, not a colleague in the same seat signing for them.
    if _same_seat(user, proposer):
        return _(
            "Een collega met dezelfde rol op dezelfde plek kan niet besluiten over dit voorstel: "
            "vier ogen betekent een andere functie."
        )
    settings = settings_for(proposal.case.household.team.municipality)
    level = proposal.mandate_level
    role = decider_role(settings, level)
    if user.role != role:
        if level == MandateLevel.COLLEGE:
            return _(
                "Dit voorstel gaat boven het drempelbedrag: het College besluit. Het besluit "
                "van het College wordt vastgelegd door de rol %(role)s."
            ) % {"role": Role(role).label}
        return _("Dit voorstel valt niet binnen uw mandaat: de rol %(role)s besluit.") % {
            "role": Role(role).label
        }
    if level == MandateLevel.BUITEN_KADERS and not _portefeuillehouder_consulted(proposal):
        return _(
            "Buiten bestaande kaders besluit u pas na consultatie van de portefeuillehouder: "
            "leg het voorstel eerst voor."
        )
    return None


def _same_seat(user, proposer) -> bool:
    """The same role in the same team — or, for a role without a team (the
    OMO-functionaris), in the same municipality: a second account there is the same seat."""
    if user.role != proposer.role:
        return False
    if user.team_id or proposer.team_id:
        return user.team_id == proposer.team_id
    return user.municipality_id == proposer.municipality_id


def _portefeuillehouder_consulted(proposal) -> bool:
    return PortfolioConsultation.objects.filter(
        proposal=proposal, answered_at__isnull=False
    ).exists()
