from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from maatwerk.core.choices import label_of

from ..domains import Consent, LifeDomain, SignalSource
from ..workflow import CaseStatus


def domain_codes_value(codes: Iterable[str]) -> str:
    """Case.domain_codes for these codes: sorted, each between bars."""
    codes = sorted(codes)
    return f"|{'|'.join(codes)}|" if codes else ""


def domain_code_match(code: str) -> str:
    """What Case.domain_codes contains when the case has this domain."""
    return f"|{code}|"


class Case(models.Model):
    """A casus: one stuck multi-problem situation of a household, from signal to closure."""

    reference = models.CharField(_("kenmerk"), max_length=20, unique=True, editable=False)
    household = models.ForeignKey(
        "cases.Household",
        on_delete=models.PROTECT,
        related_name="cases",
        verbose_name=_("huishouden"),
    )
    # The household's team, copied onto the case so that a team's list (its scope, its order,
    # its capped count) is one index walk instead of a household lookup per case. Set on save;
    # Household.save carries a team change over to its cases.
    household_team = models.ForeignKey(
        "accounts.Team",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("team van het huishouden"),
        editable=False,
        db_index=False,  # the indexes below start with it
    )
    # The codes of the case's life domains ("|inkomen|wonen|"), copied from its CaseDomain rows
    # so that filtering a list on a domain tests a column of the row the list reads anyway
    # instead of probing the domain table once per case. Written only by CaseDomain.
    domain_codes = models.CharField(
        _("leefgebieden (codes)"), max_length=300, blank=True, default="", editable=False
    )
    title = models.CharField(_("korte omschrijving"), max_length=150)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CaseStatus.choices,
        default=CaseStatus.AANGEMELD,
        editable=False,
    )
    signal_source = models.CharField(
        _("bron van het signaal"), max_length=20, choices=SignalSource.choices
    )
    signal_date = models.DateField(_("datum signaal"))
    regisseur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="cases_as_regisseur",
        verbose_name=_("regisseur"),
        help_text=_("De consulent die verantwoordelijk is."),
    )
    regular_route_exhausted = models.BooleanField(
        _("reguliere route biedt geen oplossing"),
        default=False,
        help_text=_("Maatwerk is alleen voor casussen die het reguliere proces niet oplost."),
    )
    stagnation_risk = models.TextField(
        _("risico bij niets doen"),
        blank=True,
        help_text=_("Wat gebeurt er als we niets doen? Dreigt stilstand of escalatie?"),
    )
    eligibility_reason = models.TextField(
        _("reden om toch aan te melden"),
        blank=True,
        help_text=_("Verplicht als de casus niet aan de toetsingscriteria voldoet."),
    )
    household_involved = models.BooleanField(_("huishouden betrokken bij het plan"), default=True)
    household_not_involved_reason = models.TextField(_("waarom (nog) niet betrokken"), blank=True)
    household_involved_from = models.DateField(_("betrokken vanaf"), null=True, blank=True)
    consent = models.CharField(
        _("toestemming informatie delen"),
        max_length=20,
        choices=Consent.choices,
        default=Consent.NIET_GEVRAAGD,
    )
    consent_date = models.DateField(_("datum toestemming"), null=True, blank=True)
    consent_scope = models.TextField(
        _("reikwijdte toestemming"),
        blank=True,
        help_text=_("Met wie en waarover mag informatie gedeeld worden?"),
    )
    confidential = models.BooleanField(
        _("vertrouwelijk"),
        default=False,
        help_text=_(
            "Bijvoorbeeld bij huiselijk geweld of een bedreigd gezinslid: alleen de hier "
            "genoemde personen kunnen de casus vinden en openen, wat hun rol ook is."
        ),
    )
    confidential_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="confidential_cases",
        verbose_name=_("toegang bij vertrouwelijkheid"),
    )
    legal_hold = models.BooleanField(
        _("bewaarplicht (legal hold)"),
        default=False,
        help_text=_("Zolang dit aan staat wordt de casus niet vernietigd of geanonimiseerd."),
    )
    legal_hold_reason = models.TextField(_("reden bewaarplicht"), blank=True)
    anonymised_at = models.DateTimeField(
        _("geanonimiseerd op"), null=True, blank=True, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("aangemaakt door"),
    )
    # The one-time number of the intake form that created this case: sending the same form
    # again (back, then submit) finds this case instead of making a second one.
    intake_token = models.UUIDField(
        _("aanmeldformulier"), null=True, blank=True, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")
        ordering = ["-signal_date", "-pk"]
        indexes = [
            models.Index(fields=["status", "-signal_date"], name="case_status_date"),
            models.Index(fields=["-signal_date", "-id"], name="case_list_order"),
            # A team's list, and that list filtered on status, in list order.
            models.Index(
                fields=["household_team", "-signal_date", "-id"], name="case_team_list_order"
            ),
            models.Index(
                fields=["household_team", "status", "-signal_date", "-id"],
                name="case_team_status_order",
            ),
            # Every scoped lookup asks which households have a confidential case: few rows.
            models.Index(
                fields=["household"],
                condition=models.Q(confidential=True),
                name="case_confidential_household",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    def get_status_display(self) -> str:
        return label_of(CaseStatus, self.status)

    @property
    def team(self):
        return self.household.team

    @property
    def team_id(self) -> int:
        return self.household.team_id

    def save(self, *args, **kwargs) -> None:
        # The household (and so its team) can only have changed when it is among the fields
        # written; a team change of the household itself is carried over by Household.save.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "household" in update_fields:
            self.household_team_id = self.household.team_id
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "household_team"}
        if not self._state.adding and kwargs.get("update_fields") is None:
            # The domain codes are CaseDomain's to write: a copy of the case read before a
            # domain changed must not put the old codes back.
            deferred = self.get_deferred_fields()
            kwargs["update_fields"] = [name for name in _SAVED_FIELDS if name not in deferred]
        super().save(*args, **kwargs)

    scope_team_id = team_id

    def get_additional_data(self) -> dict:
        return {"case_id": self.pk, "household_id": self.household_id}

    def audit_subject_ids(self) -> list[int]:
        """The people this case is about (its household's members), for the access log."""
        from .household import Member

        return list(
            Member.objects.filter(household_id=self.household_id).values_list("pk", flat=True)
        )

    @classmethod
    def audit_subject_ids_for(cls, cases) -> list[int]:
        """The people of many cases at once (a page of the agenda), in one query."""
        from .household import Member

        households = {case.household_id for case in cases}
        return list(Member.objects.filter(household_id__in=households).values_list("pk", flat=True))

    def clean(self) -> None:
        errors = {}
        today = timezone.localdate()
        if self.signal_date and self.signal_date > today:
            errors["signal_date"] = _("De datum van het signaal kan niet in de toekomst liggen.")
        if not self.household_involved and not self.household_not_involved_reason.strip():
            errors["household_not_involved_reason"] = _(
                "Leg vast waarom het huishouden (nog) niet bij het plan betrokken is."
            )
        if self.consent == Consent.GEGEVEN and not self.consent_date:
            errors["consent_date"] = _("Vul de datum in waarop toestemming is gegeven.")
        if self.consent_date and self.consent_date > today:
            errors["consent_date"] = _(
                "De datum van de toestemming kan niet in de toekomst liggen."
            )
        if errors:
            raise ValidationError(errors)


# What Case.save writes to an existing row: every column but the domain codes.
_SAVED_FIELDS = [
    field.attname
    for field in Case._meta.concrete_fields
    if not field.primary_key and field.name != "domain_codes"
]


class CaseStatusChange(models.Model):
    """One row per status move: who, when, from where to where and why."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="status_changes")
    source = models.CharField(_("van"), max_length=20, choices=CaseStatus.choices, blank=True)
    target = models.CharField(_("naar"), max_length=20, choices=CaseStatus.choices)
    reason = models.TextField(_("reden"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    changed_at = models.DateTimeField(_("op"))

    class Meta:
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statuswijzigingen")
        ordering = ["changed_at", "pk"]


class TimelineEntry(models.Model):
    """What happened in a case, in the words a professional would use, for the dossier. Apps
    above this one add lines of their own kinds (declared in their AppConfig, see
    `cases.timeline`), so the field takes any declared kind, not only these."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Aangemeld")
        UPDATED = "updated", _("Gewijzigd")
        STATUS = "status", _("Status")
        NOTE = "note", _("Notitie")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(_("soort"), max_length=40)
    text = models.TextField(_("omschrijving"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("door")
    )
    at = models.DateTimeField(_("op"))

    class Meta:
        verbose_name = _("tijdlijnregel")
        verbose_name_plural = _("tijdlijn")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["case", "-at"], name="timeline_case_at")]

    def get_kind_display(self) -> str:
        from ..timeline import kind_label

        return kind_label(self.kind)


__all__ = ["Case", "CaseStatusChange", "LifeDomain", "TimelineEntry"]
