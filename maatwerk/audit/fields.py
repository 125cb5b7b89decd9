"""A list of ids in one text column, written ",12,15," — so one access-log row can name every
person and case concerned, and a row about one id is still found on SQLite and PostgreSQL."""

from collections.abc import Iterable

from django.db import models
from django.db.models import Lookup


def as_tokens(ids: Iterable[int]) -> str:
    """ ",12,15," for [15, 12]; "" for none. Sorted and without repeats, so the same set of
    ids always gives the same text (and the same hash)."""
    unique = sorted({int(value) for value in ids})
    return f",{','.join(str(value) for value in unique)}," if unique else ""


def from_tokens(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part]


class IdListField(models.TextField):
    """Ids as ",12,15,". Query with `field__has_id=12`."""


@IdListField.register_lookup
class HasId(Lookup):
    """`subjects__has_id=12`. PostgreSQL compares arrays, which its GIN index on
    string_to_array(column, ',') answers (see migration 0005); SQLite, used for development
    and the demo only, scans with LIKE."""

    lookup_name = "has_id"

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} LIKE %s", [*params, f"%,{int(self.rhs)},%"]

    def as_postgresql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"string_to_array({lhs}, ',') @> ARRAY[%s]::text[]", [*params, str(int(self.rhs))]
