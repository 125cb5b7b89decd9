"""The case file's API resources: cases, households, members, blockages and organisations.
Serializers parse and validate; the viewsets call `maatwerk.cases.services`. The `api` app
only wires them into /api/v1/ (router, authentication, schema, errors)."""
