"""The route's API resources: agenda items, canvas versions, proposals, decisions and where a
case stands on the route. Serializers parse and check the shape of a request; every rule is
the services' (`maatwerk.route.services`), the same ones the screens call."""
