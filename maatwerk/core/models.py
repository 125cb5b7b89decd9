"""The one table `core` keeps: the days the government declares equal to a public holiday for
legal terms (Algemene termijnenwet, art. 3 lid 3), which no calendar library knows."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeclaredDay(models.Model):
    """A day declared equal to a general public holiday, such as the Friday after Ascension Day
    in some years. Beheer keeps this list; every term in the product skips these days."""

    day = models.DateField(_("datum"), unique=True)
    description = models.CharField(_("omschrijving"), max_length=200)

    class Meta:
        ordering = ["day"]
        verbose_name = _("gelijkgestelde dag")
        verbose_name_plural = _("gelijkgestelde dagen")

    def __str__(self) -> str:
        return f"{self.day:%d-%m-%Y} — {self.description}"
