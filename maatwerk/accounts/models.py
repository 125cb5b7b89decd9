from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from .roles import Role


class Municipality(models.Model):
    name = models.CharField(_("naam"), max_length=100, unique=True)
    code = models.SlugField(_("code"), max_length=30, unique=True)
    # Four-eyes for roles with personal data: who may approve what another beheerder requested.
    # The requester and the account itself never may (accounts.services.may_decide).
    grant_approval_by_beheerder = models.BooleanField(
        _("goedkeuring door een andere functioneel beheerder"),
        default=True,
        help_text=_(
            "Een andere beheerder dan de aanvrager mag een rol met persoonsgegevens of "
            "beheerrechten toekennen."
        ),
    )
    grant_approval_by_omo = models.BooleanField(
        _("goedkeuring door de OMO-functionaris"),
        default=True,
        help_text=_(
            "De OMO-functionaris mag een rol met persoonsgegevens of beheerrechten toekennen."
        ),
    )
    grant_approval_by_security_officer = models.BooleanField(
        _("goedkeuring door de informatiebeveiliger"),
        default=False,
        help_text=_(
            "De informatiebeveiliger mag een rol met persoonsgegevens of beheerrechten toekennen."
        ),
    )

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self) -> str:
        return self.name


class Team(models.Model):
    class Kind(models.TextChoices):
        WIJKTEAM = "wijkteam", _("Wijkteam")
        JEUGDTEAM = "jeugdteam", _("Jeugdteam")
        BUURTTEAM = "buurtteam", _("Buurtteam")
        TOEGANG = "toegang", _("Toegangsteam")
        OVERIG = "overig", _("Overig")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="teams", verbose_name=_("gemeente")
    )
    name = models.CharField(_("naam"), max_length=100)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="team_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    """A professional of the municipality. The role decides what they may do; the team decides
    whose cases they see (for the roles scoped to a team)."""

    # Empty while a requested role waits for a second person's approval.
    role = models.CharField(_("rol"), max_length=30, choices=Role.choices, blank=True)
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        related_name="members",
        null=True,
        blank=True,
        verbose_name=_("team"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="users",
        null=True,
        blank=True,
        verbose_name=_("gemeente"),
    )

    # Set when functioneel beheer chose the password (new account, reset): the user picks
    # their own before doing anything else.
    must_change_password = models.BooleanField(_("moet wachtwoord wijzigen"), default=False)

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class RoleGrantRequest(models.Model):
    """A role with personal data or management rights, asked for by one beheerder and decided
    by a second person (four-eyes). Only an approval changes the account."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op goedkeuring")
        APPROVED = "approved", _("Goedgekeurd")
        REFUSED = "refused", _("Afgewezen")

    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="role_grant_requests",
        verbose_name=_("account"),
    )
    requested_role = models.CharField(_("gevraagde rol"), max_length=30, choices=Role.choices)
    requested_team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gevraagd team"),
    )
    reactivate = models.BooleanField(_("account weer activeren"), default=False)
    # Single sign-on links accounts by e-mail: a new address is a new identity. None: unchanged.
    requested_email = models.EmailField(
        _("gevraagd e-mailadres"), null=True, blank=True, default=None
    )
    reason = models.TextField(_("reden"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("aangevraagd door"),
    )
    requested_at = models.DateTimeField(_("aangevraagd op"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("besloten door"),
    )
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    decision_note = models.TextField(_("toelichting bij het besluit"), blank=True)

    class Meta:
        verbose_name = _("aanvraag voor een rol")
        verbose_name_plural = _("aanvragen voor een rol")
        ordering = ["-requested_at", "-pk"]
        constraints = [
            # The requester never decides on their own request, whatever the code above does.
            models.CheckConstraint(
                condition=~models.Q(decided_by=models.F("requested_by")),
                name="rolegrant_decider_is_not_requester",
            ),
            models.CheckConstraint(
                condition=~models.Q(decided_by=models.F("account")),
                name="rolegrant_decider_is_not_account",
            ),
            models.UniqueConstraint(
                fields=["account"],
                condition=models.Q(status="pending"),
                name="rolegrant_one_pending_per_account",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.account} → {self.get_requested_role_display()}"


class Notification(models.Model):
    """A message in a professional's in-app inbox: something due or overdue. `key` names the
    occasion (e.g. `route:monitoring:12:due`), so running the reminders again, or on two app
    servers at once, never makes a second one. The text names a case by its reference only."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("voor"),
    )
    key = models.CharField(_("aanleiding"), max_length=120)
    text = models.CharField(_("melding"), max_length=300)
    url = models.CharField(_("link"), max_length=300, blank=True)
    due_date = models.DateField(_("uiterlijk"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    read_at = models.DateTimeField(_("gelezen op"), null=True, blank=True)
    # Set when an e-mail is claimed for sending; cleared again when sending fails.
    emailed_at = models.DateTimeField(_("gemaild op"), null=True, blank=True)

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="one_notification_per_occasion")
        ]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_inbox")]

    def __str__(self) -> str:
        return self.text
