"""The register's records in the change history (django-auditlog); writes run under
set_actor in the services, the admin gets its actor from auditlog's middleware."""

from auditlog.registry import auditlog

from .models import Authority, Contact, PartnerRequest

auditlog.register(Contact)
auditlog.register(Authority)
auditlog.register(PartnerRequest)
