"""The per-case audit screen, under /audit/ and the URL namespace "audit" it always had. The
screen lives in the cases app (it shows a case file's history), so the audit app itself
depends on no domain app."""

from django.urls import path

from .views.audit import case_audit

app_name = "audit"

urlpatterns = [
    path("casussen/<int:pk>/", case_audit, name="case"),
]
