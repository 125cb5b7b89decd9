"""Demo data for Maatwerk based on the cases in seeds 000-004; all names and BSNs are invented."""

from datetime import date
from typing import Any

# Allowed values, kept here so the data can be checked without Django.
KINDS = (
    "gemeente",
    "woningcorporatie",
    "uwv",
    "belastingdienst",
    "cak",
    "cjib",
    "duo",
    "ind",
    "svb",
    "zorgverzekeraar",
    "zorgaanbieder",
    "onderwijs",
    "schuldhulp",
    "bewindvoering",
    "politie",
    "veilig_thuis",
    "overig",
)
DOMAIN_CODES = (
    "financien_schulden",
    "inkomen",
    "wonen",
    "jeugd_opvoeding",
    "onderwijs",
    "gezondheid_ggz",
    "zorg_wmo",
    "werk_participatie",
    "veiligheid",
    "verblijfsstatus",
    "vervoer_mobiliteit",
)
CONSULENT_BY_TEAM = {"noord": "consulent", "zuid": "consulent2", "jeugd": "consulent3"}
SIGNAL_SOURCES = ("kcc", "wijkteam", "partner", "huisarts", "school", "zelfmelding", "overig")
MEMBER_ROLES = ("ouder", "kind", "partner", "hoofdbewoner", "overig")
CONSENT_VALUES = ("gegeven", "geweigerd", "niet_gevraagd")
STATUSES = ("aangemeld", "in_behandeling", "afgesloten", "heropend")
TRANSITIONS = {
    ("aangemeld", "in_behandeling"),
    ("in_behandeling", "afgesloten"),
    ("afgesloten", "heropend"),
    ("heropend", "in_behandeling"),
    ("aangemeld", "afgesloten"),
}


WIJKEN: list[str] = [
    "Centrum",
    "Noord",
    "Molenwijk",
    "Bloemenbuurt",
    "Zuid",
    "Havenkwartier",
    "Rietlanden",
    "De Akkers",
    "Oost",
    "West",
]

ORGANISATIONS: list[dict[str, Any]] = [
    {
        "key": "gemeente_werk_inkomen",
        "name": "Gemeente Demodam – Werk en Inkomen",
        "kind": "gemeente",
    },
    {"key": "gemeente_wmo", "name": "Gemeente Demodam – Wmo-loket", "kind": "gemeente"},
    {"key": "gemeente_jeugd", "name": "Gemeente Demodam – Jeugd en Gezin", "kind": "gemeente"},
    {
        "key": "gemeente_onderwijs",
        "name": "Gemeente Demodam – Leerplicht en Leerlingenvervoer",
        "kind": "gemeente",
    },
    {"key": "kredietbank_demodam", "name": "Kredietbank Demodam", "kind": "schuldhulp"},
    {
        "key": "woningcorporatie_woonstad",
        "name": "Woningcorporatie Woonstad",
        "kind": "woningcorporatie",
    },
    {
        "key": "woonstichting_thuisbasis",
        "name": "Woonstichting Thuisbasis",
        "kind": "woningcorporatie",
    },
    {"key": "uwv", "name": "UWV", "kind": "uwv"},
    {
        "key": "belastingdienst_toeslagen",
        "name": "Belastingdienst/Toeslagen",
        "kind": "belastingdienst",
    },
    {"key": "cak", "name": "CAK", "kind": "cak"},
    {"key": "cjib", "name": "CJIB", "kind": "cjib"},
    {"key": "duo", "name": "DUO", "kind": "duo"},
    {"key": "ind", "name": "IND", "kind": "ind"},
    {"key": "svb", "name": "SVB", "kind": "svb"},
    {
        "key": "zorgverzekeraar_zilveren_zorg",
        "name": "Zorgverzekeraar Zilveren Zorg",
        "kind": "zorgverzekeraar",
    },
    {"key": "ggz_de_brug", "name": "GGZ De Brug", "kind": "zorgaanbieder"},
    {"key": "jeugdhulp_kompas", "name": "Jeugdhulp Kompas", "kind": "zorgaanbieder"},
    {
        "key": "swv_passend_onderwijs",
        "name": "Samenwerkingsverband Passend Onderwijs Demodam",
        "kind": "onderwijs",
    },
    {"key": "bewindvoering_op_orde", "name": "Bewindvoering Op Orde", "kind": "bewindvoering"},
    {"key": "veilig_thuis", "name": "Veilig Thuis Regio Demodam", "kind": "veilig_thuis"},
    {"key": "rechtbank_wsnp", "name": "Rechtbank Demoland – Bureau Wsnp", "kind": "overig"},
]

# Maintained list of rules that block custom solutions; `owner` is an organisation key.
RULES: list[dict[str, Any]] = [
    {
        "key": "pw_kostendelersnorm",
        "name": "Participatiewet – kostendelersnorm",
        "law": "Participatiewet",
        "owner": "gemeente_werk_inkomen",
        "description": (
            "Wonen meerdere volwassenen (21 jaar of ouder) op hetzelfde adres, dan gaat de wet "
            "ervan uit dat zij de woonkosten delen en daalt de bijstandsnorm per persoon. Dat "
            "ontmoedigt samenwonen, mantelzorg en tijdelijk onderdak bij familie."
        ),
    },
    {
        "key": "wsnp_10_jaarstermijn",
        "name": "Wsnp – 10-jaarstermijn",
        "law": "Faillissementswet (Wsnp)",
        "owner": "rechtbank_wsnp",
        "description": (
            "Wie eerder in de wettelijke schuldsanering zat en die niet goed heeft afgerond, wordt "
            "tien jaar lang niet opnieuw toegelaten. Een uitzondering kan alleen als de nieuwe "
            "schulden buiten eigen toedoen zijn ontstaan."
        ),
    },
    {
        "key": "wmo_een_indicatie_per_huishouden",
        "name": "Wmo – één indicatie per huishouden",
        "law": "Wmo 2015 (gemeentelijke verordening)",
        "owner": "gemeente_wmo",
        "description": (
            "Voor huishoudelijke ondersteuning stelt de gemeente één indicatie vast voor het hele "
            "huishouden, ook als meer gezinsleden een beperking hebben. Een aparte indicatie voor "
            "een partner is volgens de verordening niet mogelijk."
        ),
    },
    {
        "key": "leerlingenvervoer_6km",
        "name": "Leerlingenvervoer – 6 km-grens",
        "law": "Verordening leerlingenvervoer",
        "owner": "gemeente_onderwijs",
        "description": (
            "Vervoer naar school wordt pas vergoed als de afstand tussen woning en school minstens "
            "zes kilometer is. Binnen die grens moeten ouders het halen en brengen zelf regelen, "
            "ook als dat met werk en zorgtaken niet te combineren is."
        ),
    },
    {
        "key": "woningtoewijzing_hardheidsclausule",
        "name": "Woningtoewijzing – hardheidsclausule",
        "law": "Huisvestingsverordening",
        "owner": "woningcorporatie_woonstad",
        "description": (
            "Naast de gewone toewijzing is er een spoedprocedure (meeloten, gemiddeld circa 7 "
            "maanden wachten) en een hardheidsclausule voor acute noodsituaties zoals brand. "
            "Getoetst wordt vooral of er onderdak is, niet of die plek veilig is voor kinderen."
        ),
    },
    {
        "key": "jeugdwet_woonplaatsbeginsel",
        "name": "Jeugdwet – woonplaatsbeginsel en regiobinding",
        "law": "Jeugdwet",
        "owner": "gemeente_jeugd",
        "description": (
            "De woonplaats bepaalt welke gemeente jeugdhulp betaalt, en voor zorg en woonruimte "
            "wordt vaak binding met de regio gevraagd. Wie naar een stad zonder binding wil of "
            "tijdelijk elders verblijft, valt tussen twee gemeenten in."
        ),
    },
    {
        "key": "jeugdhulp_trajectfinanciering",
        "name": "Jeugdhulp – trajectfinanciering en inkooptarieven",
        "law": "Jeugdwet (regionale inkoop)",
        "owner": "gemeente_jeugd",
        "description": (
            "De regio koopt jeugdhulp in als traject per kind (EUR 34.000 per traject) tegen vaste "
            "tarieven. Een aanpak voor een groep, of een niet-gecontracteerde aanbieder met een "
            "hoger uurtarief, past niet in die systematiek."
        ),
    },
    {
        "key": "pgb_zorg_onderwijs_gescheiden",
        "name": "Pgb – zorggeld niet voor onderwijs",
        "law": "Jeugdwet / Wet passend onderwijs",
        "owner": "gemeente_jeugd",
        "description": (
            "Zorg- en onderwijsgeld zijn strikt gescheiden: een persoonsgebonden budget voor zorg "
            "mag niet aan onderwijs worden besteed. Voor een gecombineerd "
            "zorg-onderwijsarrangement is een uitzondering nodig, maar onduidelijk is wie die mag "
            "toestaan."
        ),
    },
    {
        "key": "onderwijs_zorgplicht_thuisonderwijs",
        "name": "Passend onderwijs – zorgplicht en thuisonderwijs",
        "law": "Wet passend onderwijs",
        "owner": "swv_passend_onderwijs",
        "description": (
            "Scholen betalen onderwijs tot aan de schooldeur; voor onderwijs aan huis alleen als "
            "terugkeer naar school in beeld is. Daardoor schuiven school en jeugdteam de kosten "
            "van begeleiding bij thuisonderwijs naar elkaar door."
        ),
    },
    {
        "key": "toeslagen_terugvordering",
        "name": "Toeslagen – terugvordering en verrekening",
        "law": "Algemene wet inkomensafhankelijke regelingen",
        "owner": "belastingdienst_toeslagen",
        "description": (
            "Wijzigt de situatie, bijvoorbeeld doordat iemand anders op het adres staat "
            "ingeschreven, dan worden te veel betaalde toeslagen teruggevorderd en verrekend met "
            "lopende toeslagen. Dat gebeurt ook als het huishouden daardoor onder het "
            "bestaansminimum zakt."
        ),
    },
    {
        "key": "duo_diplomatermijn",
        "name": "Studiefinanciering – diplomatermijn en verlenging",
        "law": "Wet studiefinanciering 2000",
        "owner": "duo",
        "description": (
            "Recht op studiefinanciering en leenrecht is gekoppeld aan vaste termijnen. Wie de "
            "verlenging te laat aanvraagt, verliest het resterende leenrecht, ook als de "
            "studievertraging door ziekte of psychische problemen kwam."
        ),
    },
    {
        "key": "zvw_wanbetalersregeling",
        "name": "Zorgverzekering – premieschuld en wanbetalersregeling",
        "law": "Zorgverzekeringswet",
        "owner": "cak",
        "description": (
            "Na zes maanden premieachterstand volgt aanmelding bij het CAK en een verhoogde "
            "bestuursrechtelijke premie, vaak ingehouden op loon of uitkering. De schuld groeit "
            "daardoor sneller dan iemand kan aflossen."
        ),
    },
    {
        "key": "wlz_jeugdwet_wmo_afbakening",
        "name": "Wlz/Jeugdwet/Wmo – afbakening",
        "law": "Wet langdurige zorg / Jeugdwet / Wmo 2015",
        "owner": "zorgverzekeraar_zilveren_zorg",
        "description": (
            "Of zorg uit de Wlz, de Jeugdwet, de Wmo of de Zvw komt, bepaalt tarief, voorwaarden "
            "en wie betaalt. Bij de overgang naar 18 jaar of naar langdurige zorg blijft hulp "
            "liggen terwijl partijen uitzoeken wie aan zet is."
        ),
    },
    {
        "key": "pw_geen_bijstand_onder_18",
        "name": "Participatiewet – geen uitkering onder 18 jaar",
        "law": "Participatiewet",
        "owner": "gemeente_werk_inkomen",
        "description": (
            "Minderjarigen hebben geen recht op algemene bijstand en in de regel ook niet op "
            "bijzondere bijstand voor levensonderhoud, omdat ouders onderhoudsplichtig zijn. "
            "Jongeren zonder steunend netwerk komen zo tot hun 18e zonder inkomen te zitten."
        ),
    },
    {
        "key": "bb_inkomensgrens_minima",
        "name": "Bijzondere bijstand – inkomensgrens en draagkracht",
        "law": "Participatiewet / minimabeleid",
        "owner": "gemeente_werk_inkomen",
        "description": (
            "Minimaregelingen en bijzondere bijstand gelden tot een vaste inkomensgrens en rekenen "
            "met draagkracht zonder schulden, vermogen in de eigen woning of bijzondere lasten "
            "goed mee te wegen. Wie net boven de grens zit, valt overal buiten."
        ),
    },
    {
        "key": "wgs_weigeringsgronden",
        "name": "Schuldhulpverlening – weigeringsgronden",
        "law": "Wet gemeentelijke schuldhulpverlening",
        "owner": "kredietbank_demodam",
        "description": (
            "Schuldhulp kan worden geweigerd of uitgesteld, bijvoorbeeld bij een onbehandelde "
            "verslaving of nieuwe schulden tijdens een eerder traject. Zo moet eerst het ene "
            "probleem opgelost zijn voordat aan het andere gewerkt mag worden."
        ),
    },
    {
        "key": "wmo_vervoer_algemeen_gebruikelijk",
        "name": "Wmo/Jeugdwet – vervoersvoorziening",
        "law": "Wmo 2015 / Jeugdwet",
        "owner": "gemeente_wmo",
        "description": (
            "Een (elektrische) fiets of bakfiets geldt als algemeen gebruikelijk en wordt niet als "
            "hulpmiddel vergoed. Vervoer via de Jeugdwet is er alleen als de ouder het vervoer "
            "door een eigen beperking niet zelf kan verzorgen."
        ),
    },
    {
        "key": "koppelingsbeginsel",
        "name": "Vreemdelingenrecht – koppelingsbeginsel en verblijfsrecht",
        "law": "Vreemdelingenwet 2000",
        "owner": "ind",
        "description": (
            "Zonder rechtmatig verblijf vervallen uitkering, toeslagen en zorgverzekering. "
            "EU-burgers die kort in Nederland zijn, lopen risico op verlies van verblijfsrecht als "
            "zij een beroep doen op bijstand. Alleen de staatssecretaris kan discretionair "
            "afwijken."
        ),
    },
]

