"""Functioneel beheer keeps the synonym list of the field's vocabulary (and may look after
precedents: writing them is the OMO-functionaris's, on the vraagbaak's own screens)."""

from django.contrib import admin

from maatwerk.accounts.admin_base import BeheerAdmin

from . import search
from .models import Precedent, Synonym


@admin.register(Synonym)
class SynonymAdmin(BeheerAdmin):
    list_display = ["terms", "note", "updated_at"]
    search_fields = ["terms", "note"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        search.changed()

    def delete_model(self, request, obj) -> None:
        super().delete_model(request, obj)
        search.changed()


@admin.register(Precedent)
class PrecedentAdmin(BeheerAdmin):
    list_display = ["external_id", "title", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["external_id", "title"]
    filter_horizontal = ["rules", "organisations"]
