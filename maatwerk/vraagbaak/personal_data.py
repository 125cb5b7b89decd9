"""The vraagbaak holds no personal data: precedents are written in general terms or made by
the anonymisation pass and approved before publication (see anonymise.py)."""

from maatwerk.core.personal_data import Declaration, NoPersonalData

MODELS = (
    NoPersonalData(
        "vraagbaak.Precedent",
        "geanonimiseerde precedenten; de anonimiseringsslag en de goedkeuring van de "
        "OMO-functionaris houden persoonsgegevens erbuiten",
        reviewed=(
            "external_id",
            "title",
            "summary",
            "household",
            "life_domains",
            "unreviewed_rules",
            "unreviewed_organisations",
            "blockage",
            "solution",
            "solution_types",
            "decided_by",
            "legal_ground",
            "outcome",
            "lessons",
            "source",
            "status",
            "created_at",
            "updated_at",
        ),
    ),
    NoPersonalData(
        "vraagbaak.Synonym",
        "vaktermen met dezelfde betekenis",
        reviewed=("terms", "note", "updated_at"),
    ),
    NoPersonalData(
        "vraagbaak.IndexSnapshot",
        "de zoekindex over de gepubliceerde (geanonimiseerde) precedenten",
        reviewed=("use_synonyms", "synonyms_stamp", "built_upto", "top_pk", "data", "created_at"),
    ),
)

DECLARATION = Declaration(models=MODELS)
