"""Functioneel beheer configures the funds (name, year, source, the rules in plain words, the
mandate limits per role) and keeps the catalogue of kengetallen. Every change is in the change
history (fund/history.py). Money is never entered here: the budget is a booking on the ledger
(the controller's), and the ledger itself has no admin screen — it is never edited."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.admin_base import BeheerAdmin

from .models import CostItem, Fund, MandateLimit


class MandateLimitInline(admin.TabularInline):
    model = MandateLimit
    extra = 1

    def _is_beheerder(self, request) -> bool:
        from maatwerk.accounts.roles import capabilities_of

        return capabilities_of(request.user).admin

    def has_view_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_add_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._is_beheerder(request)


class FundForm(forms.ModelForm):
    class Meta:
        model = Fund
        fields = [
            "municipality",
            "name",
            "kind",
            "year",
            "source",
            "source_note",
            "rules",
            "is_open",
        ]
        widgets = {"rules": forms.Textarea(attrs={"rows": 6, "cols": 80})}


@admin.register(Fund)
class FundAdmin(BeheerAdmin):
    form = FundForm
    inlines = [MandateLimitInline]
    list_display = ["name", "year", "kind", "source", "is_open", "municipality"]
    list_filter = ["year", "kind", "is_open"]

    def has_delete_permission(self, request, obj=None) -> bool:
        # A fund with bookings is the municipality's financial record.
        return False


@admin.register(CostItem)
class CostItemAdmin(BeheerAdmin):
    list_display = ["name", "unit_cost", "unit", "low", "high", "payer", "source", "source_year"]
    list_filter = ["payer", "unit", "is_active"]
    search_fields = ["name", "source"]
    fieldsets = [
        (None, {"fields": ["name", "unit_cost", "unit", "low", "high", "payer", "is_active"]}),
        (
            _("Bron"),
            {
                "fields": ["source", "source_year", "note"],
                "description": _("Noem de publicatie en het jaar, of de seed."),
            },
        ),
    ]

    def has_delete_permission(self, request, obj=None) -> bool:
        # Kassabon lines point at their kengetal; take it out of use instead.
        return False
