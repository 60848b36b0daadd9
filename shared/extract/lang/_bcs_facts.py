"""Bosnian/Croatian/Serbian tables of the fact layer (Latin script; Cyrillic is
transliterated before lookup). Source: general knowledge of the standard languages, with
the ijekavian and ekavian forms side by side."""

from shared.extract.lang import number_words, relative_dates, words

MEETING_WORDS = words(
    """
    # stems of talks, meetings, visits and summits, nouns and verbs
    razgovar
    razgovor
    pregovar
    pregovor
    sastan
    sastal
    sastao
    sastat
    susret
    sreo
    srela
    sreli
    posjet
    poset
    samit
    summit
    konsultacij
    ugost
    primio
    """
)

WEEKDAY_PREPOSITIONS = words(
    """
    # words that may stand before a weekday
    u
    od
    do
    prošlog
    prošle
    prošli
    prošlu
    ovog
    ove
    ovaj
    ovu
    idućeg
    iduće
    sljedećeg
    sledećeg
    narednog
    naredne
    """
)

DATE_WORDS = relative_dates(
    """
    # phrase = unit offset from the publication date
    danas = day 0
    jučer = day -1
    juče = day -1
    jučeras = day -1
    prekjučer = day -2
    prekjuče = day -2
    sutra = day 1
    ove godine = year 0
    tekuće godine = year 0
    prošle godine = year -1
    lani = year -1
    iduće godine = year 1
    sljedeće godine = year 1
    sledeće godine = year 1
    naredne godine = year 1
    ovog mjeseca = month 0
    ovog meseca = month 0
    prošlog mjeseca = month -1
    prošlog meseca = month -1
    idućeg mjeseca = month 1
    sljedećeg mjeseca = month 1
    sledećeg meseca = month 1
    narednog meseca = month 1
    """
)

NUMBER_WORDS = number_words(
    """
    # value, then its forms (cardinals and the collective numbers of people)
    1 jedan jedna jedno jednog jednu
    2 dva dvije dve dvojica dvojice dvoje
    3 tri trojica trojice troje
    4 četiri četvorica četvorice četvoro
    5 pet petorica petorice petoro
    6 šest šestorica šestorice
    7 sedam sedmorica
    8 osam osmorica
    9 devet devetorica
    10 deset desetorica
    11 jedanaest
    12 dvanaest
    15 petnaest
    20 dvadeset
    30 trideset
    40 četrdeset
    50 pedeset
    100 sto stotinu
    1000 hiljadu tisuću
    """
)

COPULAS = words(
    """
    # verbs that link a person to a role ("X je postao ministar"); not the auxiliary "je"
    bio
    bila
    postao
    postala
    postaje
    ostaje
    imenovan
    imenovana
    """
)

ATTRIBUTION_WORDS = words(
    """
    # words other than verbs that attribute speech ("prema riječima X", "po rečima X")
    prema
    riječima
    rečima
    """
)

# Relative dates counted in units, "n" standing for the number: unit and direction.
COUNTED_DATE_WORDS = relative_dates(
    """
    prije n dana = day -1
    pre n dana = day -1
    prije n tjedana = week -1
    prije n tjedna = week -1
    prije n sedmica = week -1
    prije n sedmice = week -1
    pre n nedelja = week -1
    pre n nedelje = week -1
    prije n mjeseci = month -1
    prije n mjeseca = month -1
    pre n meseci = month -1
    pre n meseca = month -1
    prije n godina = year -1
    prije n godine = year -1
    pre n godina = year -1
    pre n godine = year -1
    za n dana = day 1
    za n tjedana = week 1
    za n sedmica = week 1
    za n nedelja = week 1
    za n mjeseci = month 1
    za n meseci = month 1
    """
)

FACT_TABLES = {
    "attribution_words": ATTRIBUTION_WORDS,
    "copulas": COPULAS,
    "meeting_words": MEETING_WORDS,
    "weekday_prepositions": WEEKDAY_PREPOSITIONS,
    "date_words": DATE_WORDS,
    "counted_date_words": COUNTED_DATE_WORDS,
    "number_words": NUMBER_WORDS,
}
