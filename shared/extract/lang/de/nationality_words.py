"""Nouns for a member of a nation, which begin no name: "Franzose Jean Dupont" is Jean
Dupont. Left out: "Polen" (also the country) and "Inder" (the head of "Kinder" and of
surnames such as "Linder"). Source: general knowledge of the language."""

from shared.extract.lang import words

NATIONALITY_WORDS = words(
    """
    amerikaner amerikanerin
    araber araberin
    australier australierin
    belgier belgierin
    brite briten britin
    bulgare bulgaren bulgarin
    chinese chinesen chinesin
    däne dänen dänin
    deutscher deutsche deutschen
    engländer engländerin
    europäer europäerin
    franzose franzosen französin
    grieche griechen griechin
    ire iren irin
    israeli israelis
    italiener italienerin
    japaner japanerin
    kanadier kanadierin
    kroate kroaten kroatin
    niederländer niederländerin
    norweger norwegerin
    österreicher österreicherin
    palästinenser palästinenserin
    pole polin
    rumäne rumänen rumänin
    russe russen russin
    schotte schotten schottin
    schwede schweden schwedin
    schweizer schweizerin
    serbe serben serbin
    slowake slowaken slowakin
    spanier spanierin
    tscheche tschechen tschechin
    türke türken türkin
    ukrainer ukrainerin
    ungar ungarn ungarin
    """.replace(" ", "\n")
)
