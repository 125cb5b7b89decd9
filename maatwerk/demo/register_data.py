# ruff: noqa: E501 - the texts are prose, one item a line, easier to read unwrapped.
"""Demo maatwerkregister: a contact person at each national agency and at the typical local
partners of Demodam (invented names and numbers), and the authority map for every rule of
the demo's rule list. "Bevoegde onbekend" for the pgb between care and education, as in
seed 003."""

from maatwerk.register.models import Authority, Contact

from .setup import DemoWorld

# organisation key → (name, function, phone, e-mail, domain, availability)
CONTACTS: dict[str, tuple[str, str, str, str, str, str]] = {
    "duo": (
        "Sandra Peeters",
        "contactpersoon maatwerk",
        "050 555 0101",
        "maatwerk@duo.example",
        "onderwijs",
        "ma–vr 9–17 uur",
    ),
    "uwv": (
        "Karel Bosman",
        "adviseur maatwerk",
        "088 555 0102",
        "maatwerk@uwv.example",
        "werk_participatie",
        "ma–do",
    ),
    "belastingdienst_toeslagen": (
        "Ilse Hendriks",
        "medewerker persoonlijke regeling",
        "0800 555 0103",
        "maatwerk@toeslagen.example",
        "financien_schulden",
        "ma–vr",
    ),
    "cak": (
        "Bram Willems",
        "contactpersoon wanbetalersregeling",
        "0800 555 0104",
        "maatwerk@cak.example",
        "financien_schulden",
        "di en do",
    ),
    "cjib": (
        "Noor Visser",
        "regisseur maatwerk",
        "058 555 0105",
        "maatwerk@cjib.example",
        "financien_schulden",
        "ma–vr",
    ),
    "ind": (
        "Tom Dekker",
        "liaison gemeenten",
        "088 555 0106",
        "gemeenten@ind.example",
        "verblijfsstatus",
        "ma–vr",
    ),
    "svb": (
        "Eva Smits",
        "adviseur maatwerk",
        "020 555 0107",
        "maatwerk@svb.example",
        "inkomen",
        "ma–wo",
    ),
    "woningcorporatie_woonstad": (
        "Mark Jacobs",
        "consulent bijzondere bemiddeling",
        "0456 555 108",
        "bemiddeling@woonstad.example",
        "wonen",
        "ma–vr ochtend",
    ),
    "woonstichting_thuisbasis": (
        "Linda Vos",
        "woonconsulent urgentie",
        "0456 555 109",
        "urgentie@thuisbasis.example",
        "wonen",
        "di–vr",
    ),
    "zorgverzekeraar_zilveren_zorg": (
        "Peter Kuipers",
        "zorgadviseur",
        "0456 555 110",
        "zorgadvies@zilverenzorg.example",
        "gezondheid_ggz",
        "ma–vr",
    ),
    "kredietbank_demodam": (
        "Fleur Maas",
        "schuldhulpverlener",
        "0456 555 111",
        "info@kredietbank.example",
        "financien_schulden",
        "ma–do",
    ),
    "ggz_de_brug": (
        "Ahmed Yildiz",
        "teamleider ambulant",
        "0456 555 112",
        "aanmelden@debrug.example",
        "gezondheid_ggz",
        "ma–vr",
    ),
    "swv_passend_onderwijs": (
        "Marieke Brouwer",
        "onderwijsconsulent",
        "0456 555 113",
        "consulent@swv.example",
        "onderwijs",
        "schooldagen",
    ),
}
SUBSTITUTES = {"duo": "uwv"}

