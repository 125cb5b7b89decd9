from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RouteConfig(AppConfig):
    """The maatwerk route on top of the case file: the weekly consultation, the canvas, the
    Waardendriehoek, the proposal, advice and decision by mandate, the decision letter; after
    the decision the escalation ladder, the time-out, the plan, monitoring and evaluation."""

    name = "maatwerk.route"
    verbose_name = _("Maatwerkroute")
    policy = "maatwerk.route.policy"
    timeline_kinds = "maatwerk.route.timeline.KINDS"
    dossier_sections = "maatwerk.route.dossier.SECTIONS"
    case_list_columns = "maatwerk.route.case_list.COLUMNS"
    case_list_filters = "maatwerk.route.case_list.FILTERS"
    personal_data = "maatwerk.route.personal_data.DECLARATION"
    case_erasure = "maatwerk.route.erasure.ERASURE"
    due_reminders = "maatwerk.route.deadlines.due_reminders"
