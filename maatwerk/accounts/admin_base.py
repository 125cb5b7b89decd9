from django.contrib import admin
from django.http import HttpRequest

from .roles import capabilities_of


class BeheerAdmin(admin.ModelAdmin):
    """Configuration screens for functioneel beheer. Permission comes from the role table, not
    from Django's per-model permissions, so there is one place that decides."""

    def _is_beheerder(self, request: HttpRequest) -> bool:
        return capabilities_of(request.user).admin

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._is_beheerder(request)

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._is_beheerder(request)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._is_beheerder(request)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return self._is_beheerder(request)
