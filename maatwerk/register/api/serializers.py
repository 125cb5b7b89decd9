"""The register's API shapes: organisations and their contact persons, the authority map, and
requests to partners, in two forms: the full one for who works on the case and the closed,
minimal one for the partner contact it is addressed to."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from maatwerk.cases.api.fields import VisibleRecordField
from maatwerk.cases.services import visible_cases
from maatwerk.core.serializers import MAX_ID

from .. import selectors
from ..models import Authority, Contact, PartnerRequest

STATUS_HELP = _(
    "open, opgepakt, beantwoord of verlopen (open of opgepakt en over de uiterste datum)."
)


class OrganisationSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True, help_text=_("Het id van de organisatie."))
    name = serializers.CharField(read_only=True, label=_("naam"))
    kind = serializers.CharField(read_only=True, label=_("soort"))
    national = serializers.SerializerMethodField(
        help_text=_("Een landelijke uitvoeringsorganisatie (anders een lokale partner).")
    )

    def get_national(self, organisation) -> bool:
        return selectors.is_national(organisation)


class _ContactFields(serializers.ModelSerializer):
    # Both may be empty: documented as plain text, not as an e-mail address or a choice.
    email = serializers.CharField(read_only=True, label=_("e-mail"), help_text=_("Of leeg."))
    domain = serializers.CharField(
        read_only=True, label=_("leefgebied"), help_text=_("De code van het leefgebied, of leeg.")
    )


class ContactSerializer(_ContactFields):
    organisation = OrganisationSummarySerializer(read_only=True, label=_("organisatie"))
    substitute = serializers.SerializerMethodField(
        help_text=_("De vervanger (id en naam), of leeg.")
    )

    class Meta:
        model = Contact
        fields = [
            "id",
            "organisation",
            "name",
            "function",
            "phone",
            "email",
            "domain",
            "availability",
            "substitute",
        ]
        read_only_fields = fields

    @extend_schema_field(
        {
            "type": "object",
            "nullable": True,
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
        }
    )
    def get_substitute(self, contact: Contact) -> dict | None:
        substitute = contact.substitute
        if substitute is None or not substitute.active:
            return None
        return {"id": substitute.pk, "name": substitute.name}


class ContactSummarySerializer(_ContactFields):
    class Meta:
        model = Contact
        fields = ["id", "name", "function", "phone", "email", "domain", "availability"]
        read_only_fields = fields


class RegisterOrganisationSerializer(OrganisationSummarySerializer):
    contacts = ContactSummarySerializer(
        many=True, read_only=True, label=_("contactpersonen (actief)")
    )


class AuthoritySerializer(serializers.Serializer):
    # One rule of the case file's list and who can make an exception to it. (Comments, not
    # docstrings, on these classes: the schema would publish a docstring.)

    rule = serializers.IntegerField(read_only=True, help_text=_("Het id van de regel."))
    rule_name = serializers.CharField(read_only=True, label=_("regel"))
    law = serializers.CharField(read_only=True, label=_("wet of regeling"))
    status = serializers.ChoiceField(
        choices=Authority.Status.choices,
        read_only=True,
        help_text=_("bekend, of onbekend: de OMO-functionaris zoekt uit wie bevoegd is."),
    )
    holder = serializers.CharField(read_only=True, label=_("wie kan afwijken"))
    holder_organisation = OrganisationSummarySerializer(
        read_only=True, allow_null=True, label=_("organisatie van de bevoegde")
    )
    ground = serializers.CharField(read_only=True, label=_("op welke grond"))
    room = serializers.CharField(read_only=True, label=_("ruimte"))
    escalation = serializers.CharField(read_only=True, label=_("escalatieroute"))
    contact = ContactSummarySerializer(
        read_only=True, allow_null=True, label=_("contactpersoon in het register")
    )

    def to_representation(self, row) -> dict:
        rule, authority = row
        known = authority is not None and authority.status == Authority.Status.BEKEND
        return {
            "rule": rule.pk,
            "rule_name": rule.name,
            "law": rule.law,
            "status": Authority.Status.BEKEND if known else Authority.Status.ONBEKEND,
            "holder": authority.holder if known else "",
            "holder_organisation": (
                OrganisationSummarySerializer(authority.holder_organisation).data
                if known and authority.holder_organisation
                else None
            ),
            "ground": authority.ground if known else "",
            "room": authority.room if known else "",
            "escalation": authority.escalation if known else "",
            "contact": (
                ContactSummarySerializer(authority.contact).data
                if known and authority.contact and authority.contact.active
                else None
            ),
        }


class _Status(serializers.Serializer):
    # As of today (services.with_status sets it on every row the viewset answers with).
    status = serializers.ChoiceField(
        choices=PartnerRequest.Status.choices,
        source="status_now",
        read_only=True,
        help_text=STATUS_HELP,
    )


class PartnerRequestSerializer(_Status, serializers.ModelSerializer):
    # For who works on the case: the whole request.

    case_reference = serializers.CharField(
        source="case.reference", read_only=True, label=_("kenmerk van de casus")
    )
    contact = ContactSummarySerializer(read_only=True, label=_("contactpersoon"))
    organisation = OrganisationSummarySerializer(
        source="contact.organisation", read_only=True, label=_("organisatie")
    )

    class Meta:
        model = PartnerRequest
        fields = [
            "id",
            "case",
            "case_reference",
            "contact",
            "organisation",
            "question",
            "shared",
            "status",
            "sent_by",
            "sent_at",
            "due_date",
            "partner_reference",
            "picked_up_at",
            "answer",
            "answered_at",
            "answered_by",
        ]
        read_only_fields = fields


class PartnerViewSerializer(_Status, serializers.ModelSerializer):
    # For the partner contact: what is asked, the minimum shared under the consent, the term
    # and their own part. No case id, no household, nothing else of the case file.

    closed_shape = True
    case_reference = serializers.CharField(
        source="case.reference", read_only=True, label=_("kenmerk van de casus")
    )
    shared = serializers.SerializerMethodField(
        help_text=_(
            "De gedeelde gegevens, zolang de toestemming van het huishouden geldt (anders leeg)."
        )
    )
    sent_by_name = serializers.SerializerMethodField(help_text=_("Wie het verzoek stuurde."))

    class Meta:
        model = PartnerRequest
        fields = [
            "id",
            "case_reference",
            "question",
            "shared",
            "status",
            "sent_by_name",
            "sent_at",
            "due_date",
            "partner_reference",
            "picked_up_at",
            "answer",
            "answered_at",
        ]
        read_only_fields = fields

    def get_shared(self, request: PartnerRequest) -> str:
        return selectors.shared_with_partner(request)

    def get_sent_by_name(self, request: PartnerRequest) -> str:
        return request.sent_by.get_full_name() or request.sent_by.username


class SendSerializer(serializers.Serializer):
    case = VisibleRecordField(
        scope=visible_cases,
        not_found=_("Deze casus bestaat niet."),
        pk_field=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        help_text=_("De casus (id) waar de vraag over gaat."),
        error_messages={
            "required": _("Kies de casus."),
            "null": _("Kies de casus."),
            "incorrect_type": _("Geef het id van de casus (een getal)."),
        },
    )
    contact = serializers.PrimaryKeyRelatedField(
        queryset=Contact.objects.all(),
        pk_field=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        help_text=_("De contactpersoon (id) in het register."),
        error_messages={
            "required": _("Kies de contactpersoon."),
            "null": _("Kies de contactpersoon."),
            "does_not_exist": _("Deze contactpersoon staat niet in het register."),
            "incorrect_type": _("Geef het id van de contactpersoon (een getal)."),
        },
    )
    question = serializers.CharField(
        max_length=5000, help_text=_("De vraag aan de partner."), trim_whitespace=True
    )
    shared = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=5000,
        default="",
        help_text=_(
            "Alleen wat de partner nodig heeft en wat de toestemming van het huishouden toelaat."
        ),
    )


class PickUpSerializer(serializers.Serializer):
    reference = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=100,
        default="",
        help_text=_("Uw eigen kenmerk (het dossier bij uw organisatie)."),
    )


class AnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(max_length=5000, help_text=_("Uw antwoord op de vraag."))
