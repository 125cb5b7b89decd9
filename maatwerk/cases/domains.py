from django.db import models
from django.utils.translation import gettext_lazy as _


class LifeDomain(models.TextChoices):
    """Leefgebieden. The codes are stable: imports and the API use them."""

    FINANCIEN_SCHULDEN = "financien_schulden", _("Financiën en schulden")
    INKOMEN = "inkomen", _("Inkomen")
    WONEN = "wonen", _("Wonen")
    JEUGD_OPVOEDING = "jeugd_opvoeding", _("Jeugd en opvoeding")
    ONDERWIJS = "onderwijs", _("Onderwijs")
    GEZONDHEID_GGZ = "gezondheid_ggz", _("Gezondheid en ggz")
    ZORG_WMO = "zorg_wmo", _("Zorg en ondersteuning (Wmo)")
    WERK_PARTICIPATIE = "werk_participatie", _("Werk en participatie")
    VEILIGHEID = "veiligheid", _("Veiligheid")
    VERBLIJFSSTATUS = "verblijfsstatus", _("Verblijfsstatus")
    VERVOER_MOBILITEIT = "vervoer_mobiliteit", _("Vervoer en mobiliteit")


class SignalSource(models.TextChoices):
    KCC = "kcc", _("KCC (klantcontactcentrum)")
    WIJKTEAM = "wijkteam", _("Wijkteam")
    PARTNER = "partner", _("Partnerorganisatie")
    HUISARTS = "huisarts", _("Huisarts")
    SCHOOL = "school", _("School")
    ZELFMELDING = "zelfmelding", _("Bewoner zelf")
    OVERIG = "overig", _("Overig")


class Consent(models.TextChoices):
    """Toestemming om informatie te delen (autorisatieformulier)."""

    GEGEVEN = "gegeven", _("Gegeven")
    GEWEIGERD = "geweigerd", _("Geweigerd")
    NIET_GEVRAAGD = "niet_gevraagd", _("Nog niet gevraagd")
