"""Pages of a list, described in Dutch in the API documentation."""

from django.utils.translation import gettext_lazy as _
from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    page_query_description = _("Het nummer van de pagina (25 per pagina).")
