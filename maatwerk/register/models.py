"""The register's records, keyed to the case file's one list of organisations and rules."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from maatwerk.cases.domains import LifeDomain


class Contact(models.Model):
    """A contact person at an organisation, reachable for maatwerk questions. A contact with
    an account (role partner_contact) signs in to see the requests sent to them."""

    organisation = models.ForeignKey(
        "cases.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisatie"),
    )
    name = models.CharField(_("naam"), max_length=120)
    function = models.CharField(_("functie"), max_length=150, blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    domain = models.CharField(
        _("leefgebied"), max_length=30, choices=LifeDomain.choices, blank=True
    )
    availability = models.CharField(_("bereikbaarheid"), max_length=150, blank=True)
    substitute = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vervanger"),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="register_contact",
        verbose_name=_("account"),
        help_text=_("Het account (rol partnercontact) waarmee deze persoon inlogt."),
    )
    active = models.BooleanField(_("actief"), default=True)

    class Meta:
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")
        ordering = ["organisation__name", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"


class Authority(models.Model):
    """Who can make an exception to a rule, on what ground, and how to reach them. "Bevoegde
    onbekend" is a visible state the OMO-functionaris is asked to resolve."""

    class Status(models.TextChoices):
        BEKEND = "bekend", _("Bekend")
        ONBEKEND = "onbekend", _("Bevoegde onbekend")

    rule = models.OneToOneField(
        "cases.Rule", on_delete=models.CASCADE, related_name="+", verbose_name=_("regel")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.BEKEND
    )
    holder = models.CharField(_("wie kan afwijken"), max_length=200, blank=True)
    holder_organisation = models.ForeignKey(
        "cases.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisatie van de bevoegde"),
    )
    ground = models.CharField(_("op welke grond"), max_length=200, blank=True)
    room = models.CharField(_("ruimte"), max_length=200, blank=True)
    escalation = models.TextField(_("escalatieroute"), blank=True)
    contact = models.ForeignKey(
        Contact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contactpersoon"),
    )

    class Meta:
        verbose_name = _("bevoegdheid")
        verbose_name_plural = _("bevoegdhedenkaart")
        ordering = ["rule__name"]

    def __str__(self) -> str:
        return f"{self.rule}: {self.holder or self.get_status_display()}"


class PartnerRequest(models.Model):
    """A question from a case to a partner's contact person, due in 2 working days."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        OPGEPAKT = "opgepakt", _("Opgepakt")
        BEANTWOORD = "beantwoord", _("Beantwoord")
        VERLOPEN = "verlopen", _("Verlopen")

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="+", verbose_name=_("casus")
    )
    contact = models.ForeignKey(
        Contact, on_delete=models.PROTECT, related_name="requests", verbose_name=_("contactpersoon")
    )
    question = models.TextField(_("vraag"))
    shared = models.TextField(
        _("gedeelde gegevens"),
        blank=True,
        help_text=_("Het minimum dat de toestemming toelaat, zoals de partner het ziet."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    sent_at = models.DateTimeField(_("verstuurd"))
    due_date = models.DateField(_("uiterlijk beantwoord"))
    partner_reference = models.CharField(_("kenmerk van de partner"), max_length=100, blank=True)
    picked_up_at = models.DateTimeField(_("opgepakt"), null=True, blank=True)
    answer = models.TextField(_("antwoord"), blank=True)
    answered_at = models.DateTimeField(_("beantwoord"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beantwoord door"),
    )

    class Meta:
        verbose_name = _("verzoek aan partner")
        verbose_name_plural = _("verzoeken aan partners")
        ordering = ["due_date", "pk"]
        indexes = [models.Index(fields=["status", "due_date"], name="request_status_due")]

    def __str__(self) -> str:
        return f"{self.contact} · {self.due_date}"

    @property
    def closed(self) -> bool:
        return self.status == self.Status.BEANTWOORD
