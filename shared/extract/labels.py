"""The one place where a trained pipeline's entity labels become ours.

spaCy's English models use OntoNotes labels (PERSON, GPE, ...), the other trained
pipelines WikiNER's (PER, LOC, ORG, MISC) or their own (persName, placeName, orgName in
the Polish NKJP models). Labels not listed are dropped; numeric ones go to the
`factdrop_quantities` spans instead.
"""

ENTITY_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "persName": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "orgName": "ORG",
    "NORP": None,  # nationalities are not entities (gold convention)
    "LOC": "LOC",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "FAC": "LOC",
    "placeName": "LOC",
    "geogName": "LOC",
}

QUANTITY_LABELS = {
    "DATE": "DATE",
    "date": "DATE",
    "TIME": "DATE",
    "MONEY": "MONEY",
    "PERCENT": "PERCENT",
    "QUANTITY": "QUANTITY",
}


def map_label(label: str) -> str | None:
    """Our entity label (PER, ORG, LOC) for a trained model's label, or None."""
    return ENTITY_LABELS.get(label)


def map_quantity_label(label: str) -> str | None:
    """DATE, MONEY, PERCENT or QUANTITY for a trained model's numeric label, or None."""
    return QUANTITY_LABELS.get(label)