# Demo cases. `*_days_ago` values are relative to the day the demo is loaded.
DEMO_CASES: list[dict[str, Any]] = [
    {
        "key": "yvonne",
        "title": "Yvonne – schulden blokkeren werk",
        "source": "seed 003 (Yvonne)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "wijkteam",
        "signal_days_ago": 240,
        "wijk": "Rietlanden",
        "address": {
            "street": "Lisdoddestraat",
            "house_number": "14",
            "postcode": "4625 KL",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Yvonne",
                "last_name": "Hoekstra",
                "date_of_birth": "1988-05-14",
                "role": "ouder",
                "bsn": "300297725",
            },
            {
                "first_name": "Noor",
                "last_name": "Hoekstra",
                "date_of_birth": "2018-02-03",
                "role": "kind",
                "bsn": "869310987",
            },
        ],
        "domains": [
            {
                "code": "financien_schulden",
                "description": (
                    "Ongeveer EUR 81.000 schuld, verspreid over 41 schuldeisers; staat onder "
                    "beschermingsbewind. Bij een vordering van EUR 22.000 van een postorderbedrijf "
                    "twijfelt de bewindvoerder of die te goeder trouw is ontstaan."
                ),
            },
            {
                "code": "inkomen",
                "description": (
                    "Leeft van een bijstandsuitkering; over drie jaar is er maar EUR 1.800 "
                    "afloscapaciteit, schuldeisers zouden minder dan 2,5 cent per euro krijgen."
                ),
            },
            {
                "code": "werk_participatie",
                "description": (
                    "Betaald werk levert haar vrijwel niets op omdat elke extra euro naar de "
                    "schuldeisers gaat; de prikkel om werk te zoeken ontbreekt."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Veel stress door de schulden; had eerder lichamelijke en psychische klachten "
                    "en hield hulpverleners toen op afstand."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Haar dochter van 8 groeit op in langdurige armoede; moeder voelt zich daar "
                    "schuldig over."
                ),
            },
        ],
        "organisations": [
            {"org": "bewindvoering_op_orde", "role": "beschermingsbewindvoerder"},
            {"org": "kredietbank_demodam", "role": "schuldhulpverlening"},
            {"org": "rechtbank_wsnp", "role": "toelating Wsnp"},
            {"org": "gemeente_werk_inkomen", "role": "uitkering en re-integratie"},
            {"org": "belastingdienst_toeslagen", "role": "schuldeiser (huurtoeslag)"},
        ],
        "professionals": [
            {"name": "Marloes de Wit", "org": "bewindvoering_op_orde", "role": "bewindvoerder"},
            {"name": "Ruben Smits", "org": "kredietbank_demodam", "role": "schuldhulpverlener"},
            {"name": "Inge Verhoef", "org": "gemeente_werk_inkomen", "role": "klantmanager"},
        ],
        "blockages": [
            {
                "rule": "wsnp_10_jaarstermijn",
                "explanation": (
                    "Yvonne viel na ongeveer negen maanden uit een eerder Wsnp-traject: een auto "
                    "op haar naam was niet gemeld en er ontstonden nieuwe schulden. De rechtbank "
                    "ziet geen grond voor een uitzondering, dus pas na de tienjaarstermijn plus "
                    "drie jaar sanering kan ze met een schone lei beginnen."
                ),
            },
            {
                "rule": "toeslagen_terugvordering",
                "explanation": (
                    "In die periode stond iemand anders op haar adres ingeschreven; de "
                    "teruggevorderde huurtoeslag is nu een van de vorderingen."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": (
                    "Minnelijke schuldregeling verkend met bewindvoerder en kredietbank."
                ),
                "result": (
                    "Kansloos geacht; de bewindvoerder raadt af een regeling te starten omdat "
                    "schuldeisers die nu stil zijn zich dan alsnog melden."
                ),
            },
            {
                "description": (
                    "Bij de rechtbank gevraagd naar een uitzondering op de Wsnp-termijn."
                ),
                "result": (
                    "Niet mogelijk: de nieuwe schulden zijn niet buiten haar toedoen ontstaan."
                ),
            },
        ],
        "stagnation_risk": (
            "Zonder doorbraak heeft Yvonne tien jaar lang geen uitzicht op een hoger inkomen, "
            "loont werken niet en betaalt de gemeente elk jaar EUR 1.500 aan bewindvoering. De "
            "maatschappelijke kosten over tien jaar worden geschat op zo'n EUR 165.000, twee keer "
            "de huidige schuld."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met bewindvoerder, kredietbank en Werk en Inkomen",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 226,
                "reason": (
                    "Besproken in het weekoverleg; integraal plan voor hulp, schulden en werk "
                    "wordt opgesteld."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 200,
                "text": (
                    "Kassabon: een participatiebonus van EUR 3.000 als extra aanbod in het "
                    "minnelijk traject, tegenover circa EUR 165.000 maatschappelijke kosten in "
                    "tien jaar."
                ),
            },
            {
                "days_ago": 120,
                "text": (
                    "Alternatief onderzocht: opnieuw een Wsnp-verzoek, met uitleg wat er sinds het "
                    "vorige traject veranderd is."
                ),
            },
            {
                "days_ago": 45,
                "text": (
                    "Fonds voor bijzondere noden gevraagd de bonus te verstrekken; besluit na "
                    "tweede blik van de teamleider."
                ),
            },
        ],
    },
    {
        "key": "anna",
        "title": "Anna – geen woning, geen uitweg",
        "source": "seed 003 (Anna)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "partner",
        "signal_days_ago": 690,
        "wijk": "Centrum",
        "address": {
            "street": "Kerkstraat",
            "house_number": "7b",
            "postcode": "4611 AC",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Anna",
                "last_name": "Zielinska",
                "date_of_birth": "1994-03-02",
                "role": "ouder",
                "bsn": "127408599",
            },
            {
                "first_name": "Julia",
                "last_name": "Zielinska",
                "date_of_birth": "2016-09-12",
                "role": "kind",
                "bsn": "511842788",
            },
            {
                "first_name": "Kacper",
                "last_name": "Zielinski",
                "date_of_birth": "2018-04-30",
                "role": "kind",
                "bsn": "634944599",
            },
            {
                "first_name": "Lena",
                "last_name": "Zielinska",
                "date_of_birth": "2022-01-17",
                "role": "kind",
                "bsn": "385040209",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": (
                    "Huurt een kamer bij een voormalige klant die naast de huur ook seks verwacht; "
                    "geen eigen woning en geen familie in Nederland."
                ),
            },
            {
                "code": "veiligheid",
                "description": (
                    "De spanning met de huisbaas loopt op en er is sprake van huiselijk geweld; de "
                    "vrouwenopvang neemt haar niet op omdat het geen partnergeweld is."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Volgens de jeugdbescherming moeten de drie jonge kinderen uit huis worden "
                    "geplaatst als er niet snel een eigen woning komt."
                ),
            },
            {
                "code": "werk_participatie",
                "description": (
                    "Is uit de prostitutie gestapt en probeert zich los te maken van haar pooier; "
                    "zoekt ander werk."
                ),
            },
        ],
        "organisations": [
            {
                "org": "woningcorporatie_woonstad",
                "role": "verhuurder; beslist over de hardheidsclausule",
            },
            {"org": "veilig_thuis", "role": "melding huiselijk geweld"},
            {"org": "jeugdhulp_kompas", "role": "jeugdbescherming"},
        ],
        "professionals": [
            {
                "name": "Jeroen Mulder",
                "org": "woningcorporatie_woonstad",
                "role": "consulent bijzondere bemiddeling",
            },
            {"name": "Sanne Koster", "org": "jeugdhulp_kompas", "role": "jeugdbeschermer"},
        ],
        "blockages": [
            {
                "rule": "woningtoewijzing_hardheidsclausule",
                "explanation": (
                    "Twee beroepen op de hardheidsclausule zijn afgewezen: eerst omdat Anna tegen "
                    "een huismeester gezegd zou hebben dat ze met de huisbaas samenwoont, daarna "
                    "(ook na tussenkomst van de manager) omdat ze een dak boven haar hoofd had. Of "
                    "die plek veilig was voor de kinderen, woog niet mee."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Ingeschreven voor de spoedprocedure (meeloten).",
                "result": (
                    "Gemiddeld circa 7 maanden wachten; veel te lang gezien de dreigende "
                    "uithuisplaatsing."
                ),
            },
            {
                "description": "Aanmelding bij de vrouwenopvang.",
                "result": "Afgewezen: het geweld speelt zich niet af binnen een partnerrelatie.",
            },
            {
                "description": "Twee verzoeken om toepassing van de hardheidsclausule.",
                "result": "Beide afgewezen.",
            },
        ],
        "stagnation_risk": (
            "Moeder en kinderen blijven in een onveilige situatie, de kinderen worden uit huis "
            "geplaatst en Anna dreigt terug te vallen in afhankelijkheid van huisbaas of pooier."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met woningcorporatie, Veilig Thuis en jeugdbescherming",
        "status": "afgesloten",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 675,
                "reason": (
                    "Casus opgepakt; escalatie naar de manager voor contact met de corporatie."
                ),
            },
            {
                "to": "afgesloten",
                "days_ago": 25,
                "reason": (
                    "Anna kreeg via de loting van de spoedprocedure een eigen woning; na bijna "
                    "twee jaar afgesloten. Knelpunt hardheidsclausule doorgezet naar beleid."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 400,
                "text": (
                    "Garantstelling uit het maatwerkfonds aangeboden aan een beheerder van "
                    "tijdelijke woningen, zodat die een gezin durft te huisvesten; beheerder houdt "
                    "de boot af."
                ),
            },
            {
                "days_ago": 25,
                "text": (
                    "Sleutels ontvangen. Anna werkt in een paar schoonmaakbanen en voorziet in "
                    "haar eigen levensonderhoud."
                ),
            },
        ],
    },
    {
        "key": "michiel",
        "title": "Michiel – tussen zorg en onderwijs",
        "source": "seed 003 (Michiel)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "school",
        "signal_days_ago": 560,
        "wijk": "Oost",
        "address": {
            "street": "Populierenlaan",
            "house_number": "23",
            "postcode": "4632 BT",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Esther",
                "last_name": "van Leeuwen",
                "date_of_birth": "1983-11-02",
                "role": "ouder",
                "bsn": "735321371",
            },
            {
                "first_name": "Martijn",
                "last_name": "van Leeuwen",
                "date_of_birth": "1981-06-15",
                "role": "ouder",
                "bsn": "731629668",
            },
            {
                "first_name": "Michiel",
                "last_name": "van Leeuwen",
                "date_of_birth": "2015-03-21",
                "role": "kind",
                "bsn": "817076918",
            },
            {
                "first_name": "Bas",
                "last_name": "van Leeuwen",
                "date_of_birth": "2017-08-09",
                "role": "kind",
                "bsn": "850466581",
            },
        ],
        "domains": [
            {
                "code": "onderwijs",
                "description": (
                    "Zelfs een plusklas van hooguit zes leerlingen in het speciaal onderwijs "
                    "(cluster 4) werd te veel; hij viel uit, kreeg ontheffing van de leerplicht en "
                    "krijgt op de zorgboerderij geen les."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Zware vorm van autisme bij een normaal IQ; verwondt zichzelf en heeft "
                    "dagelijks woedeaanvallen. Zijn broer van 9 heeft dezelfde diagnose."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Beide jongens hebben voortdurend begeleiding nodig; ouders verdelen de zorg "
                    "en raken uitgeput, de spanning thuis loopt op."
                ),
            },
            {
                "code": "zorg_wmo",
                "description": (
                    "Pgb van EUR 40.000 voor zorg, nu besteed aan dagbesteding op een "
                    "zorgboerderij tussen cliënten met zware zorgvragen."
                ),
            },
        ],
        "organisations": [
            {
                "org": "swv_passend_onderwijs",
                "role": "school voor speciaal onderwijs en arrangementen",
            },
            {"org": "gemeente_jeugd", "role": "verstrekker pgb"},
            {"org": "jeugdhulp_kompas", "role": "behandelaar en systeemtherapie"},
            {"org": "gemeente_onderwijs", "role": "leerplicht"},
        ],
        "professionals": [
            {"name": "Ilse Bosman", "org": "jeugdhulp_kompas", "role": "systeemtherapeut"},
            {
                "name": "Peter Hendriks",
                "org": "swv_passend_onderwijs",
                "role": "onderwijsconsulent",
            },
            {
                "name": "Fatima El Amrani",
                "org": "gemeente_onderwijs",
                "role": "leerplichtambtenaar",
            },
        ],
        "blockages": [
            {
                "rule": "pgb_zorg_onderwijs_gescheiden",
                "explanation": (
                    "Ouders willen het zorg-pgb en het onderwijsgeld samenvoegen voor een kleine "
                    "klas met begeleiding dicht bij huis. Zorggeld mag niet naar onderwijs en "
                    "niemand weet wie een uitzondering mag toestaan; ook na overleg met de "
                    "wethouder bleef een besluit uit."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": (
                    "Time-out met leerplichtontheffing en dagbesteding op een zorgboerderij uit "
                    "het pgb."
                ),
                "result": (
                    "Zonder onderwijs gaat hij zich vervelen en achteruit; het zelfverwonden komt "
                    "terug."
                ),
            },
            {
                "description": (
                    "Overleg tussen ouders, school, zorgboerderij en gemeente over een "
                    "zorg-onderwijsarrangement."
                ),
                "result": (
                    "Veel overleg, geen besluit. Na de zomer opname in een behandelcentrum voor "
                    "autisme met school in de buurt (klas van vijf)."
                ),
            },
        ],
        "stagnation_risk": (
            "De opname duurt een jaar. Ligt er daarna geen arrangement klaar, dan volgt weer een "
            "duurdere oplossing ver van huis die slecht aansluit bij wat ouders willen."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met school, samenwerkingsverband, leerplicht en behandelaar",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 540,
                "reason": (
                    "Canvas ingevuld; opgeschaald naar teamleider en programmamanager omdat niet "
                    "duidelijk is wie bevoegd is."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 300,
                "text": (
                    "Moeder: het motto één gezin, één plan, één regisseur zegt weinig zolang de "
                    "regisseur niets mag beslissen."
                ),
            },
            {
                "days_ago": 60,
                "text": (
                    "Vervolg na het behandeljaar voorbereiden: zorgboerderij met onderwijs of "
                    "kleine klas dicht bij huis; bevoegde beslisser vastleggen in de vraagbaak."
                ),
            },
        ],
    },
    {
        "key": "fred_andrea",
        "title": "Fred & Andrea – kostendelersnorm en armoede",
        "source": "seed 003 (Fred en Andrea)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "zelfmelding",
        "signal_days_ago": 330,
        "wijk": "Havenkwartier",
        "address": {
            "street": "Kademuur",
            "house_number": "88",
            "postcode": "4627 HW",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Fred",
                "last_name": "Dekker",
                "date_of_birth": "1974-10-08",
                "role": "ouder",
                "bsn": "691012842",
            },
            {
                "first_name": "Andrea",
                "last_name": "Popescu",
                "date_of_birth": "1991-02-27",
                "role": "partner",
                "bsn": "105747634",
            },
            {
                "first_name": "Luca",
                "last_name": "Dekker",
                "date_of_birth": "2024-07-15",
                "role": "kind",
                "bsn": "733743559",
            },
        ],
        "domains": [
            {
                "code": "inkomen",
                "description": (
                    "Door de kostendelersnorm is de bijstand ongeveer EUR 300 per maand lager; er "
                    "blijft EUR 686 over, plus EUR 200 uit Andrea's deeltijdbaan. Dat is minder "
                    "dan de norm voor een alleenstaande ouder."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Fred heeft het chronisch vermoeidheidssyndroom en is vrijgesteld van de "
                    "sollicitatieplicht."
                ),
            },
            {
                "code": "werk_participatie",
                "description": (
                    "Andrea was tandartsassistente in Londen; haar taalachterstand staat werk op "
                    "niveau in de weg."
                ),
            },
            {
                "code": "verblijfsstatus",
                "description": (
                    "Andrea woont te kort in Nederland voor sociale zekerheid; een aanvraag op de "
                    "gezinsnorm kan haar verblijfsrecht raken."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "De peuter groeit op onder de armoedegrens; over zijn veiligheid zijn nu geen "
                    "zorgen."
                ),
            },
        ],
        "organisations": [
            {"org": "gemeente_werk_inkomen", "role": "uitkering en werkbemiddeling"},
            {"org": "ind", "role": "verblijfsrecht partner"},
        ],
        "professionals": [
            {"name": "Karim Benali", "org": "gemeente_werk_inkomen", "role": "inkomensconsulent"},
            {"name": "Joyce van Dijk", "org": "gemeente_werk_inkomen", "role": "werkcoach"},
        ],
        "blockages": [
            {
                "rule": "pw_kostendelersnorm",
                "explanation": (
                    "Andrea staat bij Fred ingeschreven, dus Werk en Inkomen past de "
                    "kostendelersnorm toe en de uitkering daalt met ongeveer EUR 300 per maand."
                ),
            },
            {
                "rule": "koppelingsbeginsel",
                "explanation": (
                    "Werk en Inkomen wil de gehuwdennorm toepassen, maar dan is de kans groot dat "
                    "de IND het verblijfsrecht van Andrea opnieuw beoordeelt."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Werk en Inkomen helpt Andrea bij het zoeken naar werk.",
                "result": (
                    "Andrea vond zelf een deeltijdbaan van EUR 200 per maand; het inkomen blijft "
                    "onder het minimum."
                ),
            },
            {
                "description": "Gesprek met de wethouder georganiseerd.",
                "result": (
                    "Fred blijft de regels onrechtvaardig vinden; de verhouding met de generalist "
                    "is verstoord."
                ),
            },
        ],
        "stagnation_risk": (
            "Jarenlang onder de armoedegrens leven loopt hoe dan ook vast in schulden en "
            "spanningen; zolang er geen plan komt, betaalt het kind de prijs."
        ),
        "household_involved": False,
        "household_not_involved_reason": (
            "Na een conflict wil Fred niet verder met de generalist; een nieuw gesprek met een "
            "andere consulent en een vertrouwenspersoon wordt voorbereid."
        ),
        "household_involved_from_days": 21,
        "consent": "geweigerd",
        "consent_scope": "",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 310,
                "reason": (
                    "Ingebracht als botsing tussen kostendelersnorm en zorg voor het kind; in het "
                    "overleg blijkt het vooral een motivatievraag."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 150,
                "text": "Veiligheid van het kind besproken: op dit moment geen zorgen.",
            },
            {
                "days_ago": 40,
                "text": (
                    "Fred heeft de generalist uitgescholden; overdracht aan een collega besproken "
                    "met de teamleider."
                ),
            },
        ],
    },
    {
        "key": "klas_groepsdynamiek",
        "title": "Groep 7/8 – onveilige groepsdynamiek",
        "source": "seed 003 (klas met emotioneel onveilige groepsdynamiek)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "school",
        "signal_days_ago": 320,
        "wijk": "West",
        "address": {
            "street": "Schoolpad",
            "house_number": "2",
            "postcode": "4634 GE",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Linda",
                "last_name": "Vos",
                "date_of_birth": "1984-07-07",
                "role": "ouder",
                "bsn": "505075969",
            },
            {
                "first_name": "Daan",
                "last_name": "Vos",
                "date_of_birth": "2015-01-19",
                "role": "kind",
                "bsn": "123338621",
            },
            {
                "first_name": "Erik",
                "last_name": "Schouten",
                "date_of_birth": "1980-05-25",
                "role": "ouder",
                "bsn": "193050675",
            },
            {
                "first_name": "Tim",
                "last_name": "Schouten",
                "date_of_birth": "2014-11-03",
                "role": "kind",
                "bsn": "694314894",
            },
        ],
        "domains": [
            {
                "code": "onderwijs",
                "description": (
                    "In de combinatieklas 7/8 wordt gepest, lopen grappen uit de hand en hebben "
                    "kinderen een grote mond tegen elkaar en de leerkracht, die zijn gezag "
                    "kwijtraakt."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Twee leerlingen spelen een centrale rol: een eigenzinnige jongen die zich "
                    "niet laat corrigeren en een onzekere meeloper. Hun ouders zien geen probleem."
                ),
            },
        ],
        "organisations": [
            {"org": "swv_passend_onderwijs", "role": "school en intern begeleider"},
            {"org": "jeugdhulp_kompas", "role": "ambulante hulpverlening"},
            {"org": "gemeente_jeugd", "role": "ambtenaar jeugd; budget buiten de regionale inkoop"},
        ],
        "professionals": [
            {"name": "Nienke Hofman", "org": "jeugdhulp_kompas", "role": "ambulant hulpverlener"},
            {"name": "Gert Visser", "org": "gemeente_jeugd", "role": "beleidsmedewerker jeugd"},
            {"name": "Wouter Kramer", "org": "swv_passend_onderwijs", "role": "intern begeleider"},
        ],
        "blockages": [
            {
                "rule": "jeugdhulp_trajectfinanciering",
                "explanation": (
                    "Geld is er alleen per traject per kind (EUR 34.000). Om de groep aan te "
                    "pakken zouden twee indicaties nodig zijn, samen EUR 68.000: ongeveer twintig "
                    "keer de groepsaanpak. Een eigen-krachtconferentie is bovendien niet "
                    "ingekocht."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": (
                    "School vraagt via het wijkteam om een eigen-krachtconferentie met de klas."
                ),
                "result": (
                    "Niet ingekocht; alleen netwerkversterking bij een andere aanbieder was "
                    "mogelijk."
                ),
            },
            {
                "description": "Inzet schoolmaatschappelijk werk.",
                "result": "Op dat moment niet actief op deze school.",
            },
        ],
        "stagnation_risk": (
            "De dynamiek verslechtert opnieuw; zonder vervolg worden incidenten groter en komen "
            "dure individuele trajecten in beeld die het groepsprobleem niet oplossen."
        ),
        "household_involved": False,
        "household_not_involved_reason": (
            "De ouders van de twee leerlingen vinden dat er met hun kind niets aan de hand is en "
            "willen geen hulptraject; de aanpak richt zich op de klas en wordt via een ouderavond "
            "met alle ouders gedeeld."
        ),
        "household_involved_from_days": 21,
        "consent": "niet_gevraagd",
        "consent_scope": "",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 310,
                "reason": (
                    "Ambtenaar jeugd geeft toestemming voor maatwerk buiten de trajectinkoop."
                ),
            },
            {
                "to": "afgesloten",
                "days_ago": 180,
                "reason": (
                    "Plan uitgevoerd: 40 uur hulp (EUR 3.080) met observatie, coaching van de "
                    "leerkracht, een huisbezoek en een ouderavond. De leerkracht merkt "
                    "verbetering."
                ),
            },
            {
                "to": "heropend",
                "days_ago": 45,
                "reason": "School meldt dat het effect wegebt en de sfeer weer verslechtert.",
            },
            {
                "to": "in_behandeling",
                "days_ago": 40,
                "reason": (
                    "Vervolg in het weekoverleg: tweede ouderavond en borging via "
                    "schoolmaatschappelijk werk."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 250,
                "text": (
                    "Kassabon: groepsaanpak EUR 3.080 tegenover twee jeugdhulptrajecten van elk "
                    "EUR 34.000."
                ),
            },
            {
                "days_ago": 120,
                "text": "Terugkomavond voor ouders gaat niet door wegens te weinig aanmeldingen.",
            },
        ],
    },
    {
        "key": "herman",
        "title": "Herman – verslaving en schulden, kip of ei",
        "source": "seed 003 (Herman)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "huisarts",
        "signal_days_ago": 35,
        "wijk": "Molenwijk",
        "address": {
            "street": "Korenmolen",
            "house_number": "41",
            "postcode": "4615 MR",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Herman",
                "last_name": "Kuipers",
                "date_of_birth": "1973-08-30",
                "role": "hoofdbewoner",
                "bsn": "531925201",
            },
        ],
        "domains": [
            {"code": "financien_schulden", "description": "Ongeveer EUR 50.000 schuld."},
            {
                "code": "gezondheid_ggz",
                "description": "Alcoholverslaving; nog niet in behandeling.",
            },
        ],
        "organisations": [
            {"org": "kredietbank_demodam", "role": "schuldhulpverlening"},
            {"org": "ggz_de_brug", "role": "verslavingszorg"},
        ],
        "professionals": [
            {
                "name": "Anouk Peters",
                "org": "kredietbank_demodam",
                "role": "intakemedewerker schuldhulp",
            },
            {"name": "Dirk Jacobs", "org": "ggz_de_brug", "role": "verslavingsbehandelaar"},
        ],
        "blockages": [
            {
                "rule": "wgs_weigeringsgronden",
                "explanation": (
                    "Schuldhulp is afgewezen zolang de verslaving niet wordt aangepakt, terwijl "
                    "behandeling weinig kans heeft zolang de schulden blijven drukken."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Aanvraag schuldhulpverlening bij de kredietbank.",
                "result": "Afgewezen: eerst moet de alcoholverslaving worden behandeld.",
            },
        ],
        "stagnation_risk": (
            "Schulden en verslaving versterken elkaar; zonder gelijktijdige aanpak groeit de "
            "schuld en nemen het risico op huisuitzetting en gezondheidsschade toe."
        ),
        "household_involved": False,
        "household_not_involved_reason": (
            "Herman is via de huisarts aangemeld en nog niet zelf gesproken; een eerste huisbezoek "
            "samen met de verslavingszorg is gepland."
        ),
        "household_involved_from_days": 7,
        "consent": "niet_gevraagd",
        "consent_scope": "",
        "status": "aangemeld",
        "eligibility_reason": "",
        "history": [],
        "notes": [
            {
                "days_ago": 30,
                "text": (
                    "Huisarts: Herman staat open voor hulp als ook zijn schulden worden aangepakt."
                ),
            },
        ],
    },
    {
        "key": "derksen",
        "title": "Familie Derksen – thuisonderwijs valt weer weg",
        "source": "seed 004 (familie Derksen)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "school",
        "signal_days_ago": 430,
        "wijk": "Oost",
        "address": {
            "street": "Berkenhof",
            "house_number": "5",
            "postcode": "4631 DK",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Ronald",
                "last_name": "Verbeek",
                "date_of_birth": "1975-04-11",
                "role": "ouder",
                "bsn": "736070485",
            },
            {
                "first_name": "Monique",
                "last_name": "Verbeek",
                "date_of_birth": "1977-09-23",
                "role": "ouder",
                "bsn": "389466839",
            },
            {
                "first_name": "Lindsay",
                "last_name": "Verbeek",
                "date_of_birth": "2011-06-05",
                "role": "kind",
                "bsn": "380227253",
            },
        ],
        "domains": [
            {
                "code": "onderwijs",
                "description": (
                    "Lindsay (15) kan door de prikkels geen les volgen op haar vso-school; moeder "
                    "geeft thuisonderwijs met lesmateriaal en toetsen van school."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Forse psychische en lichamelijke problemen; Lindsay vertrouwt mensen moeilijk."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Moeder draagt zowel de zorg als het onderwijs en dreigt overbelast te raken."
                ),
            },
        ],
        "organisations": [
            {"org": "swv_passend_onderwijs", "role": "school voor voortgezet speciaal onderwijs"},
            {"org": "gemeente_jeugd", "role": "beschikking zorgbegeleider"},
            {"org": "jeugdhulp_kompas", "role": "zorgbegeleider thuisonderwijs"},
            {"org": "gemeente_onderwijs", "role": "leerplicht"},
        ],
        "professionals": [
            {"name": "Hanneke Smit", "org": "jeugdhulp_kompas", "role": "zorgbegeleider (ZBL)"},
            {"name": "Tom de Graaf", "org": "swv_passend_onderwijs", "role": "onderwijsconsulent"},
            {"name": "Yara Bouali", "org": "gemeente_jeugd", "role": "toetser jeugd"},
        ],
        "blockages": [
            {
                "rule": "onderwijs_zorgplicht_thuisonderwijs",
                "explanation": (
                    "School vindt onderwijs aan huis niet haar verantwoordelijkheid zolang "
                    "terugkeer onzeker is; de gemeente wil pas meebetalen als school eerst een "
                    "halfjaar financiert, en school zegt daar geen budget voor te hebben. Het "
                    "overleg duurt al een jaar."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Een-op-een begeleider op school en een begeleider thuis.",
                "result": (
                    "Werkte na een moeizame start, maar stopte plotseling door problemen bij de "
                    "aanbieder."
                ),
            },
            {
                "description": (
                    "Beschikking zorgbegeleider met onderwijservaring, tien uur per week voor een "
                    "halfjaar (Jeugdwet)."
                ),
                "result": "Succesvol, maar niet verlengd vanwege de discussie over wie betaalt.",
            },
            {
                "description": "Leerplicht en onderwijsconsulent ingeschakeld.",
                "result": "School biedt online lessen aan; dat werkt voor Lindsay niet.",
            },
        ],
        "stagnation_risk": (
            "Moeder raakt overbelast en kan de zorg niet meer dragen, Lindsay valt uit het "
            "onderwijs en jeugdhulp met verblijf komt in beeld (EUR 22.000 tot 56.000 per "
            "halfjaar)."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met school, samenwerkingsverband, leerplicht en zorgaanbieder",
        "status": "heropend",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 410,
                "reason": "Jeugdteam neemt procesregie; gesprek met school over een nieuw plan.",
            },
            {
                "to": "afgesloten",
                "days_ago": 230,
                "reason": (
                    "Zorgbegeleider voor een halfjaar beschikt (EUR 13.000, tien uur per week); "
                    "afgesloten met afspraak dat school en gemeente de cofinanciering regelen."
                ),
            },
            {
                "to": "heropend",
                "days_ago": 35,
                "reason": (
                    "Zorgbegeleider gestopt; school en gemeente zijn het niet eens over de "
                    "financiering en moeder doet weer alles zelf."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 300,
                "text": (
                    "Kassabon: halfjaar zorgbegeleider EUR 13.000 tegenover EUR 22.000 tot 56.000 "
                    "voor een halfjaar jeugdhulp met verblijf."
                ),
            },
            {
                "days_ago": 34,
                "text": (
                    "Voorstel: overbruggingsprocedure, de gemeente financiert voor en school "
                    "betaalt terug zodra vaststaat wie verantwoordelijk is."
                ),
            },
            {
                "days_ago": 20,
                "text": (
                    "Ondanks alles met thuisonderwijs een niveau omhoog; Lindsay is zeer "
                    "gemotiveerd."
                ),
            },
        ],
    },
    {
        "key": "koopmans",
        "title": "Familie Koopmans – vervoer naar het behandelcentrum",
        "source": "seed 004 (familie Koopmans)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "partner",
        "signal_days_ago": 150,
        "wijk": "De Akkers",
        "address": {
            "street": "Akkerwinde",
            "house_number": "19",
            "postcode": "4628 AW",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Priscilla",
                "last_name": "de Boer",
                "date_of_birth": "1994-02-12",
                "role": "ouder",
                "bsn": "658934387",
            },
            {
                "first_name": "Sven",
                "last_name": "de Boer",
                "date_of_birth": "1989-12-01",
                "role": "ouder",
                "bsn": "177557254",
            },
            {
                "first_name": "Jayden",
                "last_name": "de Boer",
                "date_of_birth": "2015-05-20",
                "role": "kind",
                "bsn": "808941434",
            },
            {
                "first_name": "Mila",
                "last_name": "de Boer",
                "date_of_birth": "2021-03-14",
                "role": "kind",
                "bsn": "690775465",
            },
            {
                "first_name": "Sem",
                "last_name": "de Boer",
                "date_of_birth": "2022-06-28",
                "role": "kind",
                "bsn": "361554461",
            },
            {
                "first_name": "Fleur",
                "last_name": "de Boer",
                "date_of_birth": "2023-10-09",
                "role": "kind",
                "bsn": "504284897",
            },
        ],
        "domains": [
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "De drie jongsten (3, 4 en 5) hebben een ontwikkelingsachterstand, de zoon van "
                    "11 psychische problemen; er zijn zorgen of de kinderen thuis kunnen blijven."
                ),
            },
            {
                "code": "vervoer_mobiliteit",
                "description": (
                    "De lange wandeling naar het kinderbehandelcentrum kost moeder veel tijd en "
                    "energie."
                ),
            },
            {
                "code": "wonen",
                "description": (
                    "Tweekamerwoning, te klein voor zes personen; de woning was sterk vervuild."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Moeder heeft een licht verstandelijke beperking, vader niet-aangeboren "
                    "hersenletsel en trekt zich overdag terug; moeder draagt de zorg vrijwel "
                    "alleen."
                ),
            },
        ],
        "organisations": [
            {"org": "jeugdhulp_kompas", "role": "kinderbehandelcentrum en gezinsvoogdij"},
            {"org": "gemeente_jeugd", "role": "jeugdteam"},
            {"org": "gemeente_wmo", "role": "Wmo-loket"},
            {"org": "woonstichting_thuisbasis", "role": "verhuurder"},
        ],
        "professionals": [
            {
                "name": "Rianne Wolters",
                "org": "gemeente_jeugd",
                "role": "thuisbegeleider jeugdteam",
            },
            {"name": "Bram Lammers", "org": "jeugdhulp_kompas", "role": "gezinsvoogd"},
        ],
        "blockages": [
            {
                "rule": "wmo_vervoer_algemeen_gebruikelijk",
                "explanation": (
                    "Een elektrische bakfiets (ca. EUR 2.200) geldt niet als hulpmiddel, en "
                    "taxivervoer via de Jeugdwet kan niet omdat moeder lichamelijk gezond is. Het "
                    "jeugdteam verwachtte afwijzing en heeft niets aangevraagd."
                ),
            },
        ],
        "regular_routes": [],
        "stagnation_risk": (
            "Moeder raakt overbelast; samen met de zorgen over ontwikkeling en vervuiling kan dat "
            "leiden tot uithuisplaatsing van vier kinderen (circa EUR 60.000 voor een halfjaar)."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met kinderbehandelcentrum, gezinsvoogd en woningcorporatie",
        "status": "in_behandeling",
        "eligibility_reason": (
            "Geen reguliere route geprobeerd: het jeugdteam verwachtte dat een Wmo-aanvraag voor "
            "een bakfiets en taxivervoer via de Jeugdwet zouden worden afgewezen. Toch aangemeld "
            "omdat het risico op uithuisplaatsing te groot is om eerst een kansloze aanvraag af te "
            "wachten."
        ),
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 140,
                "reason": "Besproken in weekoverleg; maatwerkcanvas ingevuld.",
            },
        ],
        "notes": [
            {
                "days_ago": 120,
                "text": (
                    "Tijdelijk alternatief: fietskar (ca. EUR 450) via een fonds en een bijdrage "
                    "van de gezinsvoogd; de kinderen worden er te groot voor."
                ),
            },
            {
                "days_ago": 90,
                "text": (
                    "Opruimactie met container uitgevoerd; de kinderen kunnen thuis weer spelen. "
                    "Het gezin vond het tempo wel stevig."
                ),
            },
            {
                "days_ago": 30,
                "text": "Voorstel elektrische bakfiets uit het maatwerkfonds ingebracht.",
            },
        ],
    },
    {
        "key": "arslan",
        "title": "Familie Arslan – passend onderwijs buiten de stad",
        "source": "seed 004 (familie Arslan)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "school",
        "signal_days_ago": 600,
        "wijk": "West",
        "address": {
            "street": "Lindenlaan",
            "house_number": "62",
            "postcode": "4635 LL",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Murat",
                "last_name": "Kaya",
                "date_of_birth": "1981-09-17",
                "role": "ouder",
                "bsn": "360970977",
            },
            {
                "first_name": "Elif",
                "last_name": "Kaya",
                "date_of_birth": "1983-04-02",
                "role": "ouder",
                "bsn": "841372895",
            },
            {
                "first_name": "Yasin",
                "last_name": "Kaya",
                "date_of_birth": "2016-01-25",
                "role": "kind",
                "bsn": "794633353",
            },
            {
                "first_name": "Mehmet",
                "last_name": "Kaya",
                "date_of_birth": "2018-05-11",
                "role": "kind",
                "bsn": "626196206",
            },
            {
                "first_name": "Bahar",
                "last_name": "Kaya",
                "date_of_birth": "2020-08-30",
                "role": "kind",
                "bsn": "906507492",
            },
        ],
        "domains": [
            {
                "code": "onderwijs",
                "description": (
                    "Beide zoons (autisme, hoogbegaafd) kunnen niet in het regulier onderwijs "
                    "blijven; de drie sbo-scholen in de stad passen niet bij hun behoefte aan "
                    "rust."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Moeder is de motor van het gezin en draagt naast haar baan het meeste van de "
                    "zorg; risico op overbelasting."
                ),
            },
            {
                "code": "vervoer_mobiliteit",
                "description": "Vervoer naar school en opvang buiten de stad nodig.",
            },
            {
                "code": "werk_participatie",
                "description": "Beide ouders werken en willen dat blijven doen.",
            },
        ],
        "organisations": [
            {"org": "swv_passend_onderwijs", "role": "toelating sbo buiten de regio"},
            {"org": "gemeente_onderwijs", "role": "leerlingenvervoer"},
            {"org": "gemeente_jeugd", "role": "bso+ en logeeropvang"},
            {"org": "jeugdhulp_kompas", "role": "aanbieder bso+"},
        ],
        "professionals": [
            {"name": "Loes Timmermans", "org": "gemeente_jeugd", "role": "jeugdconsulent"},
            {
                "name": "Hamza Ouali",
                "org": "gemeente_onderwijs",
                "role": "medewerker leerlingenvervoer",
            },
        ],
        "blockages": [
            {
                "rule": "leerlingenvervoer_6km",
                "explanation": (
                    "Een school of opvang binnen de stad ligt binnen 6 km van huis, dus zonder "
                    "leerlingenvervoer. Pas met de plaatsing buiten de stad verviel dit knelpunt."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": (
                    "Plek gezocht op een sbo-school in de eigen stad (daar zijn er drie)."
                ),
                "result": "Niet passend: wachtlijsten en te weinig prikkelarm.",
            },
            {
                "description": (
                    "Dagbesteding en logeren via zorg in natura op een zorgboerderij in de stad."
                ),
                "result": (
                    "Gestopt door een conflict bij de zorgboerderij dat los stond van de kinderen."
                ),
            },
        ],
        "stagnation_risk": (
            "Zonder passende school, opvang en vervoer moet een ouder stoppen met werken of kunnen "
            "de zoons niet thuis blijven wonen (jeugdhulp met verblijf voor twee kinderen: EUR "
            "120.000 tot 200.000 per jaar)."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met samenwerkingsverband, leerlingenvervoer en bso+",
        "status": "afgesloten",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 585,
                "reason": "Jeugdteam zoekt een passende school voor beide zoons.",
            },
            {
                "to": "afgesloten",
                "days_ago": 120,
                "reason": (
                    "Beide zoons naar een sbo buiten de stad met leerlingenvervoer; bso+ op "
                    "hetzelfde terrein, vier dagen per week en eens per twee weken een logeernacht "
                    "op zaterdag. Monitoring na zes maanden."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 400,
                "text": (
                    "Kassabon: bso+ en leerlingenvervoer circa EUR 50.000 per jaar tegenover EUR "
                    "120.000 tot 200.000 per jaar voor jeugdhulp met verblijf."
                ),
            },
            {
                "days_ago": 60,
                "text": (
                    "Moeder had liever een oplossing dicht bij huis en hoopt op voortgezet "
                    "speciaal onderwijs in de eigen stad."
                ),
            },
        ],
    },
    {
        "key": "voortman",
        "title": "Familie Voortman – gezinsuitkering en grotere woning",
        "source": "seed 004 (familie Voortman)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "partner",
        "signal_days_ago": 520,
        "wijk": "Havenkwartier",
        "address": {
            "street": "Loodsstraat",
            "house_number": "3-II",
            "postcode": "4626 LS",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Chantal",
                "last_name": "Bos",
                "date_of_birth": "1992-10-19",
                "role": "ouder",
                "bsn": "522534521",
            },
            {
                "first_name": "Kevin",
                "last_name": "Bos",
                "date_of_birth": "2018-03-03",
                "role": "kind",
                "bsn": "791445756",
            },
            {
                "first_name": "Lisa",
                "last_name": "Bos",
                "date_of_birth": "2021-01-22",
                "role": "kind",
                "bsn": "545307934",
            },
            {
                "first_name": "Milan",
                "last_name": "Bos",
                "date_of_birth": "2022-04-14",
                "role": "kind",
                "bsn": "873449563",
            },
            {
                "first_name": "Sara",
                "last_name": "Bos",
                "date_of_birth": "2023-07-30",
                "role": "kind",
                "bsn": "715497637",
            },
            {
                "first_name": "Anne",
                "last_name": "Bos",
                "date_of_birth": "2024-09-05",
                "role": "kind",
                "bsn": "639542529",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": (
                    "Kleine bovenwoning; vijf kinderen op twee slaapkamers. Na klachten over "
                    "geluidsoverlast dreigt de corporatie met huisuitzetting."
                ),
            },
            {"code": "financien_schulden", "description": "Moeder heeft hoge schulden."},
            {
                "code": "gezondheid_ggz",
                "description": "Psychische problemen bij moeder; weinig structuur in huis.",
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Jongste loopt achter in ontwikkeling, de oudste twee (5 en 8) verzuimen veel; "
                    "het huis is vervuild."
                ),
            },
            {
                "code": "inkomen",
                "description": (
                    "Vader wil intrekken om te helpen, maar dan daalt de bijstand van moeder; een "
                    "gezinsuitkering kost tijd die er niet is."
                ),
            },
        ],
        "organisations": [
            {"org": "woningcorporatie_woonstad", "role": "verhuurder"},
            {"org": "gemeente_werk_inkomen", "role": "uitkering"},
            {"org": "gemeente_wmo", "role": "Wmo-consulent"},
            {"org": "ggz_de_brug", "role": "behandeling moeder"},
            {"org": "gemeente_jeugd", "role": "jeugdteam"},
        ],
        "professionals": [
            {"name": "Eva Brink", "org": "gemeente_jeugd", "role": "jeugdteammedewerker"},
            {"name": "Ahmed Tahiri", "org": "woningcorporatie_woonstad", "role": "woonconsulent"},
            {"name": "Femke Roos", "org": "ggz_de_brug", "role": "behandelaar"},
        ],
        "blockages": [
            {
                "rule": "pw_kostendelersnorm",
                "explanation": (
                    "Zodra vader intrekt, gaat de bijstand van moeder omlaag; een gezinsuitkering "
                    "kan pas na zijn inschrijving en duurt te lang voor dit gezin."
                ),
            },
            {
                "rule": "woningtoewijzing_hardheidsclausule",
                "explanation": (
                    "De woning is te klein voor nog een bewoner; een grotere woning lukt alleen "
                    "met voorrang buiten de gewone toewijzing."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Reguliere aanvraag gezinsuitkering na inschrijving van vader.",
                "result": "Doorlooptijd te lang; het gezin kan de inkomensdaling niet opvangen.",
            },
            {
                "description": "Inschrijving als woningzoekende.",
                "result": "Geen uitzicht op een woning op korte termijn.",
            },
        ],
        "stagnation_risk": (
            "Huisuitzetting wegens overlast en gedwongen uithuisplaatsing van vijf kinderen (circa "
            "EUR 15.000 per kind in het eerste halfjaar)."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met Werk en Inkomen, woningcorporatie, Wmo en GGZ",
        "status": "afgesloten",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 500,
                "reason": "Overlegtafel met Wmo, Werk en Inkomen, corporatie en GGZ.",
            },
            {
                "to": "afgesloten",
                "days_ago": 200,
                "reason": (
                    "De kinderen gaan met toestemming van vader en moeder naar een gezinshuis; "
                    "moeder wordt later gedwongen opgenomen. Lessen vastgelegd in de vraagbaak."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 470,
                "text": (
                    "Met spoed een gezinsuitkering geregeld (circa EUR 1.500 per maand) en via de "
                    "corporatie een grotere woning; vader kan intrekken."
                ),
            },
            {
                "days_ago": 300,
                "text": "Een tijd lang meer structuur; de kinderen komen op tijd op school.",
            },
            {
                "days_ago": 200,
                "text": (
                    "Uithuisplaatsing toch nodig, maar vrijwillig; zonder maatwerk was die "
                    "waarschijnlijk gedwongen geweest."
                ),
            },
        ],
    },
    {
        "key": "pieters",
        "title": "Familie Pieters – huishoudelijke hulp en woningaanpassing",
        "source": "seed 004 (familie Pieters)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "zelfmelding",
        "signal_days_ago": 640,
        "wijk": "Bloemenbuurt",
        "address": {
            "street": "Tulpstraat",
            "house_number": "30",
            "postcode": "4614 TP",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Marieke",
                "last_name": "Post",
                "date_of_birth": "1978-12-03",
                "role": "ouder",
                "bsn": "496104202",
            },
            {
                "first_name": "Hans",
                "last_name": "Post",
                "date_of_birth": "1976-02-17",
                "role": "partner",
                "bsn": "676405319",
            },
            {
                "first_name": "Jesse",
                "last_name": "Post",
                "date_of_birth": "2012-09-09",
                "role": "kind",
                "bsn": "538878629",
            },
            {
                "first_name": "Roos",
                "last_name": "Post",
                "date_of_birth": "2015-11-21",
                "role": "kind",
                "bsn": "317506894",
            },
        ],
        "domains": [
            {
                "code": "zorg_wmo",
                "description": (
                    "Moeder zit in een rolstoel en vader heeft lichamelijke beperkingen; zij "
                    "hebben zes uur huishoudelijke hulp per week nodig, de eerste aanbieder "
                    "leverde voor het pgb maar twee uur."
                ),
            },
            {
                "code": "wonen",
                "description": (
                    "De gekochte woning is niet aangepast; de gemeente gaf eerst een "
                    "verhuisindicatie in plaats van een indicatie voor woningaanpassing."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Zonder hulp doet moeder veel vanuit haar rolstoel; uitputting en stress "
                    "dreigen."
                ),
            },
        ],
        "organisations": [
            {"org": "gemeente_wmo", "role": "indicatie woningaanpassing en huishoudelijke hulp"},
            {"org": "cak", "role": "eigen bijdrage Wmo"},
        ],
        "professionals": [
            {"name": "Wendy Aalbers", "org": "gemeente_wmo", "role": "Wmo-consulent"},
        ],
        "blockages": [
            {
                "rule": "wmo_een_indicatie_per_huishouden",
                "explanation": (
                    "Moeder stelde een indicatie per partner voor om genoeg uren te krijgen; het "
                    "Wmo-loket gaf aan dat de verordening per huishouden slechts één indicatie "
                    "toestaat."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Wmo-aanvraag woningaanpassing.",
                "result": (
                    "Eerst een verhuisindicatie omdat het gezin uit een aangepaste woning vertrok; "
                    "later alsnog een aanpassing toegekend."
                ),
            },
            {
                "description": "Pgb huishoudelijke hulp bij de eerste aanbieder.",
                "result": "Voor het budget slechts twee uur per week; te weinig.",
            },
        ],
        "stagnation_risk": (
            "Een onveilige woning voor moeder, toenemende vervuiling en stress; mogelijk vertrekt "
            "het gezin weer uit de gemeente."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met Wmo-loket en aanbieder huishoudelijke hulp",
        "status": "afgesloten",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 620,
                "reason": "Wijkteam onderzoekt mogelijkheden huishoudelijke hulp.",
            },
            {
                "to": "afgesloten",
                "days_ago": 90,
                "reason": (
                    "Woning aangepast (ca. EUR 13.000 inclusief aangepast toilet); moeder vond "
                    "zelf een kleinere aanbieder die zes uur per week levert (ca. EUR 2.000 per "
                    "jaar). De indicatie loopt door vanwege de blijvende beperkingen."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 500,
                "text": (
                    "Het traject loopt al anderhalf jaar; moeder moet steeds zelf met oplossingen "
                    "komen."
                ),
            },
            {
                "days_ago": 90,
                "text": (
                    "Pgb van circa EUR 200 voor onderhoud en reparaties toegekend. Voor de "
                    "vraagbaak: overzicht van kleinere aanbieders en hun tarieven."
                ),
            },
        ],
    },
    {
        "key": "lelystad_pgb_wlz",
        "title": "Pgb Jeugdwet of Wlz – moeder kan niet werken",
        "source": "seed 004 (Change Lab casus 1)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "wijkteam",
        "signal_days_ago": 300,
        "wijk": "Oost",
        "address": {
            "street": "Esdoornstraat",
            "house_number": "11",
            "postcode": "4632 ES",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Sandra",
                "last_name": "Meeuwsen",
                "date_of_birth": "1984-01-30",
                "role": "ouder",
                "bsn": "508564876",
            },
            {
                "first_name": "Joris",
                "last_name": "Meeuwsen",
                "date_of_birth": "2012-11-11",
                "role": "kind",
                "bsn": "200304616",
            },
        ],
        "domains": [
            {
                "code": "zorg_wmo",
                "description": (
                    "Zoon heeft intensieve zorg nodig; onduidelijk of die uit de Jeugdwet of de "
                    "Wlz moet komen."
                ),
            },
            {
                "code": "werk_participatie",
                "description": (
                    "Moeder verzorgt haar zoon met een Jeugdwet-pgb en kan daardoor niet werken."
                ),
            },
            {
                "code": "inkomen",
                "description": "De huidige constructie is voor het gezin niet houdbaar.",
            },
        ],
        "organisations": [
            {"org": "gemeente_jeugd", "role": "pgb Jeugdwet"},
            {"org": "zorgverzekeraar_zilveren_zorg", "role": "zorgkantoor Wlz"},
        ],
        "professionals": [
            {"name": "Eline Maas", "org": "gemeente_jeugd", "role": "jeugdconsulent"},
            {
                "name": "Rob Verschuren",
                "org": "zorgverzekeraar_zilveren_zorg",
                "role": "medewerker zorgkantoor",
            },
        ],
        "blockages": [
            {
                "rule": "wlz_jeugdwet_wmo_afbakening",
                "explanation": (
                    "Hoogte en voorwaarden van het pgb verschillen per wet en per zorgverlener "
                    "(moeder of professional); een Wlz-aanvraag is voor de consulent onbekend "
                    "terrein."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Pgb uit de Jeugdwet voor zorg door moeder.",
                "result": "Loopt, maar moeder kan daardoor niet aan het werk.",
            },
            {
                "description": "Verkenning van een Wlz-indicatie.",
                "result": "Aanvraag voorbereid, nog niet beoordeeld.",
            },
        ],
        "stagnation_risk": (
            "Moeder raakt financieel en sociaal geïsoleerd; valt zij uit, dan is dure zorg met "
            "verblijf nodig."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met zorgkantoor en indicatiesteller Wlz",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 280,
                "reason": "Ingebracht in het Change Lab; OMO-functionaris denkt mee.",
            },
        ],
        "notes": [
            {"days_ago": 200, "text": "Wlz-aanvraag ingediend met hulp van de OMO-functionaris."},
            {
                "days_ago": 40,
                "text": (
                    "Verkend: moeder gedeeltelijk aan het werk en het pgb deels voor een "
                    "professionele zorgverlener."
                ),
            },
        ],
    },
    {
        "key": "lelystad_kinderopvang",
        "title": "Kinderopvang in plaats van pleegzorg – eigen bijdrage",
        "source": "seed 004 (Change Lab casus 2)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "partner",
        "signal_days_ago": 220,
        "wijk": "Rietlanden",
        "address": {
            "street": "Rietzoom",
            "house_number": "47",
            "postcode": "4624 RZ",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Naomi",
                "last_name": "Schreurs",
                "date_of_birth": "1991-08-14",
                "role": "ouder",
                "bsn": "813295300",
            },
            {
                "first_name": "Dennis",
                "last_name": "Schreurs",
                "date_of_birth": "1988-03-26",
                "role": "partner",
                "bsn": "107784257",
            },
            {
                "first_name": "Finn",
                "last_name": "Schreurs",
                "date_of_birth": "2021-12-02",
                "role": "kind",
                "bsn": "139478541",
            },
            {
                "first_name": "Saar",
                "last_name": "Schreurs",
                "date_of_birth": "2023-05-17",
                "role": "kind",
                "bsn": "919817245",
            },
        ],
        "domains": [
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Moeder heeft een noodzakelijke medische behandeling nodig en kan dan niet "
                    "voor de kinderen zorgen."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Pleegzorg is toegekend, maar kinderopvang past volgens iedereen beter."
                ),
            },
            {
                "code": "financien_schulden",
                "description": (
                    "Het gezin heeft schulden en kan de eigen bijdrage voor kinderopvang niet "
                    "betalen."
                ),
            },
        ],
        "organisations": [
            {"org": "gemeente_jeugd", "role": "toekenning pleegzorg"},
            {"org": "belastingdienst_toeslagen", "role": "kinderopvangtoeslag"},
            {"org": "gemeente_werk_inkomen", "role": "bijzondere bijstand"},
            {"org": "kredietbank_demodam", "role": "schuldhulpverlening"},
        ],
        "professionals": [
            {"name": "Ingrid Pauwels", "org": "gemeente_jeugd", "role": "jeugdteammedewerker"},
            {
                "name": "Youssef Amrani",
                "org": "gemeente_werk_inkomen",
                "role": "consulent bijzondere bijstand",
            },
        ],
        "blockages": [
            {
                "rule": "bb_inkomensgrens_minima",
                "explanation": (
                    "Iedereen betaalt een eigen bijdrage voor kinderopvang; de "
                    "draagkrachtberekening houdt geen rekening met de schulden, dus bijzondere "
                    "bijstand voor die bijdrage wordt niet toegekend."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Toekenning pleegzorg.",
                "result": "Toegekend, maar ingrijpender en duurder dan nodig.",
            },
            {
                "description": "Aanvraag bijzondere bijstand voor de eigen bijdrage.",
                "result": "Afgewezen: inkomen boven de draagkrachtgrens.",
            },
        ],
        "stagnation_risk": (
            "Moeder stelt haar behandeling uit of de kinderen gaan onnodig naar een pleeggezin, de "
            "duurste route voor gemeente en gezin."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met Werk en Inkomen, kredietbank en kinderopvang",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 205,
                "reason": (
                    "Opgeschaald naar teamleider en coördinator: mag worden afgeweken als er "
                    "schulden zijn?"
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 150,
                "text": (
                    "Maatwerkbudget ingezet om de eigen bijdrage te betalen zolang wordt "
                    "uitgezocht wat kan (overbrugging)."
                ),
            },
            {
                "days_ago": 60,
                "text": (
                    "Kassabon: kinderopvang inclusief eigen bijdrage blijft goedkoper dan "
                    "pleegzorg."
                ),
            },
        ],
    },
    {
        "key": "lelystad_wlz_gezin",
        "title": "Wlz-hulp breder inzetten voor twee kinderen",
        "source": "seed 004 (Change Lab casus 3)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "wijkteam",
        "signal_days_ago": 280,
        "wijk": "Molenwijk",
        "address": {
            "street": "Maalderij",
            "house_number": "16",
            "postcode": "4615 MD",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Miriam",
                "last_name": "Claes",
                "date_of_birth": "1983-05-09",
                "role": "ouder",
                "bsn": "357037819",
            },
            {
                "first_name": "Noah",
                "last_name": "Claes",
                "date_of_birth": "2011-02-18",
                "role": "kind",
                "bsn": "602195950",
            },
            {
                "first_name": "Tess",
                "last_name": "Claes",
                "date_of_birth": "2014-08-27",
                "role": "kind",
                "bsn": "255664217",
            },
        ],
        "domains": [
            {
                "code": "zorg_wmo",
                "description": (
                    "Eén kind krijgt hulp uit de Wlz; voor het tweede kind is ook hulp nodig."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": "Beide kinderen hebben meerdere problemen; de ouders wonen apart.",
            },
        ],
        "organisations": [
            {"org": "zorgverzekeraar_zilveren_zorg", "role": "zorgkantoor Wlz"},
            {"org": "gemeente_jeugd", "role": "jeugdhulp"},
        ],
        "professionals": [
            {
                "name": "Carla Dijkman",
                "org": "zorgverzekeraar_zilveren_zorg",
                "role": "medewerker zorgkantoor",
            },
        ],
        "blockages": [
            {
                "rule": "wlz_jeugdwet_wmo_afbakening",
                "explanation": (
                    "De Wlz-zorg is aan één kind toegekend; de vraag is of die ook voor het gezin "
                    "als geheel mag worden ingezet of dat een aparte Jeugdwet-aanvraag nodig is."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Nieuwe Jeugdwet-aanvraag voor het tweede kind voorbereid.",
                "result": "Dubbel hulpaanbod en lange doorlooptijd verwacht.",
            },
        ],
        "stagnation_risk": (
            "Het tweede kind blijft zonder hulp en de spanning tussen beide huishoudens loopt op."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met zorgkantoor en jeugdteam",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 260,
                "reason": "Besproken met zorgkantoor en beide ouders.",
            },
        ],
        "notes": [
            {
                "days_ago": 180,
                "text": (
                    "Zorgkantoor akkoord: de bestaande Wlz-hulp wordt opgevat als hulp voor het "
                    "hele gezinssysteem; een extra aanvraag is niet nodig. Monitoring loopt."
                ),
            },
        ],
    },
    {
        "key": "lelystad_tarief",
        "title": "Niet-gecontracteerde hulp – tariefverschil",
        "source": "seed 004 (Change Lab casus 4)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "overig",
        "signal_days_ago": 160,
        "wijk": "West",
        "address": {
            "street": "Wilgenweg",
            "house_number": "9",
            "postcode": "4635 WW",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Petra",
                "last_name": "Lambrechts",
                "date_of_birth": "1979-10-01",
                "role": "ouder",
                "bsn": "786790519",
            },
            {
                "first_name": "Eva",
                "last_name": "Lambrechts",
                "date_of_birth": "2010-04-19",
                "role": "kind",
                "bsn": "249924973",
            },
        ],
        "domains": [
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Passende hulp van een niet-gecontracteerde aanbieder dreigt te stoppen omdat "
                    "die meer rekent dan de gemeente vergoedt."
                ),
            },
        ],
        "organisations": [{"org": "gemeente_jeugd", "role": "inkoop en beschikking jeugdhulp"}],
        "professionals": [
            {"name": "Mustafa Yildiz", "org": "gemeente_jeugd", "role": "jeugdconsulent"},
        ],
        "blockages": [
            {
                "rule": "jeugdhulp_trajectfinanciering",
                "explanation": (
                    "De aanbieder rekent een hoger uurtarief dan de gemeente hanteert; de gemeente "
                    "wil overstappen naar een gecontracteerde aanbieder."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Verzoek om voortzetting tegen het tarief van de aanbieder.",
                "result": "Geweigerd: alleen de gemeentelijke tarieven worden vergoed.",
            },
        ],
        "stagnation_risk": (
            "Een goed lopende hulprelatie breekt af, met kans op terugval en een klacht."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met aanbieder en inkoopteam",
        "status": "in_behandeling",
        "eligibility_reason": (
            "Slechts één leefgebied. Toch aangemeld omdat passende hulp dreigt te stoppen en een "
            "klacht is aangekondigd; de OMO-functionaris bemiddelt over het tarief."
        ),
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 150,
                "reason": "OMO-functionaris neemt contact op met de aanbieder.",
            },
        ],
        "notes": [
            {
                "days_ago": 90,
                "text": (
                    "Aanbieder verlaagt het tarief met ongeveer 20% naar het gemeentelijke niveau; "
                    "gemeente stemt in met de niet-gecontracteerde aanbieder."
                ),
            },
            {
                "days_ago": 30,
                "text": "Nieuw onderzoek naar de hulpvraag moet nog worden aangeleverd.",
            },
        ],
    },
    {
        "key": "lelystad_beschermd_wonen",
        "title": "Bijna 18 – geen passende plek beschermd wonen",
        "source": "seed 004 (Change Lab casus 5)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "partner",
        "signal_days_ago": 240,
        "wijk": "Zuid",
        "address": {
            "street": "Zuiderpark",
            "house_number": "101",
            "postcode": "4621 ZP",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Stijn",
                "last_name": "Huisman",
                "date_of_birth": "2008-08-08",
                "role": "hoofdbewoner",
                "bsn": "972381582",
            },
            {
                "first_name": "Angela",
                "last_name": "Huisman",
                "date_of_birth": "1972-01-13",
                "role": "ouder",
                "bsn": "349016239",
            },
            {
                "first_name": "Iris",
                "last_name": "Huisman",
                "date_of_birth": "2011-03-29",
                "role": "kind",
                "bsn": "114421481",
            },
        ],
        "domains": [
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Psychiatrische problemen, agressief gedrag en zorgen over mogelijke "
                    "suïcidepogingen."
                ),
            },
            {
                "code": "veiligheid",
                "description": "De veiligheid van de gezinsleden en de omgeving is in het geding.",
            },
            {
                "code": "wonen",
                "description": (
                    "Urgent verklaard voor beschermd wonen; de aangeboden plekken vindt hij niet "
                    "passend."
                ),
            },
        ],
        "organisations": [
            {"org": "ggz_de_brug", "role": "aanbieder beschermd wonen"},
            {"org": "gemeente_wmo", "role": "toegang beschermd wonen"},
            {"org": "gemeente_jeugd", "role": "overdracht jeugdteam"},
            {"org": "veilig_thuis", "role": "veiligheidsplan"},
        ],
        "professionals": [
            {
                "name": "Mark Evers",
                "org": "ggz_de_brug",
                "role": "trajectbegeleider beschermd wonen",
            },
            {"name": "Dewi Santoso", "org": "gemeente_wmo", "role": "consulent beschermd wonen"},
        ],
        "blockages": [
            {
                "rule": "wlz_jeugdwet_wmo_afbakening",
                "explanation": (
                    "Bij 18 jaar gaat de hulp over van de Jeugdwet naar de Wmo; onduidelijk is of "
                    "jeugdteam of wijkteam de regie heeft en wie over urgentie en volgorde op de "
                    "wachtlijst beslist."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Urgentie voor beschermd wonen.",
                "result": "Toegekend, maar na een halfjaar nog steeds geen passende plek.",
            },
            {
                "description": "Eerste aanbod van de aanbieder.",
                "result": (
                    "Volgens inwoner en professional averechts; een tweede aanbod wijst hij ook af."
                ),
            },
        ],
        "stagnation_risk": (
            "Escalatie met geweld in het gezin, crisisopname en hogere maatschappelijke kosten."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met GGZ-aanbieder, Wmo en Veilig Thuis",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 220,
                "reason": "Opgeschaald bij de aanbieder en de gemeente.",
            },
        ],
        "notes": [
            {
                "days_ago": 120,
                "text": "Vraag voor de vraagbaak: wie bepaalt wanneer een plek passend is?",
            },
            {
                "days_ago": 45,
                "text": (
                    "Niet gemotiveerd voor de nieuwe plek; gesprek met aanbieder en inwoner samen "
                    "gepland."
                ),
            },
        ],
    },
    {
        "key": "lelystad_gezinsverzorging",
        "title": "Jong gezin – geen zorg voor de kinderen bij zieke moeder",
        "source": "seed 004 (Change Lab casus 6)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "wijkteam",
        "signal_days_ago": 130,
        "wijk": "Noord",
        "address": {
            "street": "Noorderweg",
            "house_number": "54",
            "postcode": "4612 NW",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Laura",
                "last_name": "Vermeer",
                "date_of_birth": "1992-06-21",
                "role": "ouder",
                "bsn": "469283233",
            },
            {
                "first_name": "Niels",
                "last_name": "Vermeer",
                "date_of_birth": "1990-09-30",
                "role": "partner",
                "bsn": "183471659",
            },
            {
                "first_name": "Olivia",
                "last_name": "Vermeer",
                "date_of_birth": "2020-04-04",
                "role": "kind",
                "bsn": "330624301",
            },
            {
                "first_name": "Lucas",
                "last_name": "Vermeer",
                "date_of_birth": "2022-02-10",
                "role": "kind",
                "bsn": "574992480",
            },
            {
                "first_name": "Mees",
                "last_name": "Vermeer",
                "date_of_birth": "2024-11-01",
                "role": "kind",
                "bsn": "932207698",
            },
        ],
        "domains": [
            {
                "code": "gezondheid_ggz",
                "description": "Moeder revalideert en kan voorlopig niet voor de kinderen zorgen.",
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "De zorg voor drie jonge kinderen op werkdagen van vader is niet geregeld; "
                    "familie woont ver weg en er is nog geen netwerk."
                ),
            },
            {
                "code": "inkomen",
                "description": (
                    "Er is inkomen, maar te weinig om zelf gezinsverzorging in te kopen."
                ),
            },
            {
                "code": "werk_participatie",
                "description": "Het zorgverlof van vader loopt binnenkort af.",
            },
        ],
        "organisations": [
            {"org": "gemeente_wmo", "role": "Wmo-consulent"},
            {"org": "gemeente_jeugd", "role": "jeugdteam"},
            {"org": "zorgverzekeraar_zilveren_zorg", "role": "zorgverzekeraar"},
            {"org": "gemeente_werk_inkomen", "role": "bijzondere bijstand"},
        ],
        "professionals": [
            {"name": "Saskia Mertens", "org": "gemeente_wmo", "role": "Wmo-consulent"},
        ],
        "blockages": [
            {
                "rule": "bb_inkomensgrens_minima",
                "explanation": (
                    "Het inkomen ligt boven de grens voor bijzondere bijstand, maar is te laag om "
                    "zelf gezinsverzorging te betalen."
                ),
            },
            {
                "rule": "wlz_jeugdwet_wmo_afbakening",
                "explanation": (
                    "Het jeugdteam vindt de vraag niet passend, de Zvw vergoedt niets voor de zorg "
                    "voor de kinderen en de Wmo verwijst naar een sociaal-medische indicatie."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Gastouder aan huis gezocht.",
                "result": "Niet gelukt: gastouders werken vrijwel altijd in hun eigen woning.",
            },
            {
                "description": "Advies sociaal-medische indicatie.",
                "result": "Lang traject met weinig kans; moeder heeft er nu geen energie voor.",
            },
            {
                "description": "Kinderopvang overwogen.",
                "result": (
                    "Niet gewenst: ouders willen de kinderen in hun vertrouwde omgeving houden."
                ),
            },
        ],
        "stagnation_risk": (
            "Vader kan niet terug naar zijn werk of moeder moet haar revalidatie afbreken; het "
            "gezin raakt overbelast."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met Wmo en Werk en Inkomen",
        "status": "afgesloten",
        "eligibility_reason": "",
        "history": [
            {
                "to": "afgesloten",
                "days_ago": 100,
                "reason": (
                    "Na bespreking geen maatwerk: het gezin ziet af van een aanvraag bijzondere "
                    "bijstand omdat de kans klein is. Vervolg regulier via het wijkteam."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 110,
                "text": (
                    "Meedenken in het weekoverleg: het knelpunt is vooral het ontbreken van een "
                    "voorziening (gezinsverzorging), niet een knellende regel."
                ),
            },
        ],
    },
    {
        "key": "lelystad_e_fiets",
        "title": "Elektrische fiets voor een vrijwilliger",
        "source": "seed 004 (Change Lab casus 7)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "wijkteam",
        "signal_days_ago": 210,
        "wijk": "Bloemenbuurt",
        "address": {
            "street": "Dahliastraat",
            "house_number": "8",
            "postcode": "4614 DS",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Henk",
                "last_name": "Dijkstra",
                "date_of_birth": "1962-02-05",
                "role": "hoofdbewoner",
                "bsn": "723678005",
            },
        ],
        "domains": [
            {
                "code": "vervoer_mobiliteit",
                "description": (
                    "Zonder elektrische fiets kan hij zijn vrijwilligerswerk en zijn netwerk niet "
                    "meer bereiken."
                ),
            },
            {
                "code": "werk_participatie",
                "description": (
                    "Doet een groot deel van de week vrijwilligerswerk voor een erkend "
                    "maatschappelijk doel in de stad."
                ),
            },
            {"code": "inkomen", "description": "Kan de fiets niet zelf betalen."},
        ],
        "organisations": [
            {"org": "gemeente_wmo", "role": "Wmo-loket"},
            {"org": "gemeente_werk_inkomen", "role": "bijzondere bijstand"},
        ],
        "professionals": [
            {"name": "Ruud Hoeks", "org": "gemeente_wmo", "role": "Wmo-consulent"},
            {
                "name": "Lieke Franssen",
                "org": "gemeente_werk_inkomen",
                "role": "consulent bijzondere bijstand",
            },
        ],
        "blockages": [
            {
                "rule": "wmo_vervoer_algemeen_gebruikelijk",
                "explanation": "De Wmo wijst de fiets af als algemeen gebruikelijke voorziening.",
            },
            {
                "rule": "bb_inkomensgrens_minima",
                "explanation": (
                    "Ook de bijzondere bijstand wijst af; de twee loketten verwijzen naar elkaar."
                ),
            },
        ],
        "regular_routes": [
            {"description": "Wmo-aanvraag elektrische fiets.", "result": "Afgewezen."},
            {"description": "Aanvraag bijzondere bijstand.", "result": "Afgewezen."},
            {
                "description": (
                    "Gezamenlijke herbeoordeling door Wmo en bijzondere bijstand gevraagd."
                ),
                "result": "Informeel positief; de formele onderbouwing moet nog worden geschreven.",
            },
        ],
        "stagnation_risk": (
            "Hij verliest zijn vrijwilligerswerk en sociale netwerk, met isolement en een grotere "
            "zorgvraag als gevolg."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen tussen Wmo en bijzondere bijstand",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 195,
                "reason": "Professional vraagt om gezamenlijke herbeoordeling.",
            },
        ],
        "notes": [
            {
                "days_ago": 100,
                "text": (
                    "Casus besproken met twintig medewerkers van verschillende afdelingen onder de "
                    "noemer 'van het kastje naar de muur'."
                ),
            },
            {
                "days_ago": 20,
                "text": (
                    "Afspraak over de formele onderbouwing verschoven door de vakantie; ongeveer "
                    "een maand vertraging."
                ),
            },
        ],
    },
    {
        "key": "lelystad_koopwoning",
        "title": "Aangepaste koopwoning – hypotheek onbetaalbaar",
        "source": "seed 004 (Change Lab casus 8)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "kcc",
        "signal_days_ago": 365,
        "wijk": "Noord",
        "address": {
            "street": "Meeuwenlaan",
            "house_number": "27",
            "postcode": "4612 ML",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Frank",
                "last_name": "Wouters",
                "date_of_birth": "1971-11-15",
                "role": "ouder",
                "bsn": "685070426",
            },
            {
                "first_name": "Mirthe",
                "last_name": "Wouters",
                "date_of_birth": "2009-06-02",
                "role": "kind",
                "bsn": "272334285",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": "De koopwoning is mede met Wmo-geld aangepast; verkoop dreigt.",
            },
            {
                "code": "inkomen",
                "description": (
                    "Door de zorg voor zijn dochter met een beperking is zijn inkomen te laag voor "
                    "de hypotheek."
                ),
            },
            {
                "code": "zorg_wmo",
                "description": "Zijn dochter is aangewezen op een aangepaste woning.",
            },
        ],
        "organisations": [
            {"org": "gemeente_wmo", "role": "woningaanpassing"},
            {"org": "woonstichting_thuisbasis", "role": "aangepaste huurwoning"},
            {"org": "gemeente_werk_inkomen", "role": "inkomensondersteuning"},
        ],
        "professionals": [
            {"name": "Gijs Beekman", "org": "gemeente_wmo", "role": "adviseur woningaanpassing"},
        ],
        "blockages": [
            {
                "rule": "bb_inkomensgrens_minima",
                "explanation": (
                    "Door de overwaarde van de woning telt hij als vermogend en komt hij niet in "
                    "aanmerking voor aanvullende ondersteuning."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Verhuizing naar een aangepaste huurwoning.",
                "result": (
                    "Er kwam toevallig een vrij, maar dan gaat de Wmo-investering verloren en is "
                    "die woning niet beschikbaar voor een ander gezin."
                ),
            },
        ],
        "stagnation_risk": (
            "Gedwongen verkoop, verlies van de Wmo-investering en beslag op schaarse aangepaste "
            "huurwoningen."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met Wmo en woonstichting",
        "status": "afgesloten",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 350,
                "reason": "Afweging besproken in het Change Lab.",
            },
            {
                "to": "afgesloten",
                "days_ago": 150,
                "reason": (
                    "Inwoner regelde zelf een betalingsregeling met de bank voor in elk geval het "
                    "komende jaar en blijft in de aangepaste woning."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 200,
                "text": (
                    "Dilemma: de regels wijzen naar verhuizen, de gedane investering naar blijven."
                ),
            },
        ],
    },
    {
        "key": "lelystad_dakloos_woonplaats",
        "title": "Dreigende dakloosheid – hulp gebonden aan woonplaats",
        "source": "seed 004 (Change Lab casus 9)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "wijkteam",
        "signal_days_ago": 170,
        "wijk": "Havenkwartier",
        "address": {
            "street": "Bootsmanstraat",
            "house_number": "15",
            "postcode": "4626 BS",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Sharon",
                "last_name": "Pinas",
                "date_of_birth": "1989-12-12",
                "role": "ouder",
                "bsn": "733886899",
            },
            {
                "first_name": "Jaylen",
                "last_name": "Pinas",
                "date_of_birth": "2014-05-05",
                "role": "kind",
                "bsn": "717277148",
            },
            {
                "first_name": "Aaliyah",
                "last_name": "Pinas",
                "date_of_birth": "2017-09-19",
                "role": "kind",
                "bsn": "618589673",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": (
                    "Dreigt met haar kinderen dakloos te raken; zoekt tijdelijke oplossingen in "
                    "haar netwerk."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "De kinderen krijgen hulp die aan de huidige woonplaats gebonden is."
                ),
            },
        ],
        "organisations": [
            {"org": "woningcorporatie_woonstad", "role": "woningzoekende ingeschreven"},
            {"org": "gemeente_jeugd", "role": "lopende jeugdhulp"},
        ],
        "professionals": [
            {"name": "Chris Mol", "org": "woningcorporatie_woonstad", "role": "woonconsulent"},
        ],
        "blockages": [
            {
                "rule": "jeugdwet_woonplaatsbeginsel",
                "explanation": (
                    "Tijdelijk wonen in een andere stad kan, maar dan stopt de lopende hulp omdat "
                    "die aan de woonplaats vastzit; verrekening tussen gemeenten is niet geregeld."
                ),
            },
            {
                "rule": "woningtoewijzing_hardheidsclausule",
                "explanation": "Geen voorrang omdat zij tijdelijk bij kennissen kan slapen.",
            },
        ],
        "regular_routes": [
            {"description": "Verzoek om voorrang bij woningtoewijzing.", "result": "Afgewezen."},
            {
                "description": "Tijdelijk onderdak in het eigen netwerk.",
                "result": "Wisselende slaapplekken; niet vol te houden.",
            },
        ],
        "stagnation_risk": (
            "Moeder en kinderen raken dakloos terwijl de kosten van de hulp in de gemeente gewoon "
            "doorlopen."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met woningcorporatie en beide gemeenten",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {"to": "in_behandeling", "days_ago": 160, "reason": "Besproken in het weekoverleg."},
        ],
        "notes": [
            {
                "days_ago": 100,
                "text": (
                    "Maatwerkvoorstel: tijdelijk elders wonen; de gemeente blijft de hulp betalen "
                    "en declareert bij de andere gemeente."
                ),
            },
            {
                "days_ago": 25,
                "text": "Nog niet gerealiseerd; vervolg via een overlegtafel met beide gemeenten.",
            },
        ],
    },
    {
        "key": "crisisopvang_800",
        "title": "Jonge vrouw in crisisopvang – EUR 800 tekort",
        "source": "seed 002 (jonge vrouw in crisisopvang)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "partner",
        "signal_days_ago": 95,
        "wijk": "Zuid",
        "address": {
            "street": "Opvanglaan",
            "house_number": "1",
            "postcode": "4621 OL",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Demi",
                "last_name": "Hendriksen",
                "date_of_birth": "2009-05-16",
                "role": "hoofdbewoner",
                "bsn": "265118517",
            },
            {
                "first_name": "Marjolein",
                "last_name": "Hendriksen",
                "date_of_birth": "1979-09-09",
                "role": "ouder",
                "bsn": "",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": (
                    "Woont op een crisisopvanggroep en kan een studentenkamer met ambulante "
                    "begeleiding krijgen."
                ),
            },
            {
                "code": "inkomen",
                "description": (
                    "Komt ruim EUR 800 tekort voor de verhuizing; onder de 18 geen uitkering of "
                    "bijzondere bijstand, en haar moeder (met gezag) kan niet bijspringen."
                ),
            },
            {
                "code": "onderwijs",
                "description": "Wil gaan studeren; studiefinanciering begint pas later.",
            },
        ],
        "organisations": [
            {"org": "jeugdhulp_kompas", "role": "crisisopvang en ambulante begeleiding"},
            {"org": "gemeente_werk_inkomen", "role": "bijzondere bijstand"},
            {"org": "gemeente_jeugd", "role": "jeugdhulp"},
        ],
        "professionals": [
            {"name": "Lotte Willems", "org": "jeugdhulp_kompas", "role": "mentor crisisopvang"},
            {
                "name": "Bas Vink",
                "org": "gemeente_werk_inkomen",
                "role": "consulent bijzondere bijstand",
            },
        ],
        "blockages": [
            {
                "rule": "pw_geen_bijstand_onder_18",
                "explanation": (
                    "Omdat zij nog geen 18 is, kan Werk en Inkomen geen tijdelijke uitkering of "
                    "bijzondere bijstand geven tot zij gaat studeren."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Aanvraag bijzondere bijstand.",
                "result": "Afgewezen vanwege haar leeftijd.",
            },
            {"description": "Wachtlijst begeleid wonen.", "result": "Lange wachttijd."},
        ],
        "stagnation_risk": (
            "Zij blijft onnodig in de duurdere crisisopvang en houdt een plek bezet die een andere "
            "jongere hard nodig heeft."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met opvang, Werk en Inkomen en ambulante begeleiding",
        "status": "afgesloten",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 88,
                "reason": "Besluit in week 1 van het weekoverleg.",
            },
            {
                "to": "afgesloten",
                "days_ago": 60,
                "reason": (
                    "Tekort van ruim EUR 800 betaald uit het maatwerkfonds; verhuisd naar de "
                    "studentenkamer en van de wachtlijst begeleid wonen af."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 88,
                "text": (
                    "Kassabon: eenmalig ruim EUR 800 tegenover langer verblijf in de crisisopvang."
                ),
            },
        ],
    },
    {
        "key": "regiobinding_18",
        "title": "Bijna 18 – verhuizen zonder regiobinding",
        "source": "seed 002 (loslaten regiobinding)",
        "team": "jeugd",
        "consulent": "consulent3",
        "signal_source": "partner",
        "signal_days_ago": 50,
        "wijk": "Centrum",
        "address": {
            "street": "Stationsplein",
            "house_number": "4",
            "postcode": "4611 SP",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Kim",
                "last_name": "van der Veen",
                "date_of_birth": "2008-12-20",
                "role": "hoofdbewoner",
                "bsn": "549625550",
            },
            {
                "first_name": "Marion",
                "last_name": "van der Veen",
                "date_of_birth": "1975-02-11",
                "role": "ouder",
                "bsn": "927015961",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": (
                    "Moet bij haar 18e de opvang verlaten en wil begeleid wonen in een andere stad "
                    "waar zij mensen kent."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Verlengde jeugdhulp nodig om zelfstandig te worden; zij is zeer gemotiveerd."
                ),
            },
        ],
        "organisations": [
            {"org": "gemeente_jeugd", "role": "huidige jeugdhulp"},
            {"org": "jeugdhulp_kompas", "role": "opvang"},
        ],
        "professionals": [
            {"name": "Joost Bakker", "org": "jeugdhulp_kompas", "role": "begeleider opvang"},
        ],
        "blockages": [
            {
                "rule": "jeugdwet_woonplaatsbeginsel",
                "explanation": (
                    "Zonder binding met de nieuwe stad lijkt zorg daar niet te regelen; de nieuwe "
                    "gemeente moet instemmen met het betalen van verlengde jeugdhulp."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Begeleid wonen in de eigen regio aangeboden.",
                "result": "Sluit niet aan bij haar wens; zij heeft hier geen netwerk.",
            },
        ],
        "stagnation_risk": (
            "Bij 18 vervalt de opvang; zonder vervolgplek dreigen dakloosheid en verlies van "
            "motivatie."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met de nieuwe gemeente en de opvang",
        "status": "aangemeld",
        "eligibility_reason": "",
        "history": [],
        "notes": [
            {
                "days_ago": 45,
                "text": (
                    "Via het maatwerkregister contact gelegd met de toegang jeugd van de gewenste "
                    "gemeente."
                ),
            },
        ],
    },
    {
        "key": "executieverkoop_huisdieren",
        "title": "Executieverkoop dreigt – opvang zonder huisdieren",
        "source": "seed 002 (tweede hypotheek voorkomt dakloosheid)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "kcc",
        "signal_days_ago": 200,
        "wijk": "Noord",
        "address": {
            "street": "Vogelzang",
            "house_number": "12",
            "postcode": "4612 VZ",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Gerard",
                "last_name": "Smeets",
                "date_of_birth": "1970-07-01",
                "role": "hoofdbewoner",
                "bsn": "709669100",
            },
        ],
        "domains": [
            {"code": "wonen", "description": "Dreigende executieverkoop van zijn koopwoning."},
            {
                "code": "financien_schulden",
                "description": "Schulden ontstaan na baanverlies, zonder hulp.",
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Werd depressief na zijn ontslag; klein netwerk, zijn dieren zijn zijn houvast."
                ),
            },
            {"code": "inkomen", "description": "Heeft uit onbekendheid geen WW aangevraagd."},
        ],
        "organisations": [
            {"org": "kredietbank_demodam", "role": "schuldhulp en tweede hypotheek"},
            {"org": "uwv", "role": "WW"},
            {"org": "cak", "role": "bestuursrechtelijke premie"},
        ],
        "professionals": [
            {"name": "Sophie Brands", "org": "kredietbank_demodam", "role": "schuldhulpverlener"},
        ],
        "blockages": [
            {
                "rule": "zvw_wanbetalersregeling",
                "explanation": (
                    "Door de premieachterstand is hij aangemeld bij het CAK en betaalt hij een "
                    "verhoogde premie, wat de ruimte om de hypotheekachterstand in te lopen verder "
                    "beperkt."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Crisisopvang bij uitzetting.",
                "result": (
                    "Niet passend: huisdieren zijn er niet toegestaan en afstand doen van de "
                    "dieren leidt naar verwachting tot psychische problemen."
                ),
            },
            {
                "description": "Alsnog WW aanvragen bij het UWV.",
                "result": "Te laat; niet meer met terugwerkende kracht toe te kennen.",
            },
        ],
        "stagnation_risk": "Dakloosheid, verlies van zijn dieren en terugval in depressie.",
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met kredietbank, hypotheekverstrekker en CAK",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 190,
                "reason": "Besproken met kredietbank; time-out gevraagd.",
            },
        ],
        "notes": [
            {
                "days_ago": 150,
                "text": (
                    "Via de schuldhulpverlening een tweede hypotheek verstrekt; de executieverkoop "
                    "is van de baan."
                ),
            },
            {
                "days_ago": 30,
                "text": (
                    "Heeft weer werk; aflossing loopt. Monitoring tot een jaar na de oplossing."
                ),
            },
        ],
    },
    {
        "key": "verblijfsvergunning_moeder",
        "title": "Zieke moeder – verblijfsstatus en bestaanszekerheid",
        "source": "seed 002 (toekennen verblijfsvergunning)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "huisarts",
        "signal_days_ago": 260,
        "wijk": "De Akkers",
        "address": {
            "street": "Klaverveld",
            "house_number": "36",
            "postcode": "4628 KV",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Amina",
                "last_name": "Yusuf",
                "date_of_birth": "1986-03-08",
                "role": "ouder",
                "bsn": "299941000",
            },
            {
                "first_name": "Hodan",
                "last_name": "Yusuf",
                "date_of_birth": "2012-10-10",
                "role": "kind",
                "bsn": "741963802",
            },
            {
                "first_name": "Abdi",
                "last_name": "Yusuf",
                "date_of_birth": "2015-02-14",
                "role": "kind",
                "bsn": "315986566",
            },
            {
                "first_name": "Sagal",
                "last_name": "Yusuf",
                "date_of_birth": "2019-06-06",
                "role": "kind",
                "bsn": "562770446",
            },
        ],
        "domains": [
            {
                "code": "verblijfsstatus",
                "description": (
                    "Bij afwijzing van haar verblijfsaanvraag vervallen al haar aanspraken."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": "Ernstig ziek en onder medische behandeling.",
            },
            {
                "code": "inkomen",
                "description": (
                    "Uitkering en toeslagen stoppen; gas en water dreigen te worden afgesloten."
                ),
            },
            {"code": "wonen", "description": "Ontruiming van de woning dreigt."},
        ],
        "organisations": [
            {"org": "ind", "role": "verblijfsvergunning"},
            {"org": "gemeente_werk_inkomen", "role": "uitkering"},
            {"org": "belastingdienst_toeslagen", "role": "toeslagen"},
            {"org": "svb", "role": "kinderbijslag"},
            {"org": "zorgverzekeraar_zilveren_zorg", "role": "zorgverzekering"},
            {"org": "woonstichting_thuisbasis", "role": "verhuurder"},
        ],
        "professionals": [
            {"name": "Patrick Hermans", "org": "gemeente_werk_inkomen", "role": "consulent"},
            {"name": "Noura Aziz", "org": "woonstichting_thuisbasis", "role": "huurconsulent"},
        ],
        "blockages": [
            {
                "rule": "koppelingsbeginsel",
                "explanation": (
                    "Bij afwijzing verliest zij uitkering, toeslagen en zorgverzekering; alleen de "
                    "staatssecretaris kan met zijn discretionaire bevoegdheid een vergunning "
                    "geven."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Reguliere verblijfsprocedure bij de IND.",
                "result": "Afwijzing dreigt.",
            },
            {
                "description": "Betalingsregeling vaste lasten.",
                "result": "Niet haalbaar zonder inkomen.",
            },
        ],
        "stagnation_risk": (
            "Een gezin met drie kinderen zonder inkomen, zorgverzekering en woning, terwijl moeder "
            "medische behandeling nodig heeft."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": (
            "delen met burgemeester, Werk en Inkomen, woonstichting en zorgverzekeraar"
        ),
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 250,
                "reason": "Opgeschaald naar de burgemeester en het Landelijk Maatwerkloket.",
            },
        ],
        "notes": [
            {
                "days_ago": 240,
                "text": (
                    "Burgemeester vraagt de staatssecretaris zijn discretionaire bevoegdheid te "
                    "gebruiken."
                ),
            },
            {
                "days_ago": 200,
                "text": (
                    "Maatwerkfonds betaalt tijdelijk de vaste lasten; tijdelijk toegang tot de "
                    "voedselbank; Wmo-voorzieningen lopen via een uitzondering door."
                ),
            },
            {
                "days_ago": 15,
                "text": (
                    "Afspraak met de woonstichting: urgentie voor een aangepaste woning zodra de "
                    "vergunning er is."
                ),
            },
        ],
    },
    {
        "key": "studie_duo_termijn",
        "title": "Studie hervatten – DUO-termijn verlopen",
        "source": "seed 002 (uitzondering termijn studiefinanciering)",
        "team": "noord",
        "consulent": "consulent",
        "signal_source": "zelfmelding",
        "signal_days_ago": 180,
        "wijk": "Centrum",
        "address": {
            "street": "Marktstraat",
            "house_number": "21a",
            "postcode": "4611 MS",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Thijs",
                "last_name": "Kok",
                "date_of_birth": "1998-04-22",
                "role": "hoofdbewoner",
                "bsn": "539680382",
            },
        ],
        "domains": [
            {
                "code": "onderwijs",
                "description": (
                    "Wil zijn opleiding alsnog afronden en haalde zelf de benodigde certificaten."
                ),
            },
            {
                "code": "financien_schulden",
                "description": (
                    "Heeft een studieschuld; zonder leenrecht moet hij naast de studie veel werken."
                ),
            },
            {
                "code": "gezondheid_ggz",
                "description": (
                    "Psychische problemen na een moeilijke jeugd; met therapie hersteld, maar bang "
                    "voor terugval bij te veel druk."
                ),
            },
            {"code": "werk_participatie", "description": "Werkt in een winkel."},
        ],
        "organisations": [{"org": "duo", "role": "studiefinanciering"}],
        "professionals": [
            {"name": "Maaike Schipper", "org": "duo", "role": "contactpersoon maatwerkregister"},
        ],
        "blockages": [
            {
                "rule": "duo_diplomatermijn",
                "explanation": (
                    "Door miscommunicatie vroeg hij verlenging van de diplomatermijn te laat aan, "
                    "waardoor zijn resterende leenrecht vervalt."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Verlenging aangevraagd bij DUO.",
                "result": "Te laat ingediend; afgewezen.",
            },
        ],
        "stagnation_risk": (
            "Zonder leenrecht moet hij veel meer werken naast de studie; hij verwacht die druk "
            "niet aan te kunnen en dreigt opnieuw uit te vallen."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met DUO",
        "status": "in_behandeling",
        "eligibility_reason": "",
        "history": [
            {
                "to": "in_behandeling",
                "days_ago": 170,
                "reason": (
                    "Via het maatwerkregister contact met DUO; antwoord binnen twee werkdagen."
                ),
            },
        ],
        "notes": [
            {
                "days_ago": 120,
                "text": (
                    "DUO maakt een uitzondering: na het verlopen van de diplomatermijn alsnog vijf "
                    "jaar verlenging, met behoud van zijn resterende leenrecht."
                ),
            },
            {
                "days_ago": 60,
                "text": (
                    "Het ov-deel van de studieschuld wordt omgezet in een gift zodra hij zijn "
                    "diploma haalt. Monitoring loopt."
                ),
            },
        ],
    },
    {
        "key": "geldstress_jonge_vrouw",
        "title": "Geldstress – werk en opleiding gestopt",
        "source": "seed 002 (jonge vrouw met geldstress)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "kcc",
        "signal_days_ago": 20,
        "wijk": "Rietlanden",
        "address": {
            "street": "Waterlelie",
            "house_number": "5",
            "postcode": "4625 WL",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Rosa",
                "last_name": "Verhagen",
                "date_of_birth": "2003-01-27",
                "role": "hoofdbewoner",
                "bsn": "257741884",
            },
        ],
        "domains": [
            {
                "code": "financien_schulden",
                "description": (
                    "Oplopende schulden, waaronder een terugvordering zorgtoeslag en een "
                    "premieachterstand."
                ),
            },
            {"code": "gezondheid_ggz", "description": "Veel stress en schaamte over geld."},
            {
                "code": "werk_participatie",
                "description": "Gaat door de stress niet meer naar haar werk.",
            },
            {"code": "onderwijs", "description": "Dreigt haar mbo-opleiding kwijt te raken."},
        ],
        "organisations": [
            {"org": "belastingdienst_toeslagen", "role": "terugvordering zorgtoeslag"},
            {"org": "cak", "role": "wanbetalersregeling"},
            {"org": "kredietbank_demodam", "role": "schuldhulpverlening"},
        ],
        "professionals": [
            {"name": "Sophie Brands", "org": "kredietbank_demodam", "role": "schuldhulpverlener"},
        ],
        "blockages": [
            {
                "rule": "toeslagen_terugvordering",
                "explanation": (
                    "De terugvordering wordt verrekend met lopende toeslagen, waardoor zij onder "
                    "het bestaansminimum uitkomt."
                ),
            },
            {
                "rule": "zvw_wanbetalersregeling",
                "explanation": (
                    "Door de premieachterstand dreigt aanmelding als wanbetaler en een hogere "
                    "premie."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Betalingsregeling gevraagd bij Belastingdienst/Toeslagen.",
                "result": "Afgewezen vanwege eerder gemiste termijnen.",
            },
        ],
        "stagnation_risk": "Zij verliest baan en opleiding en de schulden groeien snel verder.",
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "niet_gevraagd",
        "consent_scope": "",
        "status": "aangemeld",
        "eligibility_reason": "",
        "history": [],
        "notes": [
            {
                "days_ago": 18,
                "text": "KCC verbindt door naar wijkteam Zuid; eerste gesprek ingepland.",
            },
        ],
    },
    {
        "key": "pleegzorg_18",
        "title": "18 jaar – pleegzorg stopt, geen woning",
        "source": "seed 002 (jongeren uit pleegzorg op 18)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "partner",
        "signal_days_ago": 40,
        "wijk": "Zuid",
        "address": {
            "street": "Zuidsingel",
            "house_number": "77",
            "postcode": "4621 ZS",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Dylan",
                "last_name": "Koenen",
                "date_of_birth": "2008-09-03",
                "role": "hoofdbewoner",
                "bsn": "299412465",
            },
            {
                "first_name": "Ans",
                "last_name": "Vreeswijk",
                "date_of_birth": "1965-04-14",
                "role": "overig",
                "bsn": "",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": (
                    "Pleegzorg stopt nu hij 18 is; geen vaste verblijfplaats, hij slaapt steeds "
                    "ergens anders."
                ),
            },
            {
                "code": "jeugd_opvoeding",
                "description": (
                    "Heeft nog steun nodig bij de overstap naar volwassenheid, maar wil vooral "
                    "zelfstandig worden."
                ),
            },
            {"code": "inkomen", "description": "Nog geen eigen inkomen."},
        ],
        "organisations": [
            {"org": "jeugdhulp_kompas", "role": "pleegzorgaanbieder"},
            {"org": "woningcorporatie_woonstad", "role": "woningzoekende ingeschreven"},
            {"org": "gemeente_werk_inkomen", "role": "inkomen"},
        ],
        "professionals": [
            {"name": "Iris Jonker", "org": "jeugdhulp_kompas", "role": "pleegzorgwerker"},
        ],
        "blockages": [
            {
                "rule": "woningtoewijzing_hardheidsclausule",
                "explanation": "Geen voorrang, omdat hij voorlopig nog bij vrienden kan slapen.",
            },
            {
                "rule": "wlz_jeugdwet_wmo_afbakening",
                "explanation": (
                    "Jeugdhulp eindigt op 18; verlengde pleegzorg of Wmo-begeleiding moet opnieuw "
                    "worden aangevraagd en de hulp valt ertussenin weg."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Verlengde pleegzorg besproken.",
                "result": "Pleegouders kunnen dit niet langer bieden; geen vervolgplek.",
            },
        ],
        "stagnation_risk": (
            "Dakloosheid en verergering van zijn problemen precies op het moment dat de hulp "
            "wegvalt."
        ),
        "household_involved": True,
        "household_not_involved_reason": "",
        "household_involved_from_days": None,
        "consent": "gegeven",
        "consent_scope": "delen met pleegzorgaanbieder en woningcorporatie",
        "status": "aangemeld",
        "eligibility_reason": "",
        "history": [],
        "notes": [
            {
                "days_ago": 35,
                "text": (
                    "Dylan wil geen extra hulpverlening, wel hulp bij het vinden van een eigen "
                    "woning."
                ),
            },
        ],
    },
    {
        "key": "groot_gezin_overlast",
        "title": "Groot gezin – uithuiszetting wegens overlast",
        "source": "seed 001 (grote overlastgevende gezinnen)",
        "team": "zuid",
        "consulent": "consulent2",
        "signal_source": "partner",
        "signal_days_ago": 14,
        "wijk": "De Akkers",
        "address": {
            "street": "Hooiberg",
            "house_number": "2",
            "postcode": "4628 HB",
            "city": "Demodam",
        },
        "members": [
            {
                "first_name": "Ricardo",
                "last_name": "Martens",
                "date_of_birth": "1979-08-19",
                "role": "ouder",
                "bsn": "557941301",
            },
            {
                "first_name": "Jolanda",
                "last_name": "Martens",
                "date_of_birth": "1981-01-07",
                "role": "partner",
                "bsn": "257514995",
            },
            {
                "first_name": "Ryan",
                "last_name": "Martens",
                "date_of_birth": "2008-10-12",
                "role": "kind",
                "bsn": "116847475",
            },
            {
                "first_name": "Nikki",
                "last_name": "Martens",
                "date_of_birth": "2010-06-30",
                "role": "kind",
                "bsn": "865662976",
            },
            {
                "first_name": "Jordy",
                "last_name": "Martens",
                "date_of_birth": "2013-03-15",
                "role": "kind",
                "bsn": "378907256",
            },
            {
                "first_name": "Britt",
                "last_name": "Martens",
                "date_of_birth": "2016-12-24",
                "role": "kind",
                "bsn": "287631965",
            },
        ],
        "domains": [
            {
                "code": "wonen",
                "description": "Uithuiszetting dreigt door overlast en huurachterstand.",
            },
            {
                "code": "financien_schulden",
                "description": "Grote schulden bij meerdere schuldeisers, onder wie het CJIB.",
            },
            {
                "code": "veiligheid",
                "description": "Herhaalde meldingen van overlast en ruzies in de straat.",
            },
            {
                "code": "jeugd_opvoeding",
                "description": "De oudste zoon verzuimt veel; zorgen over de opvoeding.",
            },
        ],
        "organisations": [
            {"org": "woonstichting_thuisbasis", "role": "verhuurder"},
            {"org": "cjib", "role": "schuldeiser"},
            {"org": "kredietbank_demodam", "role": "schuldhulpverlening"},
            {"org": "gemeente_jeugd", "role": "jeugdteam"},
        ],
        "professionals": [
            {"name": "Noura Aziz", "org": "woonstichting_thuisbasis", "role": "huurconsulent"},
        ],
        "blockages": [
            {
                "rule": "wgs_weigeringsgronden",
                "explanation": (
                    "Een eerder schuldhulptraject is beëindigd door nieuwe schulden; opnieuw "
                    "instromen kan pas na een wachttermijn."
                ),
            },
            {
                "rule": "woningtoewijzing_hardheidsclausule",
                "explanation": (
                    "Na een ontruiming wegens overlast komt het gezin niet in aanmerking voor "
                    "voorrang op een andere woning."
                ),
            },
        ],
        "regular_routes": [
            {
                "description": "Eerder schuldhulptraject.",
                "result": "Beëindigd wegens nieuwe schulden.",
            },
            {
                "description": "Waarschuwingen en gesprekken door de corporatie.",
                "result": "De overlast houdt aan; de corporatie start een ontbindingsprocedure.",
            },
        ],
        "stagnation_risk": (
            "Ontruiming van een gezin met vier kinderen, opvang en mogelijk uithuisplaatsing; "
            "grote gezinnen kunnen oplopen tot zo'n EUR 1 miljoen per jaar aan zorgkosten."
        ),
        "household_involved": False,
        "household_not_involved_reason": (
            "Het gezin reageert niet op brieven; een eerste huisbezoek samen met de corporatie is "
            "gepland."
        ),
        "household_involved_from_days": 5,
        "consent": "niet_gevraagd",
        "consent_scope": "",
        "status": "aangemeld",
        "eligibility_reason": "",
        "history": [],
        "notes": [
            {
                "days_ago": 12,
                "text": (
                    "Corporatie vraagt een time-out op de ontbindingsprocedure zolang er een plan "
                    "wordt gemaakt."
                ),
            },
        ],
    },
]


