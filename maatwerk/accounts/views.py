import base64
import math

import qrcode
import qrcode.image.svg
import structlog
from django import forms
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from maatwerk.core.forms import NLDesignFormMixin

from . import services
from .forms import OwnPasswordChangeForm
from .grants import decide_role_grant, may_decide, pending_grants
from .history import read_account_changes
from .models import RoleGrantRequest
from .roles import capabilities_of

log = structlog.get_logger(__name__)


class TokenForm(NLDesignFormMixin, forms.Form):
    token = forms.CharField(
        label=_("Code uit uw authenticator-app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "/"


def _throttled_message(throttle: dict | None) -> str:
    locked_until = (throttle or {}).get("locked_until")
    if locked_until is None:
        return gettext_now("Er zijn te veel onjuiste codes ingevoerd. Probeer het zo opnieuw.")
    seconds = max(1, math.ceil((locked_until - timezone.now()).total_seconds()))
    return gettext_now(
        "Er zijn te veel onjuiste codes achter elkaar ingevoerd. Uit veiligheid wordt even "
        "geen enkele code geaccepteerd, ook geen juiste. Probeer het over %(seconds)s "
        "seconden opnieuw (na %(time)s) met de code die uw app dan toont."
    ) % {
        "seconds": seconds,
        "time": time_format(timezone.localtime(locked_until), "H:i:s"),
    }


@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """Verify the second factor, or set it up first when the user has no confirmed device."""
    user = request.user
    if user.is_verified():
        return redirect(_safe_next(request))
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    setting_up = device is None
    if setting_up:
        device, _created = TOTPDevice.objects.get_or_create(
            user=user, confirmed=False, defaults={"name": "authenticator"}
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, throttle = device.verify_is_allowed()
        if not allowed:
            # django-otp refuses every code, right or wrong, for a while after a wrong one.
            log.info("two_factor_throttled", user_id=user.pk)
            form.add_error("token", _throttled_message(throttle))
        elif device.verify_token(form.cleaned_data["token"].strip()):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            log.info("two_factor_verified", user_id=user.pk, new_device=setting_up)
            return redirect(_safe_next(request))
        else:
            log.warning("two_factor_failed", user_id=user.pk)
            form.add_error(
                "token", _("Deze code klopt niet of is verlopen. Probeer de nieuwe code.")
            )
    context = {"form": form, "setting_up": setting_up, "next": _safe_next(request)}
    if setting_up:
        context["qr_svg"] = mark_safe(_qr_svg(device.config_url))  # noqa: S308  our own SVG
        context["secret"] = base64.b32encode(device.bin_key).decode()
    return render(request, "accounts/two_factor.html", context)


@login_required
def password_change(request: HttpRequest) -> HttpResponse:
    """Choose one's own password; required after beheer set a temporary one."""
    form = OwnPasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.change_own_password(
            request.user, form.cleaned_data["new_password1"], request=request
        )
        update_session_auth_hash(request, request.user)
        messages.success(request, _("Uw wachtwoord is gewijzigd."))
        return redirect(_safe_next(request))
    return render(
        request,
        "accounts/password_change.html",
        {"form": form, "forced": request.user.must_change_password, "next": _safe_next(request)},
    )


@login_required
def account_changes(request: HttpRequest) -> HttpResponse:
    """Every change to an account, and the role requests waiting for a second person."""
    if not capabilities_of(request.user).review_accounts:
        raise PermissionDenied
    page, rows = read_account_changes(request.user, page=request.GET.get("pagina"), request=request)
    grants = [(grant, may_decide(request.user, grant)) for grant in pending_grants()]
    return render(
        request, "accounts/account_changes.html", {"page": page, "rows": rows, "grants": grants}
    )


@require_POST
@login_required
def decide_grant(request: HttpRequest, pk: int) -> HttpResponse:
    if not capabilities_of(request.user).review_accounts:
        raise PermissionDenied
    grant = get_object_or_404(RoleGrantRequest, pk=pk)
    decision = request.POST.get("besluit")
    if decision not in ("goedkeuren", "afwijzen"):
        messages.error(request, _("Kies goedkeuren of afwijzen."))
        return redirect("accounts:changes")
    try:
        decide_role_grant(
            request.user,
            grant,
            approve=decision == "goedkeuren",
            note=request.POST.get("toelichting", "")[:2000],
            request=request,
        )
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", None) or [str(error)]))
        return redirect("accounts:changes")
    if decision == "goedkeuren":
        messages.success(request, _("De aanvraag is goedgekeurd; de rol is toegekend."))
    else:
        messages.success(request, _("De aanvraag is afgewezen; het account is niet gewijzigd."))
    return redirect("accounts:changes")


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    """The user's own inbox: reminders of terms. POST marks them read."""
    from .notifications import inbox, mark_read

    if request.method == "POST":
        mark_read(request.user)
        messages.success(request, gettext_now("Alle meldingen zijn als gelezen gemarkeerd."))
        return redirect("accounts:notifications")
    return render(request, "accounts/notifications.html", {"items": inbox(request.user)})
