"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    antworten
    antwortete
    berichten
    berichtete
    bestätigen
    bestätigte
    betonen
    betonte
    ergänzen
    ergänzte
    erklären
    erklärte
    erläutern
    erläuterte
    fordern
    forderte
    glauben
    glaubte
    kritisieren
    kritisierte
    meinen
    meinte
    mitteilen
    sagen
    sagt
    sagte
    schreiben
    schrieb
    teilte
    verraten
    verriet
    warnen
    warnte
    """
)
