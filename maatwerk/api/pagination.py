"""Pages of a list, described in Dutch in the API documentation. The number of matches is
counted up to 1,000, and with a search term (`search`) up to one page, 25 (the case list screen
counts the same way): past that `count_capped` is true and `count` is the limit, so a list over
a million cases costs what a list over a thousand costs. `next` is there as long as another
page follows, also past the counted limit."""

from collections import OrderedDict

from django.utils.translation import gettext_lazy as _
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.settings import api_settings

from maatwerk.core.pagination import (
    LIST_COUNT_LIMIT,
    SEARCH_COUNT_LIMIT,
    ListPaginator,
    paginator_for,
)


class Pagination(PageNumberPagination):
    django_paginator_class = ListPaginator
    page_query_description = _("Het nummer van de pagina (25 per pagina).")

    def paginate_queryset(self, queryset, request, view=None):
        # One pagination object per request: choosing the paginator here is safe. The search
        # term is in DRF's search parameter ("search"), as on the cases list.
        search = request.query_params.get(api_settings.SEARCH_PARAM, "")
        self.django_paginator_class = paginator_for(search)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data) -> Response:
        paginator = self.page.paginator
        return Response(
            OrderedDict(
                [
                    ("count", paginator.shown_count),
                    ("count_capped", paginator.count_is_capped),
                    ("next", self.get_next_link()),
                    ("previous", self.get_previous_link()),
                    ("results", data),
                ]
            )
        )

    def get_paginated_response_schema(self, schema: dict) -> dict:
        described = super().get_paginated_response_schema(schema)
        properties = described["properties"]
        properties["count"] = {
            "type": "integer",
            "example": 123,
            "description": _(
                "Het aantal gevonden records, geteld tot %(limit)s; met een zoekterm (search) tot "
                "%(search)s. Zijn het er meer, dan is dit die grens en is count_capped waar."
            )
            % {"limit": LIST_COUNT_LIMIT, "search": SEARCH_COUNT_LIMIT},
        }
        properties = OrderedDict(
            [
                ("count", properties.pop("count")),
                (
                    "count_capped",
                    {
                        "type": "boolean",
                        "example": False,
                        "description": _(
                            "Waar als er meer records gevonden zijn dan geteld worden (%(limit)s, "
                            "met een zoekterm %(search)s): count is dan niet het totaal. Blader "
                            "met next tot die ontbreekt, of verfijn met de filters of de "
                            "zoekterm."
                        )
                        % {"limit": LIST_COUNT_LIMIT, "search": SEARCH_COUNT_LIMIT},
                    },
                ),
                *properties.items(),
            ]
        )
        described["properties"] = properties
        described["required"] = ["count", "count_capped", "results"]
        return described
