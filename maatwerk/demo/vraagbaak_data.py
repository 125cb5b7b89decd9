# ruff: noqa: E501 - the texts are prose, one item a line, easier to read unwrapped.
"""Demo vraagbaak: every seed case of the demo (cases_data.DEMO_CASES) as a published,
anonymised precedent with the seed as its source, made by the same anonymisation pass the
OMO-functionaris uses, plus the synonym list of the field's vocabulary. What was decided and
learnt is written here in general terms."""

from decimal import Decimal

from maatwerk.vraagbaak import anonymise, search, services
from maatwerk.vraagbaak.models import Precedent, Synonym

from .cases_data import DEMO_CASES
from .setup import DemoWorld

SYNONYMS: list[tuple[str, str]] = [
    ("schuldsanering, wsnp, schuldregeling, saneringstraject, schuldentraject", "schulden"),
    (
        "uithuisplaatsing, uit huis geplaatst, jeugdhulp met verblijf, gezinshuis, pleeggezin",
        "jeugd",
    ),
    ("kostendelersnorm, samenwonen, korting op de uitkering, inwonende volwassene", "inkomen"),
    ("corporatie, woningcorporatie, verhuurder, woonstichting", "wonen"),
    ("crisisopvang, noodopvang, maatschappelijke opvang, opvang", "wonen"),
    ("hardheidsclausule, urgentie, voorrang, spoedprocedure", "wonen"),
    ("dakloos, dakloosheid, op straat, geen dak boven het hoofd", "wonen"),
    ("uithuiszetting, ontruiming, huisuitzetting", "wonen"),
    ("duo, studiefinanciering, studieschuld, ov-kaart", "onderwijs"),
    ("thuisonderwijs, thuiszitter, vrijstelling leerplicht, niet naar school", "onderwijs"),
    ("leerlingenvervoer, taxi naar school, schoolvervoer", "onderwijs"),
    ("passend onderwijs, speciaal onderwijs, sbo, zorgplicht", "onderwijs"),
    ("pgb, persoonsgebonden budget, zorggeld", "zorg"),
    ("wlz, wet langdurige zorg, zorgkantoor", "zorg"),
    ("wmo, huishoudelijke hulp, maatwerkvoorziening", "zorg"),
    ("ggz, psychische problemen, psychiatrie, depressie", "gezondheid"),
    ("verslaving, alcohol, drugs, middelengebruik", "gezondheid"),
    ("verblijfsvergunning, verblijfsstatus, ind, ongedocumenteerd, vreemdelingenrecht", "status"),
    ("toeslagen, terugvordering, belastingdienst, kinderopvangtoeslag, huurtoeslag", "inkomen"),
    ("premieschuld, wanbetaler, zorgverzekering, cak", "schulden"),
    ("kredietbank, schuldhulpverlening, schuldhulp, budgetbeheer", "schulden"),
    ("bijzondere bijstand, minimaregeling, draagkracht", "inkomen"),
    ("achttien, 18 jaar, meerderjarig, volwassen worden, 18-/18+", "jeugd"),
    ("woonplaatsbeginsel, regiobinding, andere gemeente, verhuizen naar", "jeugd"),
    ("executieverkoop, gedwongen verkoop, hypotheekachterstand", "wonen"),
    ("huiselijk geweld, onveilig thuis, veilig thuis", "veiligheid"),
    ("bakfiets, elektrische fiets, e-bike, vervoer", "vervoer"),
    ("gezinsverzorging, hulp in het gezin, opvang van de kinderen", "zorg"),
    ("bewindvoering, beschermingsbewind, bewindvoerder", "schulden"),
    ("beschermd wonen, begeleid wonen, woonvoorziening", "zorg"),
]

