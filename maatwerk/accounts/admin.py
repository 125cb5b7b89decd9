from auditlog.models import LogEntry
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authtoken.models import TokenProxy

from maatwerk.core.models import DeclaredDay

from . import services
from .admin_base import BeheerAdmin
from .admin_forms import (
    AccountChangeForm,
    AccountCreationForm,
    BeheerPasswordResetForm,
    current_admin_request,
)
from .models import Municipality, Team, User

# Access follows the role table; Django groups would be a second, competing mechanism.
admin.site.unregister(Group)
# The change history holds personal data: it is read per case on the audit screen, where each
# look is logged, and never edited.
admin.site.unregister(LogEntry)
# Creating an API token or an authenticator device for someone else would let beheer act as
# that person. Tokens are made on the server (`manage.py drf_create_token`); a lost phone is
# handled by the "reset second factor" action below, which only removes devices.
admin.site.unregister(TokenProxy)
admin.site.unregister(TOTPDevice)


@admin.register(Municipality)
class MunicipalityAdmin(BeheerAdmin):
    list_display = ["name", "code"]
    fieldsets = [
        (None, {"fields": ["name", "code"]}),
        (
            gettext_lazy(
                "Wie keurt een rol met persoonsgegevens of beheerrechten goed (vier ogen)"
            ),
            {
                "fields": [
                    "grant_approval_by_beheerder",
                    "grant_approval_by_omo",
                    "grant_approval_by_security_officer",
                ],
                "description": gettext_lazy(
                    "De aanvrager en het account zelf keuren nooit goed. Staat niets aan, dan "
                    "kan niemand zo'n rol toekennen."
                ),
            },
        ),
    ]


@admin.register(Team)
class TeamAdmin(BeheerAdmin):
    list_display = ["name", "kind", "municipality"]
    list_filter = ["kind", "municipality"]


@admin.register(User)
class UserAdmin(BeheerAdmin, DjangoUserAdmin):
    """Accounts are changed only through accounts.services: the form asks, the service decides
    (no changes to one's own access, four-eyes for roles with personal data) and records."""

    form = AccountChangeForm
    add_form = AccountCreationForm
    change_password_form = BeheerPasswordResetForm
    list_display = ["username", "first_name", "last_name", "role", "team", "is_active"]
    list_filter = ["role", "team", "is_active"]
    list_editable = []
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        (gettext_lazy("Persoon"), {"fields": ["first_name", "last_name", "email"]}),
        (
            gettext_lazy("Rol en team"),
            {"fields": ["role", "team", "municipality", "is_active", "reason"]},
        ),
        (gettext_lazy("Tijden"), {"fields": ["last_login", "date_joined", "must_change_password"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "fields": [
                    "username",
                    "password1",
                    "password2",
                    "first_name",
                    "last_name",
                    "email",
                    "role",
                    "team",
                    "municipality",
                    "reason",
                ]
            },
        ),
    ]
    readonly_fields = ["last_login", "date_joined", "must_change_password"]
    actions = ["reset_second_factor"]

    def has_delete_permission(self, request, obj=None) -> bool:
        # Users are deactivated, never deleted: the audit trail keeps pointing at them.
        return False

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        # The form checks the change against the service's rules for this actor.
        return type(form.__name__, (form,), {"actor": request.user})

    def save_model(self, request, obj, form, change) -> None:
        if change:
            original = User.objects.get(pk=obj.pk)
            outcome = services.change_account(
                request.user,
                original,
                form.account_changes(),
                reason=form.cleaned_data.get("reason", ""),
                request=request,
            )
            obj.refresh_from_db()
        else:
            data = form.cleaned_data
            outcome = services.create_account(
                request.user,
                username=data["username"],
                password=data["password1"],
                role=data["role"],
                team=data.get("team"),
                municipality=data.get("municipality"),
                reason=data.get("reason", ""),
                request=request,
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
                email=data.get("email", ""),
            )
            obj.pk = outcome.account.pk
            obj._state.adding = False
            obj.refresh_from_db()
        request._maatwerk_grant = outcome.grant

    def save_related(self, request, form, formsets, change) -> None:
        """Nothing related is edited here; the service saved everything there is."""

    def _grant_message(self, request) -> None:
        if getattr(request, "_maatwerk_grant", None) is not None:
            self.message_user(
                request,
                _(
                    "De rol is aangevraagd. Hij gaat pas in als een tweede "
                    "persoon de aanvraag goedkeurt (Accountwijzigingen)."
                ),
                messages.WARNING,
            )

    def response_add(self, request, obj, post_url_continue=None):
        self._grant_message(request)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._grant_message(request)
        return super().response_change(request, obj)

    def user_change_password(self, request, id, form_url=""):
        account = self.get_object(request, unquote(id))
        if account is not None and account.pk == request.user.pk:
            self.message_user(
                request,
                _("Uw eigen wachtwoord wijzigt u zelf via ‘Wachtwoord wijzigen’."),
                messages.ERROR,
            )
            return HttpResponseRedirect(reverse("admin:accounts_user_change", args=[account.pk]))
        token = current_admin_request.set(request)
        try:
            return super().user_change_password(request, id, form_url)
        finally:
            current_admin_request.reset(token)

    @admin.action(description=gettext_lazy("Tweede factor herstellen (telefoon kwijt)"))
    def reset_second_factor(self, request, queryset) -> None:
        for account in queryset:
            try:
                services.reset_second_factor(request.user, account, request=request)
            except ValidationError as error:
                message = f"{account.username}: {error.messages[0]}"
                self.message_user(request, message, messages.ERROR)
            else:
                self.message_user(
                    request,
                    _(
                        "%(user)s stelt bij de volgende aanmelding een nieuwe tweede factor in; "
                        "open sessies zijn beëindigd."
                    )
                    % {"user": account.username},
                    messages.SUCCESS,
                )


@admin.register(DeclaredDay)
class DeclaredDayAdmin(BeheerAdmin):
    """The days declared equal to a public holiday; every term in the product skips them."""

    list_display = ["day", "description"]
    date_hierarchy = "day"
