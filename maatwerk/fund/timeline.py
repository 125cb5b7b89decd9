"""The lines the fund writes on a case's timeline (declared on FundConfig)."""

from django.utils.translation import gettext_lazy as _

KINDS = {"fund": _("Maatwerkfonds")}
