"""Change history (who, when, old → new) of everything in a case file, kept by django-auditlog.
The BSN ciphertext and its hash are never written into the history."""

from auditlog.registry import auditlog

from .models import (
    Blockage,
    Case,
    CaseDomain,
    CaseOrganisation,
    Household,
    Member,
    Organisation,
    Professional,
    RegularRoute,
    Rule,
)

auditlog.register(Household)
auditlog.register(Member, exclude_fields=["bsn_encrypted", "bsn_hash"])
# updated_at moves on every save; recording it would make every save look like a change.
auditlog.register(Case, exclude_fields=["updated_at"])
for model in (CaseDomain, CaseOrganisation, Professional, Blockage, RegularRoute):
    auditlog.register(model)
# The reference lists functioneel beheer maintains: who changed a rule or organisation, when.
auditlog.register(Organisation)
auditlog.register(Rule)
