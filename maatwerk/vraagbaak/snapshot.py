"""The search index's main part stored in the database (IndexSnapshot), so every app
server loads the same one instead of building its own: the score matrix as numpy arrays and
the structured fields as JSON, in one blob."""

import io
import json

import numpy as np
from django.db import IntegrityError, transaction
from django.utils.dateparse import parse_datetime

from .corpus import Index, finish, synonym_table
from .models import IndexSnapshot

__all__ = ["load", "save", "stored"]

_ARRAYS = ("data", "indices", "indptr")
_SETS = ("domains", "rules", "organisations", "solution_types")


def save(built: Index) -> None:
    """Store the main part for every app server."""
    size = built.main_size
    meta = {
        "ids": built.ids[:size],
        "external_ids": built.external_ids[:size],
        "titles": built.titles[:size],
        **{name: [sorted(items) for items in getattr(built, name)[:size]] for name in _SETS},
        "vocab": sorted(built.vocab, key=built.vocab.__getitem__),
        "average_length": built.average_length,
        "count": built.fingerprint[0],
    }
    buffer = io.BytesIO()
    np.savez(
        buffer,
        meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
        **{name: getattr(built, name) for name in _ARRAYS},
    )
    try:
        with transaction.atomic():
            IndexSnapshot.objects.update_or_create(
                use_synonyms=built.use_synonyms,
                defaults={
                    "synonyms_stamp": built.synonyms_stamp,
                    "built_upto": built.built_upto,
                    "top_pk": built.top_pk,
                    "data": buffer.getvalue(),
                },
            )
    except IntegrityError:
        # Another server stored its first build at the same moment; either will do.
        pass


def stored(use_synonyms: bool) -> dict | None:
    """What the stored main part was built from (without loading it)."""
    return (
        IndexSnapshot.objects.filter(use_synonyms=use_synonyms)
        .values("pk", "synonyms_stamp", "built_upto", "top_pk")
        .first()
    )


def load(use_synonyms: bool, stamp: tuple) -> Index | None:
    row = IndexSnapshot.objects.filter(use_synonyms=use_synonyms).first()
    if row is None or row.synonyms_stamp != stamp[-1]:
        return None
    with np.load(io.BytesIO(bytes(row.data))) as arrays:
        meta = json.loads(arrays["meta"].tobytes())
        loaded = {name: arrays[name] for name in _ARRAYS}
    built_upto = row.built_upto
    if isinstance(built_upto, str):
        built_upto = parse_datetime(built_upto)
    built = Index(
        # The count of precedents at build time stands in the first place, as in `build`.
        fingerprint=(meta["count"], None, row.top_pk, row.synonyms_stamp),
        use_synonyms=use_synonyms,
        synonyms=synonym_table(use_synonyms),
        ids=meta["ids"],
        external_ids=meta["external_ids"],
        titles=meta["titles"],
        **{name: [frozenset(items) for items in meta[name]] for name in _SETS},
        vocab={token: number for number, token in enumerate(meta["vocab"])},
        main_size=len(meta["ids"]),
        average_length=meta["average_length"],
        built_upto=built_upto,
        top_pk=row.top_pk,
        synonyms_stamp=row.synonyms_stamp,
        **loaded,
    )
    return finish(built)
