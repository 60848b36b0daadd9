"""Words for a nation's members and English adjectives of nationality or of a continent
("a Frenchman", "French", "European"), which are not entities and begin no name: "French
President Jean Dupont" is Jean Dupont. Regular ones also follow from the country's name
(`demonym_suffixes`); these are the rest and the commonest. Left out: "Finn" (a first
name), "Saudi" and "Latin" (which begin "Saudi Arabia" and "Latin America").
Source: general knowledge of the language."""

from shared.extract.lang import words

NATIONALITY_WORDS = words(
    """
    african africans
    american americans
    arab arabs
    asian asians
    basque
    british
    catalan
    cypriot cypriots
    dutch
    emirati emiratis
    european europeans
    french
    german germans
    greek greeks
    korean koreans
    palestinian palestinians
    scottish
    soviet
    swiss
    welsh
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
