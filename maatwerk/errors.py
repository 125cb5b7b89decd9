"""The product's own error pages: Dutch HTML for the screens, JSON under /api/v1/.

Django shows its English debug pages (with the URL list) for a 404 or a 500 whenever DEBUG is
on, which it is in the demo (`make run`). DevErrorPagesMiddleware serves the product's pages
there too; a developer who wants Django's debug pages sets DJANGO_DEBUG_PAGES=true."""

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

API_PREFIX = "/api/v1/"
request_log = logging.getLogger("django.request")


def _error(request: HttpRequest, status: int, template: str, message: str) -> HttpResponse:
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": message}, status=status)
    return render(request, template, status=status)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404, "404.html", _("Niet gevonden."))


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 403, "403.html", _("U heeft geen toegang tot deze gegevens."))


def server_error(request: HttpRequest) -> HttpResponse:
    """Rendered without context processors: whatever broke may be one of them."""
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": _("Er ging iets mis aan onze kant.")}, status=500)
    return HttpResponse(loader.get_template("500.html").render(), status=500)


class DevErrorPagesMiddleware:
    """With DEBUG on and DJANGO_DEBUG_PAGES off: an unknown URL, a Http404 or an unexpected
    error gets the product's page instead of Django's debug page. The traceback of a 500
    still goes to the console. Does nothing when DEBUG is off (Django uses the handlers)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.active = settings.DEBUG and not settings.DEBUG_ERROR_PAGES

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.active:
            try:
                resolve(request.path_info)
            except Resolver404:
                request_log.warning("Not Found: %s", request.path)
                return page_not_found(request)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not self.active:
            return None
        if isinstance(exception, PermissionDenied | BadRequest | SuspiciousOperation):
            return None  # Django answers these with the handlers, also in DEBUG
        if isinstance(exception, Http404):
            request_log.warning("Not Found: %s", request.path)
            return page_not_found(request, exception)
        request_log.error("Internal Server Error: %s", request.path, exc_info=exception)
        return server_error(request)
