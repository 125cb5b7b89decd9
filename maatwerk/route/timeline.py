"""The lines the route writes on a case's timeline (declared on RouteConfig)."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "route": _("Route"),
    "route_agenda": _("Casusoverleg"),
    "route_canvas": _("Maatwerkcanvas"),
    "route_proposal": _("Voorstel"),
    "route_decision": _("Besluit"),
    "route_escalation": _("Escalatie"),
    "route_aftercare": _("Plan en monitoring"),
}
