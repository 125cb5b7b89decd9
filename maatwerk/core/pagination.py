from functools import cached_property

from django.core.paginator import Paginator


class CappedCountPaginator(Paginator):
    """Counts at most `count_limit` + 1 rows. An exact count of a search over 100,000 case
    files costs more than the page itself; past the limit the screen says "more than …" and
    asks to narrow the search."""

    count_limit = 500

    @cached_property
    def count(self) -> int:
        return self.object_list.values("pk")[: self.count_limit + 1].count()

    @property
    def count_is_capped(self) -> bool:
        return self.count > self.count_limit
