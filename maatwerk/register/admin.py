"""Functioneel beheer keeps the register: contact persons and the authority map. Requests to
partners are about households: they are not in the admin (beheer sees no personal data)."""

from django.contrib import admin

from maatwerk.accounts.admin_base import BeheerAdmin

from .models import Authority, Contact


@admin.register(Contact)
class ContactAdmin(BeheerAdmin):
    list_display = ["name", "organisation", "function", "phone", "email", "active"]
    list_filter = ["active", "organisation"]
    search_fields = ["name", "function", "organisation__name"]
    autocomplete_fields = ["substitute"]


@admin.register(Authority)
class AuthorityAdmin(BeheerAdmin):
    list_display = ["rule", "status", "holder", "ground"]
    list_filter = ["status"]
