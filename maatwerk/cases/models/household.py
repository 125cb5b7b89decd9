from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from maatwerk.core import bsn as bsn_tools


class Household(models.Model):
    """A huishouden: the people living together whose problems are looked at as one whole.
    It belongs to the team that registered it; that team's professionals may see it."""

    team = models.ForeignKey(
        "accounts.Team",
        on_delete=models.PROTECT,
        related_name="households",
        verbose_name=_("team"),
    )
    street = models.CharField(_("straat"), max_length=100, blank=True)
    house_number = models.CharField(_("huisnummer"), max_length=10, blank=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=7,
        blank=True,
        validators=[
            RegexValidator(
                r"^[1-9][0-9]{3} ?[A-Za-z]{2}$",
                _("Vul een Nederlandse postcode in, zoals 1234 AB."),
            )
        ],
    )
    city = models.CharField(_("woonplaats"), max_length=80, blank=True)
    wijk = models.CharField(_("wijk"), max_length=80, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("huishouden")
        verbose_name_plural = _("huishoudens")

    def __str__(self) -> str:
        return f"{_('Huishouden')} {self.pk}"

    @property
    def scope_team_id(self) -> int:
        return self.team_id

    @property
    def address(self) -> str:
        first = " ".join(part for part in (self.street, self.house_number) if part)
        second = " ".join(part for part in (self.postcode, self.city) if part)
        return ", ".join(part for part in (first, second) if part)

    def save(self, *args, **kwargs) -> None:
        new = self._state.adding
        with transaction.atomic():
            super().save(*args, **kwargs)
            # Its cases carry a copy of the team for their lists (Case.household_team): a move
            # to another team moves them along, with the household's own row or not at all.
            if not new:
                self.cases.exclude(household_team_id=self.team_id).update(
                    household_team_id=self.team_id
                )

    def clean(self) -> None:
        # One way of writing a postcode, so search and reports find them all: "1234 AB".
        postcode = (self.postcode or "").strip().replace(" ", "").upper()
        if len(postcode) == 6:
            self.postcode = f"{postcode[:4]} {postcode[4:]}"

    def get_additional_data(self) -> dict:
        return {"household_id": self.pk}

    def audit_subject_ids(self) -> list[int]:
        """The people this household's records are about, for the access log."""
        return list(self.members.values_list("pk", flat=True))


class Member(models.Model):
    class HouseholdRole(models.TextChoices):
        HOOFDBEWONER = "hoofdbewoner", _("Hoofdbewoner")
        PARTNER = "partner", _("Partner")
        OUDER = "ouder", _("Ouder")
        KIND = "kind", _("Kind")
        OVERIG = "overig", _("Overig")

    household = models.ForeignKey(
        Household, on_delete=models.CASCADE, related_name="members", verbose_name=_("huishouden")
    )
    first_name = models.CharField(_("voornaam"), max_length=80)
    last_name = models.CharField(_("achternaam"), max_length=120)
    date_of_birth = models.DateField(_("geboortedatum"), null=True, blank=True)
    role = models.CharField(_("rol in huishouden"), max_length=20, choices=HouseholdRole.choices)
    # The BSN is stored only encrypted; the keyed hash lets us find a person by BSN.
    bsn_encrypted = models.TextField(_("BSN (versleuteld)"), blank=True, editable=False)
    bsn_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    class Meta:
        verbose_name = _("gezinslid")
        verbose_name_plural = _("gezinsleden")
        ordering = ["household", "date_of_birth", "pk"]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def scope_team_id(self) -> int:
        return self.household.team_id

    @property
    def bsn(self) -> str:
        return bsn_tools.decrypt_bsn(self.bsn_encrypted) if self.bsn_encrypted else ""

    @bsn.setter
    def bsn(self, value: str) -> None:
        value = bsn_tools.normalise_bsn(value or "")
        self.bsn_encrypted = bsn_tools.encrypt_bsn(value) if value else ""
        self.bsn_hash = bsn_tools.hash_bsn(value) if value else ""

    @property
    def masked_bsn(self) -> str:
        return bsn_tools.mask_bsn(self.bsn)

    def clean(self) -> None:
        if not (self.first_name or "").strip() or not (self.last_name or "").strip():
            raise ValidationError(_("Vul de voornaam en de achternaam van het gezinslid in."))
        if self.date_of_birth and self.date_of_birth > timezone.localdate():
            raise ValidationError(
                {"date_of_birth": _("De geboortedatum kan niet in de toekomst liggen.")}
            )

    def get_additional_data(self) -> dict:
        return {"household_id": self.household_id}
