"""The change history of what beheer edits: the catalogue of kengetallen, the funds and their
mandate limits (django-auditlog, as for the case file)."""

from auditlog.registry import auditlog

from .models import CostItem, Fund, MandateLimit

auditlog.register(CostItem)
auditlog.register(Fund)
auditlog.register(MandateLimit)
