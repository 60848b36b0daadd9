"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    antworten
    antwortete
    berichten
    berichtet
    berichtete
    bestätigen
    bestätigte
    betonen
    betont
    betonte
    ergänzen
    ergänzt
    ergänzte
    erklären
    erklärt
    erklärte
    erläutern
    erläuterte
    fordern
    forderte
    fügte
    glauben
    glaubte
    kritisieren
    kritisierte
    kündigte
    meinen
    meint
    meinte
    mitteilen
    sagen
    sagt
    sagte
    sagten
    schreiben
    schrieb
    teilte
    unterstreicht
    unterstrich
    verraten
    verriet
    warnen
    warnte
    zitiert
    zitierte
    """
)
