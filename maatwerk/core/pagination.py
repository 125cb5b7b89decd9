from functools import cached_property

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator

# How far the case list screen and the API lists count matches. Past it they say "meer dan
# 1.000" (the screen) or `count_capped: true` (the API): the cost of a page stays the same
# whether the scope holds a thousand cases or a million.
LIST_COUNT_LIMIT = 1000
# A search counts one page. Past a page of matches a term is too common to read through
# ("verfijn de zoekterm"), and counting a common name ("Yilmaz", one member in twenty in the
# synthetic data) any further tests more case files for a member of that name: to 1,000 tens of
# thousands of them, to 100 some 2,000 (13 ms at a million cases). Counted to one page, the
# first page's own rows (and one more) are its count: one walk instead of two.
SEARCH_COUNT_LIMIT = 25


class CappedPage(Page):
    """A page past the counted limit: whether another page follows is known from one row
    more than the page holds, not from the total."""

    def __init__(self, object_list, number, paginator, *, more: bool) -> None:
        super().__init__(object_list, number, paginator)
        self._more = more

    def has_next(self) -> bool:
        return self._more

    def end_index(self) -> int:
        return (self.number - 1) * self.paginator.per_page + len(self.object_list)


class CappedCountPaginator(Paginator):
    """Counts at most `count_limit` + 1 rows. An exact count of a search over 100,000 case
    files costs more than the page itself; past the limit the screen says "more than …" and
    asks to narrow the search. Pages past the limit can still be opened: each one reads its
    rows and one more, to know whether a next page exists."""

    count_limit = 500

    @cached_property
    def count(self) -> int:
        return self.object_list.values("pk")[: self.count_limit + 1].count()

    @property
    def count_is_capped(self) -> bool:
        return self.count > self.count_limit

    @property
    def shown_count(self) -> int:
        """The number to show: exact below the limit, the limit itself past it."""
        return min(self.count, self.count_limit)

    def validate_number(self, number) -> int:
        if not self.count_is_capped:
            return super().validate_number(number)
        try:
            number = int(number)
        except (TypeError, ValueError) as error:
            raise PageNotAnInteger("Dat paginanummer is geen geheel getal.") from error
        if number < 1:
            raise EmptyPage("Dat paginanummer is kleiner dan 1.")
        return number

    def page(self, number) -> Page:
        number = self.validate_number(number)
        if not self.count_is_capped:
            return super().page(number)
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        if not rows and number > 1:
            raise EmptyPage("Die pagina bevat geen resultaten.")
        return CappedPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)

    def get_page(self, number) -> Page:
        try:
            number = self.validate_number(number)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = 1 if self.count_is_capped else self.num_pages
        try:
            return self.page(number)
        except EmptyPage:
            # Past the last row of a capped list: back to the first page, which exists.
            return self.page(1)


class ListPaginator(CappedCountPaginator):
    """The case list screen and the API lists: one limit, so both say the same."""

    count_limit = LIST_COUNT_LIMIT


class SearchPaginator(ListPaginator):
    """The same lists with a search term: the screen and the API count to SEARCH_COUNT_LIMIT.
    The count reads the first rows themselves (one more than the limit), and the first page
    is made of them: a searched first page is one query, not a count and then its rows."""

    count_limit = SEARCH_COUNT_LIMIT

    @cached_property
    def _first_rows(self) -> list:
        return list(self.object_list[: self.count_limit + 1])

    @cached_property
    def count(self) -> int:
        return len(self._first_rows)

    def page(self, number) -> Page:
        number = self.validate_number(number)
        if number != 1 or self.per_page > self.count_limit:
            return super().page(number)
        rows = self._first_rows
        if not self.count_is_capped:
            return Page(rows[: self.per_page], number, self)
        return CappedPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)


def paginator_for(search: str) -> type[ListPaginator]:
    return SearchPaginator if search.strip() else ListPaginator
