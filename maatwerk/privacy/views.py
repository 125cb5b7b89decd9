"""Screens for the OMO-functionaris handling a request for access (AVG art. 15). Thin: the
services check the role, find the person, and log every search and export."""

import json

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from . import services
from .forms import SubjectSearchForm


@login_required
def access_request(request: HttpRequest) -> HttpResponse:
    """The request form (POST, so a BSN never ends up in a URL or a server log) and the
    members it matches."""
    services.check_may_handle_requests(request.user, request=request)
    form = SubjectSearchForm(request.POST if request.method == "POST" else None)
    context = {"form": form, "searched": False}
    if form.is_valid():
        bsn = form.cleaned_data["bsn"]
        matches = services.find_subjects(
            request.user, bsn=bsn, member_id=form.cleaned_data["gezinslid"], request=request
        )
        context |= {"searched": True, "matches": matches}
        if not matches:
            context["not_found"] = (
                _("Er is geen gezinslid gevonden met dit BSN.")
                if bsn
                else _("Er is geen gezinslid gevonden met dit nummer.")
            )
    return render(request, "privacy/access_request.html", context)


@login_required
def subject_export_page(request: HttpRequest, pk: int) -> HttpResponse:
    member = services.get_subject(request.user, pk, request=request)
    export = services.export_subject(request.user, member, request=request, form="html")
    return render(request, "privacy/subject_export.html", {"member": member, "export": export})


@login_required
def subject_export_download(request: HttpRequest, pk: int) -> HttpResponse:
    member = services.get_subject(request.user, pk, request=request)
    export = services.export_subject(request.user, member, request=request, form="json")
    response = HttpResponse(
        json.dumps(export, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"inzageverzoek-gezinslid-{member.pk}-{timezone.localdate():%Y%m%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