def passes_elfproef(bsn: str) -> bool:
    """Nine digits, not starting with 0, weighted sum (9..2 and -1 for the last) divisible by 11."""
    if len(bsn) != 9 or not bsn.isdigit() or bsn[0] == "0":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(digit) * weight for digit, weight in zip(bsn, weights, strict=True)) % 11 == 0


def meets_eligibility(case: dict[str, Any]) -> bool:
    """Two or more life domains, a regular route tried, and a risk of stagnation or escalation."""
    return (
        len(case["domains"]) >= 2 and bool(case["regular_routes"]) and bool(case["stagnation_risk"])
    )


def _unique(keys: list[str], what: str) -> None:
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, f"duplicate {what}: {duplicates}"


def _check() -> None:
    org_keys = [org["key"] for org in ORGANISATIONS]
    rule_keys = [rule["key"] for rule in RULES]
    _unique(org_keys, "organisation keys")
    _unique(rule_keys, "rule keys")
    _unique([case["key"] for case in DEMO_CASES], "case keys")
    _unique(WIJKEN, "wijken")
    assert all(org["kind"] in KINDS for org in ORGANISATIONS)
    assert all(rule["owner"] in org_keys for rule in RULES)
    assert 12 <= len(RULES) <= 18 and len(DEMO_CASES) >= 22

    bsns: list[str] = []
    used_orgs: set[str] = set()
    used_rules: set[str] = set()
    today = date.today()
    for case in DEMO_CASES:
        key = case["key"]
        assert CONSULENT_BY_TEAM[case["team"]] == case["consulent"], key
        assert case["signal_source"] in SIGNAL_SOURCES, key
        assert 10 <= case["signal_days_ago"] <= 700, key
        assert case["wijk"] in WIJKEN, key
        assert set(case["address"]) == {"street", "house_number", "postcode", "city"}, key

        members = case["members"]
        assert 1 <= len(members) <= 6, key
        adults = 0
        for member in members:
            assert member["role"] in MEMBER_ROLES, key
            born = date.fromisoformat(member["date_of_birth"])
            assert born < today, key
            adults += (today - born).days >= 18 * 365.25
            if member["bsn"]:
                assert passes_elfproef(member["bsn"]), (key, member["bsn"])
                bsns.append(member["bsn"])
        assert adults >= 1, key

        assert all(domain["code"] in DOMAIN_CODES for domain in case["domains"]), key
        _unique([domain["code"] for domain in case["domains"]], f"domains in {key}")
        for link in case["organisations"] + case["professionals"]:
            assert link["org"] in org_keys, (key, link["org"])
            used_orgs.add(link["org"])
        for blockage in case["blockages"]:
            assert blockage["rule"] in rule_keys, (key, blockage["rule"])
            used_rules.add(blockage["rule"])

        assert case["consent"] in CONSENT_VALUES, key
        assert bool(case["consent_scope"]) == (case["consent"] == "gegeven"), key
        if case["household_involved"]:
            assert not case["household_not_involved_reason"], key
            assert case["household_involved_from_days"] is None, key
        else:
            assert case["household_not_involved_reason"], key
            assert case["household_involved_from_days"] is None or (
                case["household_involved_from_days"] > 0
            ), key
        assert meets_eligibility(case) != bool(case["eligibility_reason"]), key

        state, last_days_ago = "aangemeld", case["signal_days_ago"]
        for step in case["history"]:
            assert (state, step["to"]) in TRANSITIONS, (key, state, step["to"])
            assert 0 < step["days_ago"] < last_days_ago, key
            state, last_days_ago = step["to"], step["days_ago"]
        assert state == case["status"], key
        assert len(case["notes"]) <= 3, key
        assert all(0 < note["days_ago"] <= case["signal_days_ago"] for note in case["notes"]), key

    _unique(bsns, "BSNs")
    assert used_orgs == set(org_keys), set(org_keys) - used_orgs
    assert used_rules == set(rule_keys), set(rule_keys) - used_rules
    assert sum(not meets_eligibility(case) for case in DEMO_CASES) == 2
    statuses = [case["status"] for case in DEMO_CASES]
    assert max(STATUSES, key=statuses.count) == "in_behandeling"
    assert statuses.count("afgesloten") >= 3 and statuses.count("heropend") >= 1
    teams = [case["team"] for case in DEMO_CASES]
    assert teams.count("zuid") >= 4 and set(teams) == set(CONSULENT_BY_TEAM)
    print(
        f"OK: {len(DEMO_CASES)} cases, {len(ORGANISATIONS)} organisations, {len(RULES)} rules, "
        f"{len(bsns)} BSNs"
    )


if __name__ == "__main__":
    _check()
