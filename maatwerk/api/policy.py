"""The API's own entries in the authorization table: its description. The resources are
declared by the apps that own them."""

from maatwerk.accounts.policy import PUBLIC, Rule

ENTRIES: dict[str, dict[str, Rule]] = {
    "api:schema": {"GET": PUBLIC},
    "api:docs": {"GET": PUBLIC},
}
