from auditlog.models import LogEntry
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from .admin_base import BeheerAdmin
from .models import Municipality, Team, User
from .services import deactivate_user

# Access follows the role table; Django groups would be a second, competing mechanism.
admin.site.unregister(Group)
# The change history holds personal data: it is read per case on the audit screen, where each
# look is logged, and never edited.
admin.site.unregister(LogEntry)


@admin.register(Municipality)
class MunicipalityAdmin(BeheerAdmin):
    list_display = ["name", "code"]


@admin.register(Team)
class TeamAdmin(BeheerAdmin):
    list_display = ["name", "kind", "municipality"]
    list_filter = ["kind", "municipality"]


@admin.register(User)
class UserAdmin(BeheerAdmin, DjangoUserAdmin):
    list_display = ["username", "first_name", "last_name", "role", "team", "is_active"]
    list_filter = ["role", "team", "is_active"]
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        (_("Persoon"), {"fields": ["first_name", "last_name", "email"]}),
        (_("Rol en team"), {"fields": ["role", "team", "municipality", "is_active"]}),
        (_("Tijden"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"fields": ["username", "password1", "password2", "role", "team", "municipality"]}),
    ]
    readonly_fields = ["last_login", "date_joined"]

    def has_delete_permission(self, request, obj=None) -> bool:
        # Users are deactivated, never deleted: the audit trail keeps pointing at them.
        return False

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            deactivate_user(obj)
