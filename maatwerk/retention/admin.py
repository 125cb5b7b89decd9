"""The beheerder maintains the retention terms and reads the destruction list here. The list
itself is written only by `apply_retention` and cannot be changed or removed."""

from django.contrib import admin

from maatwerk.accounts.admin_base import BeheerAdmin

from .models import DestructionRecord, FileKind, RetentionRule


@admin.register(RetentionRule)
class RetentionRuleAdmin(BeheerAdmin):
    list_display = ["kind", "years", "action", "legal_source", "updated_at"]
    fields = ["kind", "years", "action", "legal_source", "explanation", "updated_at"]
    readonly_fields = ["updated_at"]

    def get_readonly_fields(self, request, obj=None):
        # The kind is what a rule is for; change the term, never what it applies to.
        if obj is not None:
            return [*self.readonly_fields, "kind"]
        return self.readonly_fields

    def has_add_permission(self, request) -> bool:
        # One rule per kind; the defaults come with the software.
        missing = RetentionRule.objects.count() < len(FileKind.values)
        return missing and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        # Without a rule, cases of that kind would silently be kept forever.
        return False


@admin.register(DestructionRecord)
class DestructionRecordAdmin(BeheerAdmin):
    list_display = [
        "executed_at",
        "case_reference",
        "kind",
        "action",
        "rule_years",
        "closed_at",
        "run_id",
    ]
    list_filter = ["action", "kind"]
    search_fields = ["case_reference", "run_id"]
    date_hierarchy = "executed_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
