"""API v1, mounted at /api/v1/: the resources of the domain apps, wired into one router.
URL names are `api:<resource>-list|detail|<action>`; the access log uses them as channel."""

from csp.decorators import csp_update
from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
from rest_framework.routers import SimpleRouter

from maatwerk.accounts.api import NotificationViewSet
from maatwerk.cases.api.viewsets.blockages import BlockageViewSet
from maatwerk.cases.api.viewsets.cases import CaseViewSet
from maatwerk.cases.api.viewsets.households import HouseholdViewSet
from maatwerk.cases.api.viewsets.members import MemberViewSet
from maatwerk.cases.api.viewsets.organisations import OrganisationViewSet
from maatwerk.fund.api.viewsets import (
    CostItemViewSet,
    FundViewSet,
    KassabonViewSet,
    LedgerEntryViewSet,
    ReceivableViewSet,
    SettlementStatementViewSet,
)
from maatwerk.insights.api.views import ReportView, SignalsView
from maatwerk.register.api.viewsets import (
    AuthorityViewSet,
    ContactViewSet,
    PartnerRequestViewSet,
    RegisterOrganisationViewSet,
)
from maatwerk.route.api.viewsets.aftercare import (
    DeadlinesView,
    EscalationViewSet,
    EvaluationViewSet,
    LadderViewSet,
    MonitoringMomentViewSet,
    NationalEscalationViewSet,
    PlanViewSet,
    RoundTableViewSet,
    TimeOutViewSet,
)
from maatwerk.route.api.viewsets.agenda import AgendaItemViewSet
from maatwerk.route.api.viewsets.canvas import CanvasVersionViewSet
from maatwerk.route.api.viewsets.decisions import DecisionViewSet
from maatwerk.route.api.viewsets.proposals import ProposalViewSet
from maatwerk.route.api.viewsets.routes import RouteViewSet
from maatwerk.vraagbaak.api.views import SearchView

app_name = "api"

router = SimpleRouter()
router.register("cases", CaseViewSet, basename="cases")
router.register("notifications", NotificationViewSet, basename="notifications")
router.register("households", HouseholdViewSet, basename="households")
router.register("members", MemberViewSet, basename="members")
router.register("blockages", BlockageViewSet, basename="blockages")
router.register("organisations", OrganisationViewSet, basename="organisations")
# The maatwerk route.
router.register("routes", RouteViewSet, basename="routes")
router.register("agenda-items", AgendaItemViewSet, basename="agenda-items")
router.register("canvas-versions", CanvasVersionViewSet, basename="canvas-versions")
router.register("proposals", ProposalViewSet, basename="proposals")
router.register("decisions", DecisionViewSet, basename="decisions")
# After the decision.
router.register("escalation-ladders", LadderViewSet, basename="escalation-ladders")
router.register("escalations", EscalationViewSet, basename="escalations")
router.register("round-tables", RoundTableViewSet, basename="round-tables")
router.register("national-escalations", NationalEscalationViewSet, basename="national-escalations")
router.register("time-outs", TimeOutViewSet, basename="time-outs")
router.register("plans", PlanViewSet, basename="plans")
router.register("monitoring-moments", MonitoringMomentViewSet, basename="monitoring-moments")
router.register("evaluations", EvaluationViewSet, basename="evaluations")
# The maatwerkfonds and the kassabon.
router.register("funds", FundViewSet, basename="funds")
router.register("ledger-entries", LedgerEntryViewSet, basename="ledger-entries")
router.register("receivables", ReceivableViewSet, basename="receivables")
router.register("cost-items", CostItemViewSet, basename="cost-items")
router.register("kassabons", KassabonViewSet, basename="kassabons")
router.register(
    "settlement-statements", SettlementStatementViewSet, basename="settlement-statements"
)
# The maatwerkregister, the authority map and the requests to partners.
router.register("register-contacts", ContactViewSet, basename="register-contacts")
router.register(
    "register-organisations", RegisterOrganisationViewSet, basename="register-organisations"
)
router.register("authorities", AuthorityViewSet, basename="authorities")
router.register("partner-requests", PartnerRequestViewSet, basename="partner-requests")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Redoc (served from our static files) injects its own styles and renders in a worker:
    # the documentation page alone gets those two CSP allowances; it shows no personal data.
    path(
        "docs/",
        csp_update({"style-src": ["'unsafe-inline'"], "worker-src": ["blob:"]})(
            SpectacularRedocView.as_view(url_name="api:schema")
        ),
        name="docs",
    ),
    path("deadlines/", DeadlinesView.as_view(), name="deadlines"),
    # The vraagbaak.
    path("vraagbaak/search/", SearchView.as_view(), name="vraagbaak-search"),
    # Learning and accountability: aggregates only.
    path("insights/report/", ReportView.as_view(), name="insights-report"),
    path("insights/signals/", SignalsView.as_view(), name="insights-signals"),
    *router.urls,
]
