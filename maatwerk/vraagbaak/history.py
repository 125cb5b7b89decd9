"""The vraagbaak's records in the change history (django-auditlog): who wrote, changed or
published a precedent, and who changed the synonym list. The services run under set_actor."""

from auditlog.registry import auditlog

from .models import Precedent, Synonym

auditlog.register(Precedent, exclude_fields=["updated_at"], m2m_fields={"rules", "organisations"})
auditlog.register(Synonym, exclude_fields=["updated_at"])
