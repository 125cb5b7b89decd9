"""What the OpenAPI description adds to drf-spectacular's defaults: the error answers every
endpoint can give, and anonymised shapes that say they carry nothing else."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent, build_object_type

from maatwerk.core.serializers import ErrorSerializer

_SUCCESS = {
    "200": _("Gelukt: de gevraagde gegevens."),
    "201": _("Aangemaakt: het nieuwe record."),
    "204": _("Gelukt, zonder inhoud."),
}


class ApiAutoSchema(AutoSchema):
    """Documents the 400, 401, 403 and 404 answers next to the success response, in the
    shape the exception handler gives them, so a client (and the schemathesis run in
    tests/api/test_schemathesis.py) can rely on every status code being in the schema."""

    def get_tags(self) -> list[str]:
        # The resource's Dutch name, as the viewset declares it (`schema_tag`).
        tag = getattr(self.view, "schema_tag", None)
        return [str(tag)] if tag else super().get_tags()

    def _resolve_path_parameters(self, variables):
        parameters = super()._resolve_path_parameters(variables)
        for parameter in parameters:
            if parameter.get("name") == "id":
                parameter["description"] = str(_("Het id van het record."))
        return parameters

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code, response in responses.items():
            if not response.get("description"):
                response["description"] = str(_SUCCESS.get(code, _("Gelukt.")))
        errors = {}
        # Writes, filters and declared query parameters (a search) can be refused per field.
        if (
            self.method in ("POST", "PUT", "PATCH")
            or self._get_filter_parameters()
            or self.get_override_parameters()
        ):
            errors["400"] = (self._validation_error(), _("Ongeldige invoer: meldingen per veld."))
        errors["401"] = (ErrorSerializer, _("Niet aangemeld, of een ongeldige token."))
        errors["403"] = (ErrorSerializer, _("Uw rol geeft geen toegang tot deze gegevens."))
        if "{" in self.path or self.method == "GET":
            errors["404"] = (
                ErrorSerializer,
                _("Niet gevonden (of buiten uw bereik), of geen pagina."),
            )
        for code, (body, description) in errors.items():
            responses.setdefault(code, self._error_response(body, code, description))
        return responses

    def _error_response(self, body, code: str, description: str) -> dict:
        if isinstance(body, ResolvedComponent):
            content = {
                media_type: {"schema": body.ref} for media_type in self.map_renderers("media_type")
            }
            return {"content": content, "description": description}
        response = self._get_response_for_code(body, code, direction="response")
        return {**response, "description": description}

    def _validation_error(self) -> ResolvedComponent:
        component = ResolvedComponent(
            name="ValidationError",
            type=ResolvedComponent.SCHEMA,
            object="ValidationError",
            schema=build_object_type(
                description=_(
                    "Per veld een lijst met meldingen; meldingen die niet bij één veld horen "
                    "staan onder non_field_errors, een onleesbaar verzoek onder detail."
                ),
                additionalProperties={},
            ),
        )
        self.registry.register_on_missing(component)
        return component

    def _map_basic_serializer(self, serializer, direction):
        schema = super()._map_basic_serializer(serializer, direction)
        # Responses for roles without personal data (serializers with `closed_shape = True`):
        # no field beyond the ones listed, so the schema itself promises that nothing personal
        # is added (and a client can tell the two forms apart).
        if direction == "response" and getattr(serializer, "closed_shape", False):
            schema["additionalProperties"] = False
        return schema