# key → (solution types, who decided, on what ground, cost, solution, lessons)
STORIES: dict[str, tuple] = {
    "yvonne": (
        ["maatwerkbudget", "afspraken_tussen_instanties"],
        "teamleider met OMO-functionaris",
        "maatwerkfonds, bijzondere noden",
        Decimal("1500"),
        "Een integraal plan voor schulden, hulp en werk; de bonus voor de werkgever uit het fonds voor bijzondere noden zodat de baan doorgaat ondanks de schuldenlast.",
        "Bij de 10-jaarstermijn van de Wsnp eerst kijken wat wél kan: werk behouden voorkomt nieuwe schulden.",
    ),
    "anna": (
        ["opschalen", "reguliere_route_alsnog"],
        "woningcorporatie (manager verhuur)",
        "hardheidsclausule van de huisvestingsverordening",
        None,
        "Twee keer de hardheidsclausule gevraagd en opgeschaald naar de manager van de corporatie; een garantstelling uit het maatwerkfonds aangeboden. Uiteindelijk via de spoedprocedure een eigen woning.",
        "Laat de corporatie de veiligheid van de kinderen expliciet meewegen; een onveilig dak boven het hoofd is geen woning. Knelpunt doorgezet naar beleid.",
    ),
    "michiel": (
        ["opschalen"],
        "bevoegde onbekend; opgeschaald naar programmamanager",
        "pgb Jeugdwet naast Wet passend onderwijs",
        None,
        "Opgeschaald omdat onduidelijk is wie mag beslissen over pgb-geld voor een combinatie van zorg en onderwijs; vervolg via zorgboerderij met onderwijs of een kleine klas.",
        "Leg vast wie bevoegd is bij zorg en onderwijs tegelijk; anders blijft een kind tussen twee loketten hangen.",
    ),
    "fred_andrea": (
        ["geen_oplossing"],
        "gemeente, Werk en Inkomen",
        "Participatiewet, kostendelersnorm (weinig ruimte)",
        None,
        "Besproken als botsing tussen de kostendelersnorm en de zorg voor het kind; bleek vooral een vraag over motivatie. Overdracht aan een collega.",
        "Toets eerst of de regel echt knelt of dat de vraag elders ligt.",
    ),
    "klas_groepsdynamiek": (
        ["afspraken_tussen_instanties"],
        "school met jeugdhulp",
        "trajectfinanciering jeugdhulp",
        Decimal("4000"),
        "Groepsaanpak in de klas met ouderavonden, gefinancierd buiten de individuele trajecten om; borging via schoolmaatschappelijk werk.",
        "Een groepsaanpak past niet in individuele trajectfinanciering; spreek vooraf af wie betaalt.",
    ),
    "herman": (
        ["afspraken_tussen_instanties"],
        "kredietbank",
        "Wet gemeentelijke schuldhulpverlening, weigeringsgronden",
        None,
        "Verslavingszorg en schuldhulp tegelijk gestart in plaats van na elkaar, met de huisarts als vaste contactpersoon.",
        "Kip of ei: wacht niet met schuldhulp tot de verslaving is opgelost.",
    ),
    "derksen": (
        ["geen_oplossing"],
        "samenwerkingsverband passend onderwijs",
        "zorgplicht Wet passend onderwijs",
        None,
        "Zorgbegeleiding bij thuisonderwijs tijdelijk geregeld; school en gemeente werden het niet eens over de financiering.",
        "Maak de financiering van begeleiding bij thuisonderwijs vooraf duidelijk tussen school en gemeente.",
    ),
    "koopmans": (
        ["maatwerkbudget"],
        "gemeente, Wmo",
        "maatwerkfonds",
        Decimal("3500"),
        "Een elektrische bakfiets uit het maatwerkfonds in plaats van dure taxiritten naar het behandelcentrum.",
        "Vergelijk met de kosten van het reguliere vervoer: de bakfiets is goedkoper en geeft het gezin regie.",
    ),
    "arslan": (
        ["reguliere_route_alsnog"],
        "gemeente, leerlingenvervoer",
        "verordening leerlingenvervoer",
        None,
        "Beide kinderen naar speciaal basisonderwijs buiten de stad met leerlingenvervoer en naschoolse opvang op hetzelfde terrein.",
        "Kijk naar de hele week van het gezin, niet alleen naar de afstandsgrens.",
    ),
    "voortman": (
        ["afwijking_regel", "afspraken_tussen_instanties"],
        "gemeente en woningcorporatie",
        "kostendelersnorm en hardheidsclausule",
        Decimal("2400"),
        "Tijdelijk afgezien van de kostendelersnorm en met de corporatie gezocht naar een grotere woning; de kinderen gingen uiteindelijk vrijwillig naar een gezinshuis.",
        "Maatwerk kan een gedwongen uithuisplaatsing voorkomen, ook als plaatsing toch nodig blijkt.",
    ),
    "pieters": (
        ["ruimte_tussen_regels"],
        "gemeente, Wmo",
        "Wmo 2015, maatwerkvoorziening",
        Decimal("15000"),
        "Woningaanpassing en huishoudelijke hulp via een kleinere aanbieder, met een klein pgb voor onderhoud.",
        "Houd een overzicht bij van kleinere aanbieders en hun tarieven.",
    ),
    "lelystad_pgb_wlz": (
        ["ruimte_tussen_regels"],
        "zorgkantoor en gemeente",
        "afbakening Wlz en Jeugdwet",
        None,
        "Het pgb deels ingezet voor een professionele zorgverlener zodat de ouder gedeeltelijk kan werken.",
        "Het pgb mag vaak breder dan gedacht; vraag het zorgkantoor wat kan.",
    ),
    "lelystad_kinderopvang": (
        ["afwijking_regel"],
        "teamleider",
        "bijzondere bijstand, draagkracht",
        Decimal("2000"),
        "Kinderopvang met een lagere eigen bijdrage in plaats van pleegzorg; afgeweken van de draagkrachtregel vanwege de schulden.",
        "Kinderopvang blijft ook met een vergoede eigen bijdrage veel goedkoper dan pleegzorg.",
    ),
    "lelystad_wlz_gezin": (
        ["ruimte_tussen_regels"],
        "zorgkantoor",
        "Wet langdurige zorg",
        None,
        "De bestaande Wlz-hulp gezien als hulp voor het hele gezin, zodat een tweede aanvraag niet nodig was.",
        "Vraag het zorgkantoor of de hulp het gezinssysteem mag dienen.",
    ),
    "lelystad_tarief": (
        ["afspraken_tussen_instanties"],
        "gemeente, Jeugd",
        "regionale inkoop jeugdhulp",
        None,
        "Contact met de niet-gecontracteerde aanbieder over het tariefverschil; eerst nieuw onderzoek naar de hulpvraag.",
        "Een tariefverschil is bespreekbaar als de hulp aantoonbaar beter past.",
    ),
    "lelystad_beschermd_wonen": (
        ["opschalen"],
        "aanbieder en gemeente",
        "afbakening Jeugdwet en Wmo (18-/18+)",
        None,
        "Opgeschaald bij aanbieder en gemeente om een plek beschermd wonen te vinden voor de overgang naar volwassenheid.",
        "Begin ruim voor de achttiende verjaardag met de overgang naar Wmo-zorg.",
    ),
    "lelystad_gezinsverzorging": (
        ["geen_oplossing", "reguliere_route_alsnog"],
        "gemeente",
        "bijzondere bijstand",
        None,
        "Geen maatwerk: het gezin zag af van een aanvraag bijzondere bijstand; vervolg via het wijkteam.",
        "Soms ontbreekt een voorziening (gezinsverzorging) en knelt er geen regel.",
    ),
    "lelystad_e_fiets": (
        ["maatwerkbudget"],
        "gemeente, Wmo",
        "maatwerkfonds",
        Decimal("1800"),
        "Een elektrische fiets zodat vrijwilligerswerk bereikbaar blijft, na een gezamenlijke herbeoordeling.",
        "Vakantie en formele onderbouwing vertragen; plan de herbeoordeling meteen.",
    ),
    "lelystad_koopwoning": (
        ["reguliere_route_alsnog"],
        "bank (betalingsregeling)",
        "bijzondere bijstand, inkomensgrens",
        None,
        "De bewoner regelde zelf een betalingsregeling met de bank en bleef in de aangepaste koopwoning.",
        "Weeg de gedane investering in de woning mee tegen de regel die naar verhuizen wijst.",
    ),
    "lelystad_dakloos_woonplaats": (
        ["opschalen"],
        "beide gemeenten",
        "woonplaatsbeginsel Jeugdwet",
        None,
        "Een overlegtafel met de twee gemeenten over wie de hulp betaalt bij dreigende dakloosheid.",
        "Het woonplaatsbeginsel mag hulp niet vertragen: spreek eerst de hulp af, daarna de rekening.",
    ),
    "crisisopvang_800": (
        ["maatwerkbudget"],
        "OMO-functionaris",
        "maatwerkfonds",
        Decimal("800"),
        "Het tekort van ruim 800 euro voor een studentenkamer uit het maatwerkfonds betaald, zodat de jongere de crisisopvang kon verlaten.",
        "Een klein bedrag eenmalig is veel goedkoper dan maanden opvang.",
    ),
    "regiobinding_18": (
        ["afspraken_tussen_instanties"],
        "toegang jeugd van de andere gemeente",
        "woonplaatsbeginsel Jeugdwet",
        None,
        "Via het maatwerkregister contact met de toegang jeugd van de gewenste gemeente, zodat de jongere kon verhuizen zonder regiobinding.",
        "Het maatwerkregister brengt je snel bij de juiste collega in een andere gemeente.",
    ),
    "executieverkoop_huisdieren": (
        ["afspraken_tussen_instanties", "maatwerkbudget"],
        "kredietbank en bank",
        "Wet gemeentelijke schuldhulpverlening",
        Decimal("6000"),
        "Time-out bij de kredietbank en een tweede hypotheek, zodat de gedwongen verkoop en dakloosheid werden voorkomen.",
        "Een time-out geeft ruimte voor een plan; monitor tot een jaar na de oplossing.",
    ),
    "verblijfsvergunning_moeder": (
        ["opschalen"],
        "staatssecretaris (discretionaire bevoegdheid)",
        "Vreemdelingenwet 2000",
        None,
        "Opgeschaald naar de burgemeester en het landelijk maatwerkloket voor een verblijfsvergunning; urgentie afgesproken met de woonstichting.",
        "Bij verblijfsrecht beslist alleen de staatssecretaris; regel intussen wat de gemeente wél kan.",
    ),
    "studie_duo_termijn": (
        ["afwijking_regel"],
        "DUO",
        "Wet studiefinanciering 2000, hardheidsclausule",
        None,
        "Via het maatwerkregister met DUO afgesproken dat het ov-deel van de studieschuld een gift wordt als het diploma gehaald wordt.",
        "DUO antwoordt via het register binnen twee werkdagen; vraag concreet om de termijn.",
    ),
    "geldstress_jonge_vrouw": (
        ["reguliere_route_alsnog"],
        "wijkteam",
        "toeslagen en zorgverzekering",
        None,
        "Van het klantcontactcentrum doorverbonden naar het wijkteam voor een eerste gesprek over toeslagen en premieschuld.",
        "Vroeg doorverbinden voorkomt dat werk en opleiding helemaal wegvallen.",
    ),
    "pleegzorg_18": (
        ["afspraken_tussen_instanties"],
        "woningcorporatie",
        "hardheidsclausule",
        None,
        "Met de corporatie gezocht naar een eigen woning voor een jongere die op 18 uit pleegzorg gaat, zonder extra hulpverlening.",
        "Jongeren uit pleegzorg willen vaak geen hulp maar wel een woning; begin op tijd.",
    ),
    "groot_gezin_overlast": (
        ["afspraken_tussen_instanties"],
        "woningcorporatie",
        "huurrecht en schuldhulp",
        None,
        "Time-out op de ontbindingsprocedure bij de corporatie zolang er een plan wordt gemaakt met schuldhulp.",
        "Een time-out bij de verhuurder voorkomt uithuiszetting terwijl hulp op gang komt.",
    ),
}


