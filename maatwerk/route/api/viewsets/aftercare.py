"""After the decision: /escalation-ladders/, /escalations/, /round-tables/,
/national-escalations/, /time-outs/, /plans/, /monitoring-moments/, /evaluations/ and
/deadlines/. Every write calls the same service as the screen."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from maatwerk.accounts.api_permissions import PolicyPermission
from maatwerk.audit.services import AccessLog, log_access
from maatwerk.core.serializers import ErrorSerializer

from ... import services
from ...deadlines import worklist
from ...models import (
    Escalation,
    EscalationLadder,
    Evaluation,
    ExternalEscalation,
    MonitoringMoment,
    Plan,
    RoundTable,
    TimeOut,
)
from ...selectors import municipality_of
from ..serializers import aftercare as s
from ..views_support import deadline_rows
from .base import RouteRecordViewSet


def _conflict(description) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=description)


ALREADY_DONE = _conflict(_("Dit is intussen al gebeurd (of een stap overslaan): niets gewijzigd."))


def _valid(serializer_class, request: Request) -> dict:
    serializer = serializer_class(data=request.data, context={"request": request})
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _ladder(request: Request, pk: int | None, case=None) -> EscalationLadder | None:
    municipality = case.household.team.municipality if case else municipality_of(request.user)
    ladder = services.ladders_for(municipality).filter(pk=pk).first() if pk else None
    if pk and ladder is None:
        raise DRFValidationError({"ladder": [_("Deze escalatieladder bestaat niet.")]})
    return ladder


@extend_schema_view(
    list=extend_schema(summary=_("Escalatieladders van de gemeente")),
    retrieve=extend_schema(summary=_("Eén escalatieladder")),
)
class LadderViewSet(viewsets.ReadOnlyModelViewSet):
    schema_tag = _("Escalatie")
    permission_classes = [IsAuthenticated, PolicyPermission]
    serializer_class = s.LadderSerializer
    pagination_class = None

    queryset = EscalationLadder.objects.none()  # for the schema: the model

    def get_queryset(self) -> QuerySet[EscalationLadder]:
        if getattr(self, "swagger_fake_view", False):
            return EscalationLadder.objects.none()
        municipality = municipality_of(self.request.user)
        if municipality is None:
            return EscalationLadder.objects.none()
        return services.ladders_for(municipality)


@extend_schema_view(
    list=extend_schema(summary=_("Escalaties")),
    retrieve=extend_schema(summary=_("Eén escalatie met haar stappen")),
)
class EscalationViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Escalatie")

    def get_queryset(self) -> QuerySet[Escalation]:
        found = Escalation.objects.select_related("case", "ladder").prefetch_related("steps")
        return self.scoped(found).order_by("-started_at", "-pk")

    def get_serializer_class(self):
        return {
            "create": s.StartEscalationSerializer,
            "answer_step": s.AnswerStepSerializer,
            "authority": s.AuthoritySerializer,
        }.get(self.action, s.EscalationSerializer)

    @extend_schema(
        summary=_("Opschalen langs de ladder"),
        description=_("Start bij stap 1 van de ladder; de termijn telt in werkdagen."),
        request=s.StartEscalationSerializer,
        responses={201: s.EscalationSerializer, 409: ALREADY_DONE},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = _valid(s.StartEscalationSerializer, request)
        case = data["case"]
        blockage = (
            case.blockages.filter(pk=data.get("blockage")).first() if data.get("blockage") else None
        )
        if data.get("blockage") and blockage is None:
            raise DRFValidationError({"blockage": [_("Dit knelpunt hoort niet bij deze casus.")]})
        escalation = services.start_escalation(
            request.user,
            case,
            ladder=_ladder(request, data["ladder"], case),
            question=data["question"],
            blockage=blockage,
        )
        return self.answer(self.get_queryset().get(pk=escalation.pk), s.EscalationSerializer)

    @extend_schema(
        summary=_("Antwoord op de open stap"),
        description=_(
            "Alleen wie op die stap staat (de rol), of bij een partner een casusmedewerker "
            "met de naam van wie antwoordde. Een stap overslaan geeft 409."
        ),
        request=s.AnswerStepSerializer,
        responses={200: s.EscalationSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"], url_path="answer", url_name="answer")
    def answer_step(self, request: Request, pk: str | None = None) -> Response:
        escalation = self.get_object()
        data = _valid(s.AnswerStepSerializer, request)
        services.answer_step(request.user, escalation, **data)
        return self._updated(escalation)

    def _updated(self, escalation: Escalation) -> Response:
        found = self.get_queryset().get(pk=escalation.pk)
        return self.answer(found, s.EscalationSerializer, AccessLog.Action.UPDATE, 200)

    @extend_schema(
        summary=_("Bevoegde gevonden"),
        description=_(
            "Bij ‘bevoegde onbekend’: verder langs de gekozen ladder (OMO-functionaris)."
        ),
        request=s.AuthoritySerializer,
        responses={200: s.EscalationSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"])
    def authority(self, request: Request, pk: str | None = None) -> Response:
        escalation = self.get_object()
        data = _valid(s.AuthoritySerializer, request)
        services.name_the_authority(
            request.user, escalation, ladder=_ladder(request, data["ladder"], escalation.case)
        )
        return self._updated(escalation)


@extend_schema_view(
    list=extend_schema(summary=_("Overlegtafels")),
    retrieve=extend_schema(summary=_("Eén overlegtafel")),
)
class RoundTableViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Escalatie")

    def get_queryset(self) -> QuerySet[RoundTable]:
        return self.scoped(RoundTable.objects.select_related("case")).order_by("-held_on", "-pk")

    def get_serializer_class(self):
        return {"create": s.NewRoundTableSerializer, "outcome": s.OutcomeTextSerializer}.get(
            self.action, s.RoundTableSerializer
        )

    @extend_schema(
        summary=_("Overlegtafel vastleggen"),
        request=s.NewRoundTableSerializer,
        responses={201: s.RoundTableSerializer},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = _valid(s.NewRoundTableSerializer, request)
        case = data.pop("case")
        table = services.hold_round_table(request.user, case, **data)
        return self.answer(table, s.RoundTableSerializer)

    @extend_schema(
        summary=_("Uitkomst van de overlegtafel"),
        request=s.OutcomeTextSerializer,
        responses={200: s.RoundTableSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"])
    def outcome(self, request: Request, pk: str | None = None) -> Response:
        table = self.get_object()
        data = _valid(s.OutcomeTextSerializer, request)
        table = services.record_round_table_outcome(request.user, table, data["outcome"])
        return self.answer(table, s.RoundTableSerializer, AccessLog.Action.UPDATE, 200)


@extend_schema_view(
    list=extend_schema(summary=_("Landelijke escalaties")),
    retrieve=extend_schema(
        summary=_("Eén landelijke escalatie"),
        description=_("`export` is het dossier zoals het is verzonden."),
    ),
)
class NationalEscalationViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Escalatie")

    def get_queryset(self) -> QuerySet[ExternalEscalation]:
        found = ExternalEscalation.objects.select_related("case")
        return self.scoped(found).order_by("-sent_at", "-pk")

    def get_serializer_class(self):
        return {"create": s.NewNationalSerializer, "record_answer": s.NationalAnswerSerializer}.get(
            self.action, s.NationalSerializer
        )

    @extend_schema(
        summary=_("Landelijk escaleren"),
        description=_(
            "Naar het Landelijk Maatwerkloket of het LET. Het dossier bevat persoonsgegevens "
            "alleen als het huishouden toestemming gaf; nooit BSN of adres. OMO-functionaris "
            "of teamleider."
        ),
        request=s.NewNationalSerializer,
        responses={201: s.NationalSerializer},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = _valid(s.NewNationalSerializer, request)
        external = services.escalate_externally(
            request.user, data["case"], body=data["body"], question=data["question"]
        )
        return self.answer(external, s.NationalSerializer)

    @extend_schema(
        summary=_("Antwoord vastleggen"),
        request=s.NationalAnswerSerializer,
        responses={200: s.NationalSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"], url_path="answer", url_name="answer")
    def record_answer(self, request: Request, pk: str | None = None) -> Response:
        external = self.get_object()
        data = _valid(s.NationalAnswerSerializer, request)
        external = services.record_external_answer(request.user, external, **data)
        return self.answer(external, s.NationalSerializer, AccessLog.Action.UPDATE, 200)


@extend_schema_view(
    list=extend_schema(summary=_("Time-outs")),
    retrieve=extend_schema(summary=_("Eén time-out")),
)
class TimeOutViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Time-out")

    def get_queryset(self) -> QuerySet[TimeOut]:
        return self.scoped(TimeOut.objects.select_related("case")).order_by("-starts_on", "-pk")

    def get_serializer_class(self):
        return {"create": s.NewTimeOutSerializer}.get(self.action, s.TimeOutSerializer)

    @extend_schema(
        summary=_("Time-out vastleggen"),
        request=s.NewTimeOutSerializer,
        responses={201: s.TimeOutSerializer},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = _valid(s.NewTimeOutSerializer, request)
        case = data.pop("case")
        return self.answer(
            services.register_time_out(request.user, case, **data), s.TimeOutSerializer
        )

    @extend_schema(
        summary=_("Time-out beëindigen"),
        request=None,
        responses={200: s.TimeOutSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"])
    def end(self, request: Request, pk: str | None = None) -> Response:
        ended = services.end_time_out(request.user, self.get_object())
        return self.answer(ended, s.TimeOutSerializer, AccessLog.Action.UPDATE, 200)


@extend_schema_view(
    list=extend_schema(summary=_("Plannen")),
    retrieve=extend_schema(summary=_("Eén plan met doelen en afspraken")),
)
class PlanViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Plan en monitoring")

    def get_queryset(self) -> QuerySet[Plan]:
        found = Plan.objects.select_related("case").prefetch_related("goals", "commitments")
        return self.scoped(found).order_by("-created_at", "-pk")

    def get_serializer_class(self):
        return {
            "create": s.NewPlanSerializer,
            "goals": s.NewGoalSerializer,
            "goal_status": s.GoalStatusSerializer,
            "carry_out": s.CarryOutSerializer,
        }.get(self.action, s.PlanSerializer)

    def _updated(self, plan: Plan, code: int = 200) -> Response:
        found = self.get_queryset().get(pk=plan.pk)
        return self.answer(found, s.PlanSerializer, AccessLog.Action.UPDATE, code)

    @extend_schema(
        summary=_("Plan opstellen"),
        description=_("Onder het goedgekeurde besluit; elk doel met wie en een uiterste datum."),
        request=s.NewPlanSerializer,
        responses={201: s.PlanSerializer, 409: ALREADY_DONE},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = _valid(s.NewPlanSerializer, request)
        goals = [
            services.NewGoal(g.get("description", ""), g.get("owner", ""), g.get("due_date"))
            for g in data["goals"]
        ]
        plan = services.make_plan(
            request.user,
            data["case"],
            summary=data["summary"],
            goals=goals,
            commitments=data.get("commitments", []),
        )
        return self.answer(self.get_queryset().get(pk=plan.pk), s.PlanSerializer)

    @extend_schema(
        summary=_("Doel toevoegen"),
        request=s.NewGoalSerializer,
        responses={201: s.PlanSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"])
    def goals(self, request: Request, pk: str | None = None) -> Response:
        plan = self.get_object()
        data = _valid(s.NewGoalSerializer, request)
        services.add_goal(
            request.user,
            plan,
            services.NewGoal(
                data.get("description", ""), data.get("owner", ""), data.get("due_date")
            ),
        )
        return self._updated(plan, 201)

    @extend_schema(
        summary=_("Stand van een doel"),
        request=s.GoalStatusSerializer,
        responses={200: s.PlanSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"], url_path="goal-status", url_name="goal-status")
    def goal_status(self, request: Request, pk: str | None = None) -> Response:
        plan = self.get_object()
        data = _valid(s.GoalStatusSerializer, request)
        goal = get_object_or_404(plan.goals, pk=data["goal"])
        services.set_goal_status(request.user, goal, data["status"])
        return self._updated(plan)

    @extend_schema(
        summary=_("Oplossing uitgevoerd"),
        description=_("De casus gaat naar monitoring; de monitoringsmomenten worden gepland."),
        request=s.CarryOutSerializer,
        responses={200: s.PlanSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"], url_path="carry-out", url_name="carry-out")
    def carry_out(self, request: Request, pk: str | None = None) -> Response:
        plan = self.get_object()
        data = _valid(s.CarryOutSerializer, request)
        services.carry_out(request.user, plan, on=data.get("on"))
        return self._updated(plan)


@extend_schema_view(
    list=extend_schema(summary=_("Monitoringsmomenten")),
    retrieve=extend_schema(summary=_("Eén monitoringsmoment")),
)
class MonitoringMomentViewSet(RouteRecordViewSet):
    schema_tag = _("Plan en monitoring")

    def get_queryset(self) -> QuerySet[MonitoringMoment]:
        found = MonitoringMoment.objects.select_related("case").prefetch_related("domain_results")
        return self.scoped(found).order_by("due_date", "pk")

    def get_serializer_class(self):
        return (
            s.MonitoringAnswerSerializer if self.action == "answer_moment" else s.MomentSerializer
        )

    @extend_schema(
        summary=_("Monitoring vastleggen"),
        description=_(
            "Per leefgebied beter/gelijk/slechter en het oordeel van het huishouden (verplicht)."
        ),
        request=s.MonitoringAnswerSerializer,
        responses={200: s.MomentSerializer, 409: ALREADY_DONE},
    )
    @action(detail=True, methods=["post"], url_path="answer", url_name="answer")
    def answer_moment(self, request: Request, pk: str | None = None) -> Response:
        moment = self.get_object()
        data = _valid(s.MonitoringAnswerSerializer, request)
        services.answer_moment(request.user, moment, services.MonitoringAnswer(**data))
        found = self.get_queryset().get(pk=moment.pk)
        return self.answer(found, s.MomentSerializer, AccessLog.Action.UPDATE, 200)


@extend_schema_view(
    list=extend_schema(summary=_("Evaluaties")),
    retrieve=extend_schema(summary=_("Eén evaluatie")),
)
class EvaluationViewSet(mixins.CreateModelMixin, RouteRecordViewSet):
    schema_tag = _("Plan en monitoring")

    def get_queryset(self) -> QuerySet[Evaluation]:
        return self.scoped(Evaluation.objects.select_related("case")).order_by("-evaluated_at")

    def get_serializer_class(self):
        return s.NewEvaluationSerializer if self.action == "create" else s.EvaluationSerializer

    @extend_schema(
        summary=_("Evalueren en afsluiten"),
        description=_(
            "Na het laatste monitoringsmoment; sluit de route en de casus af (eerder: 409)."
        ),
        request=s.NewEvaluationSerializer,
        responses={201: s.EvaluationSerializer, 409: ALREADY_DONE},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = _valid(s.NewEvaluationSerializer, request)
        evaluation = services.evaluate_and_close(
            request.user, data["case"], embedded=data["embedded"], lessons=data["lessons"]
        )
        return self.answer(evaluation, s.EvaluationSerializer)


_DEADLINE_ITEM_FIELDS = {
    "id": serializers.IntegerField(),
    "case": serializers.IntegerField(),
    "reference": serializers.CharField(),
    "due_date": serializers.DateField(allow_null=True),
    "overdue": serializers.BooleanField(),
    "what": serializers.CharField(),
}


class DeadlinesView(APIView):
    """Wat op de route over de termijn is of binnenkort afloopt, in de casussen waar de
    gebruiker voor staat: besluiten, escalatiestappen, time-outs, monitoringsmomenten, doelen."""

    permission_classes = [IsAuthenticated, PolicyPermission]
    schema_tag = _("Plan en monitoring")

    @extend_schema(
        summary=_("Termijnen"),
        responses=inline_serializer(
            "Deadlines",
            {
                "today": serializers.DateField(),
                "window_end": serializers.DateField(),
                "sections": inline_serializer(
                    "DeadlineSection",
                    {
                        "key": serializers.CharField(),
                        "title": serializers.CharField(),
                        "more": serializers.BooleanField(),
                        "items": inline_serializer(
                            "DeadlineItem", _DEADLINE_ITEM_FIELDS, many=True
                        ),
                    },
                    many=True,
                ),
            },
        ),
    )
    def get(self, request: Request) -> Response:
        work = worklist(request.user, timezone.localdate())
        sections, case_ids = deadline_rows(work)
        log_access(
            user=request.user,
            action=AccessLog.Action.READ,
            channel="api:deadlines",
            request=request,
            details={"cases": case_ids},
        )
        return Response({"today": work.today, "window_end": work.window_end, "sections": sections})
