"""Words for a kind of company, written before its name and no part of it ("der Autobauer
Volkswagen", "das Unternehmen Siemens"); compounds end in them ("Onlinebroker").
Source: general knowledge of the language."""

from shared.extract.lang import words

COMPANY_WORDS = words(
    """
    anbieter
    autobauer
    betreiber
    brauerei
    broker
    dienstleister
    firma
    fonds
    hersteller
    konzern
    notenbank
    produzent
    reederei
    unternehmen
    versicherer
    zentralbank
    zulieferer
    kette
    """
)