def personal_values(data: dict) -> anonymise.PersonalValues:
    values = anonymise.PersonalValues()
    for member in data["members"]:
        values.names |= {member["first_name"], member["last_name"]}
        values.names.add(f"{member['first_name']} {member['last_name']}")
        if member.get("bsn"):
            values.bsns.add(member["bsn"])
        if member.get("date_of_birth"):
            values.dates.add(member["date_of_birth"])
    for person in data["professionals"]:
        values.names.add(person["name"])
    address = data.get("address") or {}
    if address.get("street"):
        values.streets.add(address["street"])
    if address.get("postcode"):
        values.postcodes.add(address["postcode"])
    return values


def source_texts(world: DemoWorld, data: dict) -> dict[str, str]:
    domains = [f"{item['description']}" for item in data["domains"] if item.get("description")]
    return {
        "title": data["title"],
        "summary": "\n".join([*domains, data.get("stagnation_risk", "")]).strip(),
        "blockage": "\n".join(
            f"{world.rules[item['rule']].name}: {item['explanation']}" for item in data["blockages"]
        ),
        "outcome": (data.get("history") or [{}])[-1].get("reason", ""),
    }


def household_terms(data: dict) -> str:
    roles: dict[str, int] = {}
    for member in data["members"]:
        roles[member["role"]] = roles.get(member["role"], 0) + 1
    return "Huishouden: " + ", ".join(f"{n} × {role}" for role, n in sorted(roles.items())) + "."


