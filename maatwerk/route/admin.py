"""Functioneel beheer configures the route per municipality: the weekly consultation, who
decides at which level, the College threshold and the decision letter."""

from django import forms
from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.admin_base import BeheerAdmin

from .models import RouteSettings
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
