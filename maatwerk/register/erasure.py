"""The register's part when a case file is anonymised or destroyed (`case_erasure`)."""

from .models import PartnerRequest

__all__ = ["ERASURE", "RegisterErasure"]


class RegisterErasure:
    def anonymise(self, case_id: int) -> None:
        PartnerRequest.objects.filter(case_id=case_id).update(question="", shared="", answer="")

    def destroy(self, case_id: int) -> None:
        PartnerRequest.objects.filter(case_id=case_id).delete()


ERASURE = RegisterErasure()
