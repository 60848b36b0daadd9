"""Head nouns of organisations, institutions and legal forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

ORG_WORDS = words(
    """
    a.s.
    agentura
    akademie
    armáda
    banka
    centrum
    církev
    deník
    divadlo
    fakulta
    federace
    firma
    fond
    hnutí
    holding
    hvězdárna
    iniciativa
    inspekce
    institut
    kancelář
    klub
    koalice
    komise
    komora
    koncern
    ministerstvo
    muzeum
    nadace
    nemocnice
    noviny
    organizace
    parlament
    policie
    program
    projekt
    rada
    rozhlas
    s.r.o.
    sdružení
    senát
    skupina
    služba
    sněmovna
    soud
    spolek
    společnost
    správa
    strana
    svaz
    televize
    týdeník
    tým
    unie
    univerzita
    vláda
    výbor
    ústav
    úřad
    škola
    """
)