# rule key → (status, holder, holder organisation key, ground, room, escalation, contact key)
AUTHORITIES: dict[str, tuple] = {
    "woningtoewijzing_hardheidsclausule": (
        "bekend",
        "woningcorporatie (manager verhuur)",
        "woningcorporatie_woonstad",
        "hardheidsclausule van de huisvestingsverordening",
        "ruimte per geval",
        "consulent bijzondere bemiddeling → manager verhuur → directie; daarna de wethouder wonen via de prestatieafspraken",
        "woningcorporatie_woonstad",
    ),
    "wsnp_10_jaarstermijn": (
        "bekend",
        "rechtbank (Wsnp-toelating)",
        "rechtbank_wsnp",
        "Faillissementswet, toelating tot de schuldsanering",
        "de rechter weegt de omstandigheden",
        "verzoek via de kredietbank of een advocaat aan de rechtbank",
        "kredietbank_demodam",
    ),
    "duo_diplomatermijn": (
        "bekend",
        "DUO",
        "duo",
        "hardheidsclausule Wet studiefinanciering 2000",
        "termijn en omzetting in gift",
        "contactpersoon maatwerk DUO → Landelijk Maatwerkloket",
        "duo",
    ),
    "koppelingsbeginsel": (
        "bekend",
        "staatssecretaris (discretionaire bevoegdheid)",
        "ind",
        "Vreemdelingenwet 2000",
        "alleen bij schrijnende situaties",
        "IND liaison gemeenten → burgemeester → Landelijk Maatwerkloket",
        "ind",
    ),
    "pw_kostendelersnorm": (
        "bekend",
        "gemeente, Werk en Inkomen",
        "gemeente_werk_inkomen",
        "Participatiewet (afstemming van de bijstand)",
        "weinig ruimte",
        "consulent → teamleider Werk en Inkomen → OMO-functionaris",
        None,
    ),
    "pw_geen_bijstand_onder_18": (
        "bekend",
        "gemeente (college)",
        "gemeente_werk_inkomen",
        "Participatiewet; maatwerkfonds als alternatief",
        "geen ruimte in de wet; wel via het maatwerkfonds",
        "OMO-functionaris → maatwerkfonds",
        None,
    ),
    "bb_inkomensgrens_minima": (
        "bekend",
        "gemeente (college)",
        "gemeente_werk_inkomen",
        "beleidsregels bijzondere bijstand",
        "afwijken bij bijzondere omstandigheden",
        "teamleider → OMO-functionaris",
        None,
    ),
    "wmo_een_indicatie_per_huishouden": (
        "bekend",
        "gemeente, Wmo-loket",
        "gemeente_wmo",
        "verordening Wmo 2015 (maatwerkvoorziening)",
        "ruimte via maatwerk",
        "Wmo-consulent → teamleider Wmo",
        None,
    ),
    "wmo_vervoer_algemeen_gebruikelijk": (
        "bekend",
        "gemeente, Wmo-loket",
        "gemeente_wmo",
        "verordening Wmo 2015",
        "ruimte via maatwerk",
        "Wmo-consulent → teamleider Wmo",
        None,
    ),
    "leerlingenvervoer_6km": (
        "bekend",
        "gemeente (college)",
        "gemeente_onderwijs",
        "hardheidsclausule verordening leerlingenvervoer",
        "ruimte per geval",
        "leerplicht en leerlingenvervoer → wethouder onderwijs",
        None,
    ),
    "jeugdwet_woonplaatsbeginsel": (
        "bekend",
        "gemeente van het woonplaatsbeginsel",
        "gemeente_jeugd",
        "Jeugdwet",
        "afspraken tussen gemeenten",
        "toegang jeugd → overleg met de andere gemeente → regio",
        None,
    ),
    "jeugdhulp_trajectfinanciering": (
        "bekend",
        "gemeente, Jeugd (regionale inkoop)",
        "gemeente_jeugd",
        "inkoopafspraken jeugdhulp",
        "ruimte per geval",
        "contractmanager jeugd → regio",
        None,
    ),
    "onderwijs_zorgplicht_thuisonderwijs": (
        "bekend",
        "samenwerkingsverband passend onderwijs",
        "swv_passend_onderwijs",
        "zorgplicht Wet passend onderwijs",
        "arrangement op maat",
        "onderwijsconsulent → directeur samenwerkingsverband",
        "swv_passend_onderwijs",
    ),
    "toeslagen_terugvordering": (
        "bekend",
        "Belastingdienst/Toeslagen",
        "belastingdienst_toeslagen",
        "Awir, persoonlijke betalingsregeling",
        "betalingsregeling, geen kwijtschelding",
        "medewerker persoonlijke regeling → Landelijk Maatwerkloket",
        "belastingdienst_toeslagen",
    ),
    "zvw_wanbetalersregeling": (
        "bekend",
        "CAK",
        "cak",
        "Zorgverzekeringswet, wanbetalersregeling",
        "uitstroom bij schuldregeling",
        "contactpersoon CAK",
        "cak",
    ),
    "wlz_jeugdwet_wmo_afbakening": (
        "bekend",
        "zorgkantoor en gemeente samen",
        "zorgverzekeraar_zilveren_zorg",
        "Wlz / Jeugdwet / Wmo 2015",
        "afspraken per geval",
        "zorgadviseur → zorgkantoor → OMO-functionaris",
        "zorgverzekeraar_zilveren_zorg",
    ),
    # Seed 003: nobody could say who decides on care money used for education.
    "pgb_zorg_onderwijs_gescheiden": ("onbekend", "", None, "", "", "", None),
    "wgs_weigeringsgronden": (
        "bekend",
        "gemeente (college), uitgevoerd door de kredietbank",
        "kredietbank_demodam",
        "Wet gemeentelijke schuldhulpverlening",
        "afwijken van weigeringsgronden mag",
        "schuldhulpverlener → teamleider kredietbank → OMO-functionaris",
        "kredietbank_demodam",
    ),
}


def load_register(world: DemoWorld) -> None:
    contacts = {}
    for key, (name, function, phone, email, domain, availability) in CONTACTS.items():
        contacts[key], _ = Contact.objects.get_or_create(
            organisation=world.organisations[key],
            name=name,
            defaults={
                "function": function,
                "phone": phone,
                "email": email,
                "domain": domain,
                "availability": availability,
            },
        )
    for key, substitute in SUBSTITUTES.items():
        Contact.objects.filter(pk=contacts[key].pk).update(substitute=contacts[substitute])
    partner = world.users.get("partner_duo")
    if partner is not None:
        Contact.objects.filter(pk=contacts["duo"].pk).update(user=partner)
    for rule_key, (status, holder, org, ground, room, escalation, contact) in AUTHORITIES.items():
        Authority.objects.get_or_create(
            rule=world.rules[rule_key],
            defaults={
                "status": status,
                "holder": holder,
                "holder_organisation": world.organisations.get(org) if org else None,
                "ground": ground,
                "room": room,
                "escalation": escalation,
                "contact": contacts.get(contact) if contact else None,
            },
        )
