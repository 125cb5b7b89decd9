"""Only the reference lists are maintained in the admin. Case files hold personal data and are
worked on in the case screens, where access is scoped and logged."""

from django.contrib import admin

from maatwerk.accounts.admin_base import BeheerAdmin

from .models import Organisation, Rule


@admin.register(Organisation)
class OrganisationAdmin(BeheerAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


@admin.register(Rule)
class RuleAdmin(BeheerAdmin):
    list_display = ["name", "law", "owner", "active"]
    list_filter = ["active", "law"]
    search_fields = ["name", "law"]
    autocomplete_fields = ["owner"]

    def has_delete_permission(self, request, obj=None) -> bool:
        # A rule used in blockages stays for the statistics; switch it off with `active`.
        return False
