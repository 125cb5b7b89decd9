"""Functioneel beheer configures the route per municipality: the weekly consultation, who
decides at which level, the College threshold and the decision letter."""

from django import forms
from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.admin_base import BeheerAdmin
from maatwerk.accounts.roles import capabilities_of

from .models import EscalationLadder, LadderStep, RouteSettings
from .services import DEFAULT_TEMPLATE, PLACEHOLDERS, check_template


class RouteSettingsForm(forms.ModelForm):
    class Meta:
        model = RouteSettings
        fields = [
            "municipality",
            "consultation_weekday",
            "consultation_time",
            "consultation_place",
            "within_frameworks_role",
            "college_threshold",
            "college_recorder_role",
            "objection_body",
            "letter_template",
            "decision_term_working_days",
            "reminder_working_days",
            "monitoring_months",
        ]
        widgets = {"letter_template": forms.Textarea(attrs={"rows": 24, "cols": 90})}

    def clean_letter_template(self) -> str:
        text = self.cleaned_data["letter_template"]
        if text.strip():
            check_template(text)
        return text


@admin.register(RouteSettings)
class RouteSettingsAdmin(BeheerAdmin):
    form = RouteSettingsForm
    list_display = [
        "municipality",
        "consultation_weekday",
        "consultation_time",
        "within_frameworks_role",
        "college_threshold",
    ]
    readonly_fields = ["placeholders", "default_letter"]
    fieldsets = [
        (
            _("Casusoverleg"),
            {
                "fields": [
                    "municipality",
                    "consultation_weekday",
                    "consultation_time",
                    "consultation_place",
                ]
            },
        ),
        (
            _("Mandaat"),
            {"fields": ["within_frameworks_role", "college_threshold", "college_recorder_role"]},
        ),
        (
            _("Termijnen en monitoring"),
            {
                "fields": [
                    "decision_term_working_days",
                    "reminder_working_days",
                    "monitoring_months",
                ]
            },
        ),
        (
            _("Besluitbrief"),
            {"fields": ["objection_body", "letter_template", "placeholders", "default_letter"]},
        ),
    ]

    @admin.display(description=_("Velden voor het sjabloon"))
    def placeholders(self, obj) -> str:
        return format_html_join(
            "", "<div><code>{{{{ {} }}}}</code>: {}</div>", PLACEHOLDERS.items()
        )

    @admin.display(description=_("Standaardbrief (als het sjabloon leeg is)"))
    def default_letter(self, obj) -> str:
        return format_html_join("", "<pre>{}</pre>", [(DEFAULT_TEMPLATE,)])

    def has_delete_permission(self, request, obj=None) -> bool:
        # Without its row a municipality would silently fall back to the defaults.
        return False


class LadderStepInline(admin.TabularInline):
    model = LadderStep
    extra = 1
    fields = ["number", "title", "holder_role", "term_working_days"]

    # The role table decides, as for BeheerAdmin, for the rows inside the ladder's page.
    def _is_beheerder(self, request) -> bool:
        return capabilities_of(request.user).admin

    def has_view_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_add_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)


@admin.register(EscalationLadder)
class EscalationLadderAdmin(BeheerAdmin):
    """The internal escalation route per kind of blockage: who is at each step and how many
    working days they have to answer. A ladder without steps is "bevoegde onbekend"."""

    list_display = ["name", "municipality", "domain", "authority_unknown"]
    list_filter = ["municipality"]
    inlines = [LadderStepInline]

    def has_delete_permission(self, request, obj=None) -> bool:
        # A ladder that escalations went up stays, so their history can still be read.
        if obj is not None and obj.pk and obj_has_escalations(obj):
            return False
        return super().has_delete_permission(request, obj)


def obj_has_escalations(ladder: EscalationLadder) -> bool:
    from .models import Escalation

    return Escalation.objects.filter(ladder=ladder).exists()
