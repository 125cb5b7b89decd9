"""The insights app's records in the change history (django-auditlog); writes run under
set_actor in the services."""

from auditlog.registry import auditlog

from .models import Findings, PolicySignal

auditlog.register(Findings)
auditlog.register(PolicySignal, m2m_fields={"cases", "precedents"})