def precedent_data(world: DemoWorld, data: dict) -> dict:
    draft = services.draft_from_case(None, None, source_texts(world, data), personal_values(data))
    types, decided_by, ground, cost, solution, lessons = STORIES[data["key"]]
    return {
        "external_id": f"demo-{data['key']}",
        "title": draft.fields["title"],
        "summary": draft.fields["summary"],
        "household": household_terms(data),
        "blockage": draft.fields["blockage"],
        "outcome": draft.fields["outcome"],
        "solution": solution,
        "solution_types": types,
        "decided_by": decided_by,
        "legal_ground": ground,
        "cost_eur": cost,
        "lessons": lessons,
        "source": data["source"],
        "life_domains": [item["code"] for item in data["domains"]],
        "rule_ids": [world.rules[item["rule"]].pk for item in data["blockages"]],
        "organisation_ids": [world.organisations[item["org"]].pk for item in data["organisations"]],
    }


def load_vraagbaak(world: DemoWorld) -> int:
    """Synonyms and one published precedent per demo case; running it again changes
    nothing that is already there."""
    for terms, note in SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})
    omo = world.users["omo"]
    made = 0
    for data in DEMO_CASES:
        if data["key"] not in STORIES:
            continue
        fields = precedent_data(world, data)
        existing = Precedent.objects.filter(external_id=fields["external_id"]).first()
        if existing is None:
            services.save_precedent(omo, publish=True, **fields)
            made += 1
    search.forget()
    return made
