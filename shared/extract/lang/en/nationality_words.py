"""Nouns for a member of a nation, which begin no name: "Frenchman Jean Dupont" is Jean
Dupont. Left out: "Finn" (a first name) and "Saudi" (which begins "Saudi Arabia").
Source: general knowledge of the language."""

from shared.extract.lang import words

NATIONALITY_WORDS = words(
    """
    arab arabs
    brit brits briton britons
    croat croats
    dane danes
    dutchman dutchmen dutchwoman
    englishman englishmen englishwoman
    frenchman frenchmen frenchwoman
    irishman irishmen irishwoman
    kazakh kazakhs
    kurd kurds
    pole poles
    scot scots scotsman scotsmen scotswoman
    serb serbs
    slovak slovaks
    swede swedes
    turk turks
    uzbek uzbeks
    welshman welshmen welshwoman
    """.replace(" ", "\n")
)
