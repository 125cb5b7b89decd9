"""The fund's part when a case file is anonymised or destroyed (named by FundConfig as
`case_erasure`). The ledger is the municipality's financial record and stays: anonymising
empties its free texts; destroying also drops the link to the case (the case reference stays,
as in the access log). Kassabons go with their case: their texts are emptied on anonymising,
the kassabons themselves deleted on destruction."""

from .models import Kassabon, LedgerEntry, Line, RealisedCost, Scenario

__all__ = ["ERASURE", "FundErasure"]


class FundErasure:
    def anonymise(self, case_id: int) -> None:
        # The ledger's texts: a queryset update, past the model's refusal to change an entry.
        LedgerEntry.objects.filter(case_id=case_id).update(payee="", reason="")
        Kassabon.objects.filter(case_id=case_id).update(title="Kassabon")
        Scenario.objects.filter(kassabon__case_id=case_id).update(note="")
        Line.objects.filter(scenario__kassabon__case_id=case_id).update(description="Regel")
        RealisedCost.objects.filter(kassabon__case_id=case_id).update(description="Kosten")

    def destroy(self, case_id: int) -> None:
        self.anonymise(case_id)
        LedgerEntry.objects.filter(case_id=case_id).update(case=None)
        RealisedCost.objects.filter(kassabon__case_id=case_id).delete()
        Line.objects.filter(scenario__kassabon__case_id=case_id).delete()
        Scenario.objects.filter(kassabon__case_id=case_id).delete()
        Kassabon.objects.filter(case_id=case_id).update(frozen_from=None)
        Kassabon.objects.filter(case_id=case_id).delete()


ERASURE = FundErasure()
