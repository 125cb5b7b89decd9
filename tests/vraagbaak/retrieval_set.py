# ruff: noqa: E501 - the texts are prose, one item a line, easier to read unwrapped.
"""The retrieval test set: how a professional describes a new stuck case, and the precedent
that should come first. `other_words` marks the queries written deliberately in other words
than the precedent's (the field's synonyms, a paraphrase)."""

from typing import NamedTuple


class Query(NamedTuple):
    text: str
    expected: str  # external id of the precedent that should rank first
    other_words: bool


QUERIES: list[Query] = [
    # --- In (roughly) the precedent's own words.
    Query(
        "Moeder met drie kinderen huurt een kamer bij een man die meer verwacht dan huur. De hardheidsclausule is twee keer afgewezen.",
        "demo-anna",
        False,
    ),
    Query(
        "Vrouw viel uit de Wsnp omdat een auto niet gemeld was; de 10-jaarstermijn blokkeert nu een nieuwe schuldsanering terwijl ze werk kan krijgen.",
        "demo-yvonne",
        False,
    ),
    Query(
        "Jongen krijgt pgb voor zorg maar heeft onderwijs nodig; dagbesteding op een zorgboerderij past niet.",
        "demo-michiel",
        False,
    ),
    Query(
        "Stel met kind, de kostendelersnorm verlaagt de uitkering en er is armoede; ook speelt verblijfsrecht.",
        "demo-fred_andrea",
        False,
    ),
    Query(
        "In groep 7/8 is de groepsdynamiek onveilig; jeugdhulp per kind via trajectfinanciering past niet voor de hele klas.",
        "demo-klas_groepsdynamiek",
        False,
    ),
    Query(
        "Man met een verslaving en schulden; de kredietbank weigert schuldhulpverlening zolang hij gebruikt.",
        "demo-herman",
        False,
    ),
    Query(
        "Thuisonderwijs voor een dochter valt weg, de zorgbegeleider stopt en school en gemeente zijn het niet eens over de financiering.",
        "demo-derksen",
        False,
    ),
    Query(
        "Gezin moet elke dag naar het behandelcentrum; het vervoer wordt niet vergoed, nu een voorstel voor een elektrische bakfiets.",
        "demo-koopmans",
        False,
    ),
    Query(
        "Twee zoons moeten naar speciaal basisonderwijs buiten de stad; het leerlingenvervoer hangt aan de 6 km-grens.",
        "demo-arslan",
        False,
    ),
    Query(
        "Gezin heeft een grotere woning nodig en een gezinsuitkering; de kostendelersnorm en de hardheidsclausule staan in de weg.",
        "demo-voortman",
        False,
    ),
    Query(
        "Ouders met beperkingen hebben huishoudelijke hulp en een woningaanpassing nodig; de Wmo geeft één indicatie per huishouden.",
        "demo-pieters",
        False,
    ),
    Query(
        "Moeder kan niet werken omdat zij zorgt voor haar kind; twijfel of het pgb uit de Jeugdwet of de Wlz moet komen.",
        "demo-lelystad_pgb_wlz",
        False,
    ),
    Query(
        "Kinderopvang in plaats van pleegzorg, maar de eigen bijdrage is te hoog voor het gezin met schulden.",
        "demo-lelystad_kinderopvang",
        False,
    ),
    Query(
        "Wlz-hulp voor één kind breder inzetten zodat ook het tweede kind geholpen wordt.",
        "demo-lelystad_wlz_gezin",
        False,
    ),
    Query(
        "Niet-gecontracteerde jeugdhulp kost meer dan het ingekochte tarief; wie betaalt het tariefverschil?",
        "demo-lelystad_tarief",
        False,
    ),
    Query(
        "Jongen van bijna 18 met psychiatrische problemen vindt geen passende plek in beschermd wonen.",
        "demo-lelystad_beschermd_wonen",
        False,
    ),
    Query(
        "Elektrische fiets voor iemand die vrijwilligerswerk doet; de Wmo vindt een fiets algemeen gebruikelijk.",
        "demo-lelystad_e_fiets",
        False,
    ),
    Query(
        "Aangepaste koopwoning met Wmo-geld, de hypotheek is onbetaalbaar en verkoop dreigt.",
        "demo-lelystad_koopwoning",
        False,
    ),
    Query(
        "Jonge vrouw in de crisisopvang mist ruim 800 euro om een studentenkamer te betalen; onder de 18 geen bijstand.",
        "demo-crisisopvang_800",
        False,
    ),
    Query(
        "Studie hervatten lukt niet omdat de DUO-termijn voor de diplomatermijn verlopen is.",
        "demo-studie_duo_termijn",
        False,
    ),
    # --- In other words than the precedent.
    Query(
        "Alleenstaande moeder zit met haar kleintjes in een onveilige kamer; de verhuurder geeft geen voorrang en jeugdbescherming wil de kinderen uit huis plaatsen.",
        "demo-anna",
        True,
    ),
    Query(
        "Ze zit vast: een eerder saneringstraject is mislukt en nu mag ze jaren geen schuldregeling meer, terwijl een baan klaarligt.",
        "demo-yvonne",
        True,
    ),
    Query(
        "Het huishouden krijgt minder bijstand omdat er een volwassene inwoont; korting op de uitkering door samenwonen.",
        "demo-fred_andrea",
        True,
    ),
    Query(
        "Hij drinkt en heeft grote geldproblemen; budgetbeheer wordt geweigerd tot hij van de alcohol af is.",
        "demo-herman",
        True,
    ),
    Query(
        "Een thuiszitter met een vrijstelling van de leerplicht; de begeleiding thuis wordt niet meer betaald.",
        "demo-derksen",
        True,
    ),
    Query(
        "Kinderen moeten met de taxi naar een school ver weg; de afstand naar school is net te kort voor schoolvervoer.",
        "demo-arslan",
        True,
    ),
    Query(
        "Door samenwonen krijgt het gezin korting en de corporatie wil geen groter huis geven; de kinderen dreigen naar een pleeggezin te gaan.",
        "demo-voortman",
        True,
    ),
    Query(
        "Zorgkantoor: kan de langdurige zorg van het ene kind ook de broer helpen zonder nieuwe aanvraag?",
        "demo-lelystad_wlz_gezin",
        True,
    ),
    Query(
        "Meisje moet uit de noodopvang maar kan haar kamer niet betalen; ze is te jong voor een uitkering.",
        "demo-crisisopvang_800",
        True,
    ),
    Query(
        "Hij wil weer gaan studeren maar zijn studiefinanciering is op en de studieschuld drukt; kan de termijn worden verlengd?",
        "demo-studie_duo_termijn",
        True,
    ),
    Query(
        "Zieke moeder zonder geldige verblijfsvergunning, ongedocumenteerd, heeft geen inkomen en geen woning.",
        "demo-verblijfsvergunning_moeder",
        True,
    ),
    Query(
        "Huis wordt gedwongen verkocht wegens hypotheekachterstand; de vrouw wil niet naar een opvang zonder haar honden.",
        "demo-executieverkoop_huisdieren",
        True,
    ),
    Query(
        "Een jongere wordt meerderjarig en moet het pleeggezin uit, maar heeft geen eigen huis en wil geen hulpverlening.",
        "demo-pleegzorg_18",
        True,
    ),
    Query(
        "Ontruiming dreigt voor een groot gezin door overlast; de woonstichting wil ontbinden en schuldhulp lukt niet.",
        "demo-groot_gezin_overlast",
        True,
    ),
    Query(
        "Een meisje wil bij haar volwassen worden naar een andere gemeente verhuizen, maar die wil de verlengde jeugdhulp niet betalen.",
        "demo-regiobinding_18",
        True,
    ),
    Query(
        "Gezin dreigt op straat te komen en de hulp is gebonden aan de gemeente waar ze ingeschreven staan.",
        "demo-lelystad_dakloos_woonplaats",
        True,
    ),
    Query(
        "Jonge vrouw met geldstress stopte met werk en opleiding; terugvordering van huurtoeslag en een premieschuld bij de zorgverzekering.",
        "demo-geldstress_jonge_vrouw",
        True,
    ),
    Query(
        "Vader en moeder met een beperking redden het huishouden niet; de huishoudelijke hulp levert te weinig uren.",
        "demo-pieters",
        True,
    ),
    Query(
        "Moeder is ziek en niemand kan voor de kleine kinderen zorgen; hulp in het gezin is er niet.",
        "demo-lelystad_gezinsverzorging",
        True,
    ),
    Query(
        "Vervoer naar de behandeling kost te veel; een e-bike met bak voor de kinderen zou helpen.",
        "demo-koopmans",
        True,
    ),
]
