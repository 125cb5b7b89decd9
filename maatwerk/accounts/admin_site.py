from django.contrib.admin import AdminSite
from django.http import HttpRequest

from .roles import capabilities_of


def restrict_admin_to_beheerder(site: AdminSite) -> None:
    """Django admin is for functioneel beheer only: staff status alone does not open it."""

    def has_permission(request: HttpRequest) -> bool:
        return request.user.is_active and capabilities_of(request.user).admin

    site.has_permission = has_permission
    site.site_header = "Maatwerk – functioneel beheer"
    site.site_title = "Maatwerk beheer"
