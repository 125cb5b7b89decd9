"""The default retention terms, each with its legal source. The beheerder must confirm them
with the municipality's archivist (gemeentearchivaris) and may change them in the admin; this
migration never overwrites a rule that already exists."""

from django.db import migrations

CONFIRM = (
    "Standaardwaarde uit de software. De functioneel beheerder laat deze termijn bevestigen "
    "door de archivaris van de gemeente en legt hier vast wie dat wanneer deed."
)

DEFAULT_RULES = [
    {
        "kind": "jeugd",
        "years": 20,
        "action": "anonymise",
        "legal_source": (
            "Jeugdwet art. 7.3.8 lid 3 en art. 7.3.9 (bewaartermijn twintig jaar sinds "
            "1 januari 2020, Kamerstukken 34 994; gerekend vanaf de laatste wijziging in het "
            "dossier, niet meer vanaf het vervaardigen van elk stuk). Selectielijst gemeenten "
            "en intergemeentelijke organen 2020, resultaten 3.1.4 (plan van aanpak jeugdhulp "
            "cliënt) en 8.1.2 / 8.3.2 (individuele jeugdhulpvoorziening): vernietigen na 20 "
            "jaar. AVG art. 5 lid 1 onder e (opslagbeperking)."
        ),
        "explanation": (
            "Geldt voor elke casus met het leefgebied jeugd en opvoeding. De termijn loopt "
            "vanaf de laatste afsluiting van de casus; een afgesloten dossier wordt niet meer "
            "gewijzigd, zodat dit samenvalt met de laatste wijziging. De wet staat langer "
            "bewaren toe als dat uit de zorg van een goed jeugdhulpverlener voortvloeit: zet "
            "dan een bewaarplicht (legal hold) op de casus. Vernietigen op verzoek van de "
            "betrokkene (art. 7.3.9) en het recht op wissing (AVG art. 17) gaan buiten deze "
            "automatische run om. " + CONFIRM
        ),
    },
    {
        "kind": "maatwerk_met_ondersteuning",
        "years": 15,
        "action": "anonymise",
        "legal_source": (
            "Selectielijst gemeenten en intergemeentelijke organen 2020, resultaten 3.1.5 "
            "(plan van aanpak Wmo-cliënt) en 8.1.1 / 8.3.1 (Wmo-voorziening verstrekt of "
            "beëindigd): vernietigen na 15 jaar, op grond van Wmo 2015 art. 5.3.4. Voor een "
            "uitkering of inkomensvoorziening (Participatiewet) geldt resultaat 8.1: 10 jaar na "
            "het einde van de voorziening. AVG art. 5 lid 1 onder e (opslagbeperking)."
        ),
        "explanation": (
            "Nog niet in gebruik: Maatwerk legt nog geen toegekende ondersteuning vast. De "
            "uitbreidingen voor besluiten en het maatwerkfonds delen casussen met toegekende "
            "ondersteuning hier in. Omdat die ondersteuning uit meerdere wetten kan komen, is "
            "de langste termijn gekozen (15 jaar, Wmo). " + CONFIRM
        ),
    },
    {
        "kind": "maatwerk_zonder_ondersteuning",
        "years": 5,
        "action": "anonymise",
        "legal_source": (
            "Selectielijst gemeenten en intergemeentelijke organen 2020, resultaat 3.2 (plan "
            "niet vastgesteld) en 8.2 (voorziening geweigerd): vernietigen na 5 jaar. AVG art. "
            "5 lid 1 onder e (opslagbeperking)."
        ),
        "explanation": (
            "Geldt voor elke casus zonder het leefgebied jeugd en opvoeding, zolang Maatwerk "
            "geen toegekende ondersteuning vastlegt. De selectielijst kent geen eigen categorie "
            "voor casusregie of doorbraakaanpak; 5 jaar volgt de categorieën voor een plan dat "
            "niet is vastgesteld en een geweigerde voorziening. Voor een afgebroken plan of "
            "aanvraag noemt de selectielijst kortere termijnen (1 jaar, 42 dagen); de langere is "
            "gekozen omdat dat het voorzichtigst is. Is er buiten Maatwerk om toch ondersteuning "
            "toegekend, dan is een langere termijn nodig. " + CONFIRM
        ),
    },
]


def create_default_rules(apps, schema_editor):
    RetentionRule = apps.get_model("retention", "RetentionRule")
    RetentionLock = apps.get_model("retention", "RetentionLock")
    for rule in DEFAULT_RULES:
        RetentionRule.objects.get_or_create(kind=rule["kind"], defaults=rule)
    RetentionLock.objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("retention", "0001_initial")]

    operations = [migrations.RunPython(create_default_rules, migrations.RunPython.noop)]
