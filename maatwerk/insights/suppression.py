"""Privacy of aggregates: small counts hidden, and the cells that would give them away hidden
too. Pure functions over plain values, so they can be tested on crafted tables.

A report names every count it shows by a key. The same quantity shown in two tables (the
number of cases signalled, as a headline and as the total of "by team") has one key, so it is
hidden in both or in neither. A published sum says `total = part + part + …`; from such a
line a reader recovers any one hidden member from the others. So:

1. *primary*: a count of 1 to 4 households is hidden (shown as "< 5"); 0 tells nothing;
2. *secondary*: in every sum with exactly one hidden member, one more member is hidden —
   the smallest other part (a non-zero one first), else the total — until no sum has
   exactly one hidden member. Hiding only grows, so this ends.

A derived figure (a share, a median, an amount for a rule) is hidden when any count it
depends on is."""

from collections.abc import Iterable, Mapping, Sequence

THRESHOLD = 5
PRIMARY = "primary"
SECONDARY = "secondary"

Sum = tuple[str, Sequence[str]]


def primary(values: Mapping[str, int], threshold: int = THRESHOLD) -> set[str]:
    return {key for key, value in values.items() if 0 < value < threshold}


def suppress(
    values: Mapping[str, int], sums: Iterable[Sum] = (), threshold: int = THRESHOLD
) -> dict[str, str]:
    """Key → why it is hidden (PRIMARY or SECONDARY), for every count that is not shown."""
    hidden = dict.fromkeys(sorted(primary(values, threshold)), PRIMARY)
    lines = [(total, list(parts)) for total, parts in sums]
    changed = True
    while changed:
        changed = False
        for total, parts in lines:
            members = [total, *parts]
            if sum(1 for key in members if key in hidden) != 1:
                continue
            shown_parts = [key for key in parts if key not in hidden]
            if shown_parts:
                # The smallest part costs the reader least; a zero hides nothing.
                pick = min(shown_parts, key=lambda key: (values[key] == 0, values[key], key))
            else:
                pick = total
            hidden[pick] = SECONDARY
            changed = True
    return hidden


def recoverable(values: Mapping[str, int], sums: Iterable[Sum], hidden: Iterable[str]) -> set[str]:
    """The hidden keys a reader can compute exactly from the shown ones by solving the sums
    one at a time (the check the tests make: nothing hidden may be in here)."""
    known = {key for key in values if key not in set(hidden)}
    lines = [(total, list(parts)) for total, parts in sums]
    found: set[str] = set()
    progress = True
    while progress:
        progress = False
        for total, parts in lines:
            unknown = [key for key in (total, *parts) if key not in known]
            if len(unknown) == 1:
                known.add(unknown[0])
                found.add(unknown[0])
                progress = True
    return found
