"""The privacy app's entries in the authorization table (collected by `accounts.policy`)."""

from maatwerk.accounts.policy import OMO, Rule

ENTRIES: dict[str, dict[str, Rule]] = {
    # Right of access (AVG art. 15): handled by the OMO-functionaris on a formal request.
    "privacy:access_request": {"GET": OMO, "POST": OMO},
    "privacy:subject_export": {"GET": OMO},
    "privacy:subject_export_download": {"GET": OMO},
}
