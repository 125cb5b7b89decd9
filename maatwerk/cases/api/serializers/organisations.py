"""Organisations: a reference list, no personal data."""

from rest_framework import serializers

from ... import services
from ...models import Organisation


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "name", "kind"]

    def create(self, validated_data: dict) -> Organisation:
        return services.create_organisation(self.context["request"].user, **validated_data)

    def update(self, organisation: Organisation, validated_data: dict) -> Organisation:
        user = self.context["request"].user
        return services.update_organisation(user, organisation, **validated_data)
