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


def case_query(case) -> str:
    parts = [case.title]
    parts.extend(d.description for d in case.domains.all())
    parts.extend(f"{b.rule.name} {b.explanation}" for b in case.blockages.all())
    return "\n".join(part for part in parts if part)


def similar_to_case(case, limit: int = 5) -> list[Similar]:
    """The published precedents most like this case by its domains, its blocking rules and
    its text, each with the reasons it was matched."""
    domains = {d.code for d in case.domains.all()}
    rules = {b.rule_id for b in case.blockages.all()}
    query = case_query(case)

    def boost(built: search.Index) -> np.ndarray:
        return DOMAIN_WEIGHT * built.count_shared(
            built.by_domain, domains
        ) + RULE_WEIGHT * built.count_shared(built.by_rule, rules)

    pairs = search.ranked(query, limit=limit, boost=boost)
    hits = search.hits(pairs, query, table=search.index().synonyms if pairs else None)
    from maatwerk.cases.domains import LifeDomain

    labels = dict(LifeDomain.choices)
    similar = []
    built = search.index()
    names = dict(
        Precedent.rules.through.objects.filter(
            precedent_id__in=[hit.precedent.pk for hit in hits], rule_id__in=rules
        ).values_list("rule__pk", "rule__name")
    )
    for hit in hits:
        reasons = []
        shared_rules = sorted(
            {names[pk] for pk in built.rules[built.position[hit.precedent.pk]] if pk in names}
        )
        if shared_rules:
            reasons.append(_("zelfde regel: %(rules)s") % {"rules": ", ".join(shared_rules)})
        shared_domains = [str(labels[c]) for c in hit.precedent.life_domains if c in domains]
        if shared_domains:
            reasons.append(_("zelfde leefgebied: %(d)s") % {"d": ", ".join(shared_domains)})
        if "<mark>" in hit.snippet:
            reasons.append(_("overeenkomende woorden in de beschrijving"))
        similar.append(Similar(hit, tuple(reasons)))
    return similar
