"""Every change to the vraagbaak: writing a precedent by hand, publishing it, making a draft
from a case through the anonymisation pass, and import/export. Screens, API and commands
call these functions, so they cannot disagree. Only the OMO-functionaris writes precedents;
the synonym list is beheer's (admin)."""

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import yaml
from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.cases import selectors as reference
from maatwerk.cases.domains import LifeDomain

from . import anonymise as anon
from . import search
from .models import Precedent, SolutionType

__all__ = [
    "FIELDS",
    "ImportReport",
    "check_writer",
    "draft_from_case",
    "export_precedents",
    "import_precedents",
    "load_file",
    "save_precedent",
]

# The keys of the import/export format, in order.
FORMAT_KEYS = (
    "id",
    "title",
    "summary",
    "household",
    "life_domains",
    "laws_and_rules",
    "organisations",
    "blockage",
    "solution",
    "solution_type",
    "decided_by",
    "legal_ground",
    "cost_of_solution_eur",
    "outcome",
    "lessons",
    "source",
)
TEXT_FIELDS = (
    "title",
    "summary",
    "household",
    "blockage",
    "solution",
    "decided_by",
    "legal_ground",
    "outcome",
    "lessons",
    "source",
)
FIELDS = (
    *TEXT_FIELDS,
    "life_domains",
    "solution_types",
    "cost_eur",
    "rule_ids",
    "organisation_ids",
)


def may_write(user) -> bool:
    return bool(user and user.is_authenticated and user.role == Role.OMO_FUNCTIONARIS)


def check_writer(user) -> None:
    if not may_write(user):
        raise PermissionDenied(
            _("Alleen de OMO-functionaris schrijft precedenten in de vraagbaak.")
        )


def _codes(values, allowed: set[str], label: str) -> list[str]:
    codes = []
    for value in values or []:
        code = str(value).strip()
        if code not in allowed:
            raise ValidationError({label: _("Onbekende code: %(code)s.") % {"code": code}})
        if code not in codes:
            codes.append(code)
    return codes


