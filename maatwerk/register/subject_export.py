"""The register's part of a request for access (AVG art. 15): per case file, the requests
sent to partners about it, with what was shared and the answer."""

from maatwerk.privacy.formatting import person, when

from .models import PartnerRequest


def export_sections(subject, cases: list) -> dict:
    entries = []
    for case in cases:
        requests = PartnerRequest.objects.filter(case=case).select_related(
            "contact__organisation", "sent_by", "answered_by"
        )
        rows = [
            {
                "aan": str(request.contact.organisation),
                "vraag": request.question,
                "gedeeld": request.shared,
                "verstuurd_door": person(request.sent_by),
                "verstuurd_op": when(request.sent_at),
                "uiterlijk": when(request.due_date),
                "status": request.get_status_display(),
                "antwoord": request.answer,
                "beantwoord_op": when(request.answered_at),
            }
            for request in requests
        ]
        if rows:
            entries.append({"casus": case.reference, "verzoeken": rows})
    return {"register": entries}
