from ...fund.conftest import fund, route_case  # noqa: F401  (the fund tests' fixtures)
