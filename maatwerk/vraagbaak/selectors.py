"""Read-only lookups of the vraagbaak: which precedents a user sees, and the precedents most
like a case ("Vergelijkbare casussen")."""

from dataclasses import dataclass

import numpy as np
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role

from . import search
from .models import Precedent

__all__ = ["Similar", "similar_to_case", "visible_precedents"]


def visible_precedents(user) -> QuerySet[Precedent]:
    """Published precedents for every professional role, across teams; drafts only for the
    OMO-functionaris."""
    found = Precedent.objects.all()
    if getattr(user, "role", None) != Role.OMO_FUNCTIONARIS:
        found = found.filter(status=Precedent.Status.GEPUBLICEERD)
    return found


@dataclass(frozen=True)
class Similar:
    hit: search.Hit
    reasons: tuple[str, ...]


# How much one shared domain or rule weighs against the text score (BM25 scores of a good
# match are 5-20): a shared blocking rule says most about a similar case.
DOMAIN_WEIGHT = 1.0
RULE_WEIGHT = 4.0


# A case's description is long; like a "more like this" query, only its most distinctive
# tokens are scored (the common ones weigh little and cost most at 50,000 precedents).
QUERY_TERMS = 30


def case_query(case, domains: list | None = None, blockages: list | None = None) -> str:
    domains = list(case.domains.all()) if domains is None else domains
    blockages = list(case.blockages.select_related("rule")) if blockages is None else blockages
    parts = [case.title]
    parts.extend(d.description for d in domains)
    parts.extend(f"{b.rule.name} {b.explanation}" for b in blockages)
    return "\n".join(part for part in parts if part)


def similar_to_case(case, limit: int = 5) -> list[Similar]:
    """The published precedents most like this case by its domains, its blocking rules and
    its text, each with the reasons it was matched. Scored from the search index (no query
    per precedent): the case's text as a query, plus its shared domains and rules."""
    from maatwerk.cases.domains import LifeDomain

    case_domains = list(case.domains.all())
    blockages = list(case.blockages.select_related("rule"))
    domains = {d.code for d in case_domains}
    rule_names = {b.rule_id: b.rule.name for b in blockages}
    query = case_query(case, case_domains, blockages)

    def boost(built: search.Index) -> np.ndarray:
        return DOMAIN_WEIGHT * built.count_shared(
            built.by_domain, domains
        ) + RULE_WEIGHT * built.count_shared(built.by_rule, rule_names)

    built = search.index()
    pairs = search.ranked(query, limit=limit, boost=boost, max_terms=QUERY_TERMS)
    hits = search.hits(pairs, query, table=built.synonyms)
    labels = dict(LifeDomain.choices)
    similar = []
    for hit in hits:
        reasons = []
        position = built.position.get(hit.precedent.pk)
        held = built.rules[position] if position is not None else frozenset()
        shared_rules = sorted({rule_names[pk] for pk in held if pk in rule_names})
        if shared_rules:
            reasons.append(_("zelfde regel: %(rules)s") % {"rules": ", ".join(shared_rules)})
        shared_domains = [str(labels[c]) for c in hit.precedent.life_domains if c in domains]
        if shared_domains:
            reasons.append(_("zelfde leefgebied: %(d)s") % {"d": ", ".join(shared_domains)})
        if "<mark>" in hit.snippet:
            reasons.append(_("overeenkomende woorden in de beschrijving"))
        similar.append(Similar(hit, tuple(reasons)))
    return similar
