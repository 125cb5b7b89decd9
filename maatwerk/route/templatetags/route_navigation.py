"""The navigation shows a route screen only to whoever the authorization table lets open it,
so a link never leads to "Geen toegang"."""

from django import template

from maatwerk.accounts import policy

register = template.Library()


@register.simple_tag(takes_context=True)
def may_open(context, view_name: str) -> bool:
    request = context.get("request")
    return request is not None and policy.is_allowed(view_name, "GET", request.user)
