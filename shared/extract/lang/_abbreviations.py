"""Capitalised words that are never entities: abbreviations that are ordinary words
(units, technologies, economic terms), stock indices and currencies (the gold
conventions exclude both). Source: general knowledge of the languages' usage."""

from shared.extract.lang import words

COMMON_ABBREVIATIONS = words(
    """
    ai
    aids
    bdp
    ceo
    cfo
    co2
    covid
    dna
    faq
    gdp
    gps
    hiv
    hq
    id
    it
    lng
    mp
    ngo
    ok
    pdf
    phd
    pin
    pit
    pkb
    pm
    pr
    rna
    sms
    suv
    tv
    ufo
    usb
    ппо
    пво
    бпла
    ввп
    ндс
    пдв
    vat
    vip
    ввп
    ндс
    днк
    """
)

NOT_ENTITIES = words(
    """
    # stock indices
    dax
    mdax
    sdax
    tecdax
    dow jones
    dow
    nasdaq
    s&p
    euro stoxx
    stoxx
    ftse
    nikkei
    hang seng
    cac
    wig
    wig20
    bux
    px
    rts
    moex
    belex
    crobex
    sofix
    # benchmarks of commodity prices
    brent
    brent crude
    wti
    # currencies
    euro
    euro-zone
    eurozone
    dollar
    dolar
    franken
    pfund
    rubel
    yen
    yuan
    renminbi
    złoty
    koruna
    kuna
    forint
    dinar
    denar
    lira
    funt
    rubl
    рубль
    гривня
    гривна
    hrywna
    hryvnia
    bitcoin
    # temperature scales, after "degrees" ("30 градусов Кельвина")
    celsius
    fahrenheit
    kelvin
    celzija
    celzijusa
    kelvina
    fahrenheita
    farenhajta
    celsjusza
    kelwina
    celsia
    цельсия
    кельвина
    фаренгейта
    цельсія
    кельвіна
    """
)
