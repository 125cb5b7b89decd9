"""Retention handles the case files the apps declare, and refuses a record nobody declared."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from maatwerk.retention.declarations import declarations
from maatwerk.retention.services import anonymise_case


def test_the_case_file_is_declared_for_retention():
    assert [declared.model for declared in declarations()] == ["cases.Case"]


@pytest.mark.django_db
def test_a_record_no_app_declared_is_refused(consulent):
    with pytest.raises(ImproperlyConfigured):
        anonymise_case(consulent)
