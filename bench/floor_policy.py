"""The floor pages in the authorization table, declared as the lists they mirror are: the
screen floor like the case list; the API floor checks its token itself, as the API does after
the middleware. Installed only by `bench.floor_settings`."""

from maatwerk.accounts.policy import PUBLIC
from maatwerk.cases.policy import ENTRIES as CASE_ENTRIES

ENTRIES = {
    "bench-floor-case-list": CASE_ENTRIES["cases:list"],
    "bench-floor-api-list": {"GET": PUBLIC},
}