def _cost(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise ValidationError(
            {"cost_eur": _("Geen bedrag: %(value)s.") % {"value": value}}
        ) from None
    if amount < 0:
        raise ValidationError({"cost_eur": _("De kosten kunnen niet negatief zijn.")})
    return amount.quantize(Decimal("0.01"))


@cache
def _domain_codes() -> frozenset[str]:
    # Read once: an enum's `values` is worked out anew on every call (costly per record).
    return frozenset(LifeDomain.values)


@cache
def _solution_codes() -> frozenset[str]:
    return frozenset(SolutionType.values)


def _apply(precedent: Precedent, data: dict) -> tuple[list[int] | None, list[int] | None]:
    for name in TEXT_FIELDS:
        if name in data:
            setattr(precedent, name, (data[name] or "").strip())
    if not precedent.title:
        raise ValidationError({"title": _("Een precedent heeft een titel nodig.")})
    if not precedent.summary:
        raise ValidationError({"summary": _("Beschrijf de situatie.")})
    if "life_domains" in data:
        precedent.life_domains = _codes(data["life_domains"], _domain_codes(), "life_domains")
    if "solution_types" in data:
        precedent.solution_types = _codes(
            data["solution_types"], _solution_codes(), "solution_types"
        )
    if "cost_eur" in data:
        precedent.cost_eur = _cost(data["cost_eur"])
    for name in ("unreviewed_rules", "unreviewed_organisations"):
        if name in data:
            setattr(precedent, name, list(data[name]))
    return data.get("rule_ids"), data.get("organisation_ids")


def save_precedent(user, precedent: Precedent | None = None, **data) -> Precedent:
    """Create or change a precedent (as a draft unless `publish` is given). Refused with a
    Dutch message, and nothing saved, when a field is wrong."""
    check_writer(user)
    publish = data.pop("publish", None)
    unknown = (
        set(data) - set(FIELDS) - {"external_id", "unreviewed_rules", "unreviewed_organisations"}
    )
    if unknown:
        raise ValueError(f"Onbekende velden: {sorted(unknown)}")
    precedent = precedent or Precedent()
    with transaction.atomic(), set_actor(user):
        if "external_id" in data:
            precedent.external_id = data["external_id"]
        rule_ids, organisation_ids = _apply(precedent, data)
        if not precedent.external_id:
            precedent.external_id = _next_external_id()
        if publish is not None:
            precedent.status = (
                Precedent.Status.GEPUBLICEERD if publish else Precedent.Status.CONCEPT
            )
        precedent.full_clean(exclude=["rules", "organisations"])
        precedent.save()
        if rule_ids is not None:
            precedent.rules.set(reference.rules().filter(pk__in=rule_ids))
        if organisation_ids is not None:
            precedent.organisations.set(reference.organisations().filter(pk__in=organisation_ids))
        search.changed()
    return precedent


def publish(user, precedent: Precedent, published: bool = True) -> Precedent:
    return save_precedent(user, precedent, publish=published)


def _next_external_id() -> str:
    last = Precedent.objects.filter(external_id__startswith="VB-").order_by("-pk").first()
    number = Precedent.objects.count() + 1
    if last is not None:
        try:
            number = max(number, int(last.external_id[3:]) + 1)
        except ValueError:
            pass
    while Precedent.objects.filter(external_id=f"VB-{number:05d}").exists():
        number += 1
    return f"VB-{number:05d}"


# --- Draft from a case (the anonymisation pass).


@dataclass
class Draft:
    """A precedent's fields made from a case: `source` as the case says it (shown to the
    OMO-functionaris only), `fields` after the anonymisation pass."""

    source: dict[str, str]
    fields: dict[str, str]
    life_domains: list[str]
    rule_ids: list[int]
    organisation_ids: list[int]
    replaced: list[tuple[str, str]] = field(default_factory=list)
    values: anon.PersonalValues = field(default_factory=anon.PersonalValues)


def personal_values(case) -> anon.PersonalValues:
    household = case.household
    values = anon.PersonalValues()
    for member in household.members.all():
        values.names |= {member.first_name, member.last_name, member.full_name}
        if member.bsn:
            values.bsns.add(member.bsn)
        if member.date_of_birth:
            values.dates.add(member.date_of_birth.isoformat())
    for professional in case.professionals.all():
        values.names.add(professional.name)
    values.streets |= {household.street} if household.street else set()
    values.postcodes |= {household.postcode} if household.postcode else set()
    values.places |= {household.city} if household.city else set()
    values.names.discard("")
    return values


def known_words() -> frozenset[str]:
    words = set()
    for item in [*reference.organisations(), *reference.rules()]:
        words.update(part.lower() for part in str(item).replace("/", " ").split())
    for rule in reference.rules():
        words.update(part.lower() for part in rule.law.replace("/", " ").split())
    words.update(str(label).lower() for label in LifeDomain.labels)
    return frozenset(w.strip("()–-,.") for w in words)


def household_in_general_terms(case) -> str:
    roles: dict[str, int] = {}
    for member in case.household.members.all():
        roles[member.get_role_display().lower()] = (
            roles.get(member.get_role_display().lower(), 0) + 1
        )
    parts = [f"{count} × {role}" for role, count in sorted(roles.items())]
    return _("Huishouden: %(parts)s.") % {"parts": ", ".join(parts)} if parts else ""


def case_texts(case) -> dict[str, str]:
    """The case's own words, grouped as a precedent groups them."""
    domains = list(case.domains.all())
    blockages = list(case.blockages.select_related("rule"))
    routes = list(case.regular_routes.all())
    return {
        "title": case.title,
        "summary": "\n".join(
            f"{d.get_code_display()}: {d.description}" for d in domains if d.description
        )
        + ("\n" + case.stagnation_risk if case.stagnation_risk else ""),
        "blockage": "\n".join(f"{b.rule.name}: {b.explanation}" for b in blockages),
        "solution": "\n".join(
            f"{r.description} {r.result}".strip() for r in routes if r.description
        ),
    }


def draft_from_case(user, case, texts: dict[str, str] | None = None, values=None) -> Draft:
    """The case → draft precedent pass (nothing saved). `texts` and `values` let the demo
    feed its stories through the same pass."""
    if user is not None:
        check_writer(user)
    source = texts if texts is not None else case_texts(case)
    values = values if values is not None else personal_values(case)
    words = known_words()
    fields, replaced = {}, []
    for name, text in source.items():
        result = anon.anonymise(text, values, words)
        fields[name] = result.text
        replaced.extend(result.replaced)
    fields["title"] = general_title(fields.get("title", ""))
    if case is not None:
        fields.setdefault("household", household_in_general_terms(case))
        life_domains = [d.code for d in case.domains.all()]
        rule_ids = [b.rule_id for b in case.blockages.all()]
        organisation_ids = [o.organisation_id for o in case.organisations.all()]
    else:
        life_domains, rule_ids, organisation_ids = [], [], []
    return Draft(source, fields, life_domains, rule_ids, organisation_ids, replaced, values)


def general_title(title: str) -> str:
    """ "Familie [naam] – thuisonderwijs valt weg" → "Thuisonderwijs valt weg": a title's part
    that named someone says nothing once the name is gone."""
    head, dash, rest = title.partition(" – ")
    if dash and anon.NAME in head:
        title = rest
    title = title.replace(anon.NAME, "").replace("  ", " ").strip(" –-")
    return title[:1].upper() + title[1:]


def save_draft(user, case, data: dict, publish: bool = False) -> Precedent:
    """Store the approved result of the pass. The OMO-functionaris may have edited it; if a
    known personal value of the case is in it after all, nothing is stored."""
    check_writer(user)
    values = personal_values(case)
    left = anon.leftovers([str(data.get(name) or "") for name in TEXT_FIELDS], values)
    if left:
        raise ValidationError(
            _("Er staan nog persoonsgegevens van de casus in de tekst: %(values)s.")
            % {"values": ", ".join(left)}
        )
    return save_precedent(user, publish=publish, **data)


# --- Import and export.


class ImportFileError(ValueError):
    """The file as a whole cannot be read; nothing is imported."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (record, reason)


def load_file(path: str | Path) -> list:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(
            _("Kan %(file)s niet lezen: %(error)s") % {"file": path, "error": error}
        ) from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
        else:
            data = yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError):
        raise ImportFileError(
            _("%(file)s is geen geldige JSON of YAML.") % {"file": path.name}
        ) from None
    if not isinstance(data, list):
        raise ImportFileError(_("%(file)s bevat geen lijst van precedenten.") % {"file": path.name})
    return data


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
    if isinstance(value, list):
        return [str(item).strip() for item in value if item is not None and str(item).strip()]
    raise ValidationError(_("Verwacht een tekst of een lijst."))


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(item) for item in value if item is not None)
    return str(value)


class _Lists:
    """The reference lists by lower-case name, read once per import."""

    def __init__(self):
        self.rules = {rule.name.lower(): rule.pk for rule in reference.rules()}
        self.organisations = {org.name.lower(): org.pk for org in reference.organisations()}

    def match(self, names: list[str], table: dict) -> tuple[list[int], list[str]]:
        found, missing = [], []
        for name in names:
            pk = table.get(name.lower())
            if pk is None:
                missing.append(name)
            elif pk not in found:
                found.append(pk)
        return found, missing


def record_data(record: dict, lists: _Lists) -> dict:
    if not isinstance(record, dict):
        raise ValidationError(_("Geen object."))
    external_id = str(record.get("id") or "").strip()
    if not external_id:
        raise ValidationError({"id": _("Het record heeft geen id.")})
    rule_ids, other_rules = lists.match(_as_list(record.get("laws_and_rules")), lists.rules)
    org_ids, other_orgs = lists.match(_as_list(record.get("organisations")), lists.organisations)
    return {
        "external_id": external_id,
        **{name: _as_text(record.get(name)) for name in TEXT_FIELDS},
        "life_domains": _as_list(record.get("life_domains")),
        "solution_types": _as_list(record.get("solution_type")),
        "cost_eur": record.get("cost_of_solution_eur"),
        "rule_ids": rule_ids,
        "organisation_ids": org_ids,
        "unreviewed_rules": other_rules,
        "unreviewed_organisations": other_orgs,
    }


def _same(precedent: Precedent, data: dict, links: dict) -> bool:
    """Whether the record says what is stored. `links`: precedent id → (rule ids, org ids)."""
    rule_ids, organisation_ids = links.get(precedent.pk, (set(), set()))
    cost = None if data["cost_eur"] in (None, "") else _cost(data["cost_eur"])
    return (
        all(getattr(precedent, name) == data[name].strip() for name in TEXT_FIELDS)
        and precedent.life_domains == data["life_domains"]
        and precedent.solution_types == data["solution_types"]
        and precedent.cost_eur == cost
        and rule_ids == set(data["rule_ids"])
        and organisation_ids == set(data["organisation_ids"])
        and precedent.unreviewed_rules == data["unreviewed_rules"]
        and precedent.unreviewed_organisations == data["unreviewed_organisations"]
    )


def _links() -> dict[int, tuple[set[int], set[int]]]:
    links: dict[int, tuple[set[int], set[int]]] = {}
    for precedent_id, rule_id in Precedent.rules.through.objects.values_list(
        "precedent_id", "rule_id"
    ):
        links.setdefault(precedent_id, (set(), set()))[0].add(rule_id)
    for precedent_id, org_id in Precedent.organisations.through.objects.values_list(
        "precedent_id", "organisation_id"
    ):
        links.setdefault(precedent_id, (set(), set()))[1].add(org_id)
    return links


_LIMITS = {"external_id": 100, "title": 200, "decided_by": 200, "legal_ground": 200, "source": 200}


def _check_lengths(precedent: Precedent) -> None:
    for name, limit in _LIMITS.items():
        if len(getattr(precedent, name) or "") > limit:
            raise ValidationError(
                {name: _("Te lang: ten hoogste %(limit)s tekens.") % {"limit": limit}}
            )


def _reason(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


BULK_BATCH = 1000


def import_precedents(user, records: list, *, publish: bool = True) -> ImportReport:
    """Import a list of records: each valid one is created or updated (by its `id`), each
    invalid one is reported with its id and the reason and skipped. Unknown keys are ignored.
    A record that equals what is stored is left alone, so a re-import changes nothing.

    New records are validated one by one and then inserted in batches (a file of 50,000 must
    load in under a minute); their creation is one line per import in the log, not one
    history row each. Changed records go through `save_precedent` and its history."""
    check_writer(user)
    report = ImportReport()
    lists = _Lists()
    existing = {p.external_id: p for p in Precedent.objects.all()}
    links = _links()
    new: dict[str, tuple[Precedent, list[int], list[int]]] = {}
    status = Precedent.Status.GEPUBLICEERD if publish else Precedent.Status.CONCEPT
    for number, record in enumerate(records, start=1):
        label = (
            str(record.get("id")) if isinstance(record, dict) and record.get("id") else f"#{number}"
        )
        try:
            data = record_data(record, lists)
            precedent = existing.get(data["external_id"])
            if precedent is None:
                fresh = Precedent(external_id=data["external_id"], status=status)
                rule_ids, organisation_ids = _apply(fresh, data)
                # What full_clean would say of an import record, without its cost per record:
                # required fields, codes and cost are checked by _apply.
                _check_lengths(fresh)
                if data["external_id"] in new:
                    report.created -= 1  # the later record of the same id wins
                new[data["external_id"]] = (fresh, rule_ids or [], organisation_ids or [])
                report.created += 1
                continue
            if _same(precedent, data, links):
                report.unchanged += 1
                continue
            with transaction.atomic():
                existing[precedent.external_id] = save_precedent(user, precedent, **data)
            report.updated += 1
        except ValidationError as error:
            report.errors.append((label, _reason(error)))
    _insert(user, list(new.values()))
    if report.created + report.updated > search.corpus.SIDE_LIMIT:
        # Too many for the side part: build the main part once now, for every server.
        search.rebuild()
    search.changed()
    return report


def _insert(user, rows: list[tuple[Precedent, list[int], list[int]]]) -> None:
    with transaction.atomic(), set_actor(user):
        for start in range(0, len(rows), BULK_BATCH):
            batch = rows[start : start + BULK_BATCH]
            created = Precedent.objects.bulk_create([precedent for precedent, _r, _o in batch])
            if any(precedent.pk is None for precedent in created):
                # A database that does not return the new ids from a bulk insert.
                ids = dict(
                    Precedent.objects.filter(
                        external_id__in=[p.external_id for p, _r, _o in batch]
                    ).values_list("external_id", "pk")
                )
                for precedent in created:
                    precedent.pk = ids[precedent.external_id]
            _link(
                Precedent.rules.through,
                "rule_id",
                [(p.pk, r) for p, rs, _o in batch for r in rs],
            )
            _link(
                Precedent.organisations.through,
                "organisation_id",
                [(p.pk, o) for p, _r, os in batch for o in os],
            )


def _link(through, column: str, pairs: list[tuple[int, int]]) -> None:
    """Link rows in one statement, without a model instance each (the largest share of an
    import's time at 50,000 precedents)."""
    if not pairs:
        return
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(through._meta.db_table)} "  # noqa: S608 - our own table names
            f"({quote('precedent_id')}, {quote(column)}) VALUES (%s, %s)",
            pairs,
        )


def export_record(precedent: Precedent) -> dict:
    return {
        "id": precedent.external_id,
        "title": precedent.title,
        "summary": precedent.summary,
        "household": precedent.household,
        "life_domains": list(precedent.life_domains),
        "laws_and_rules": sorted(r.name for r in precedent.rules.all())
        + list(precedent.unreviewed_rules),
        "organisations": sorted(o.name for o in precedent.organisations.all())
        + list(precedent.unreviewed_organisations),
        "blockage": precedent.blockage,
        "solution": precedent.solution,
        "solution_type": list(precedent.solution_types),
        "decided_by": precedent.decided_by,
        "legal_ground": precedent.legal_ground,
        "cost_of_solution_eur": None if precedent.cost_eur is None else float(precedent.cost_eur),
        "outcome": precedent.outcome,
        "lessons": precedent.lessons,
        "source": precedent.source,
    }


def export_precedents(path: str | Path) -> int:
    path = Path(path)
    records = [
        export_record(p)
        for p in Precedent.objects.prefetch_related("rules", "organisations").order_by(
            "external_id"
        )
    ]
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    else:
        path.write_text(
            yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return len(records)
