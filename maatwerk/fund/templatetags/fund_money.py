"""Amounts in euros the Dutch way (EUR 3.080,00), as the kassabon and the ledger show them."""

from decimal import Decimal

from django import template

from maatwerk.accounts import policy

from ..compute import euro as _euro

register = template.Library()


@register.filter
def euro(value) -> str:
    if value in (None, ""):
        return ""
    return _euro(Decimal(value))


@register.filter
def months(value) -> str:
    return "" if value is None else str(value)


@register.simple_tag(takes_context=True)
def may_open_fund(context, view_name: str, method: str = "GET") -> bool:
    request = context.get("request")
    return request is not None and policy.is_allowed(view_name, method, request.user)


@register.filter
def payer_label(value: str) -> str:
    from ..models import PayerKind

    try:
        return str(PayerKind(value).label)
    except ValueError:
        return value
