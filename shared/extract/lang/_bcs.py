"""Word data shared by Bosnian, Croatian and Serbian (Latin script; Cyrillic is
transliterated before lookup). Source: general knowledge of the standard languages, with
the ijekavian and ekavian forms side by side."""

from shared.extract.lang import LangData, words

TITLES = words(
    """
    # roles and titles written before a person's name
    predsjednik
    predsjednica
    predsednik
    predsednica
    potpredsjednik
    potpredsednik
    predsjedavajući
    predsjedavajuća
    predsedavajući
    predsedavajuća
    premijer
    premijerka
    ministar
    ministrica
    ministarka
    portparol
    glasnogovornik
    glasnogovornica
    direktor
    direktorica
    direktorka
    šef
    šefica
    guverner
    gradonačelnik
    gradonačelnica
    ambasador
    veleposlanik
    izaslanik
    predstavnik
    general
    pukovnik
    kapetan
    sudac
    sudija
    sutkinja
    tužilac
    tužitelj
    profesor
    profesorica
    doktor
    dr
    gospodin
    gospođa
    kralj
    kraljica
    papa
    kancelar
    kancelarka
    trener
    izbornik
    igrač
    skijaš
    pisac
    književnik
    novinar
    analitičar
    ekonomist
    ekonomista
    stručnjak
    saradnik
    suradnik
    dužnosnik
    zvaničnik
    službenik
    zastupnik
    poslanik
    senator
    lider
    čelnik
    vođa
    osnivač
    sekretar
    tajnik
    povjerenik
    poverenik
    komesar
    patrijarh
    biskup
    nadbiskup
    kardinal
    glumac
    glumica
    redatelj
    reditelj
    autor
    dobitnik
    kandidat
    vlasnik
    menadžer
    savjetnik
    savetnik
    zamjenik
    zamenik
    član
    # commanders, heads of institutions, professions
    zapovjednik
    zapovednik
    komandant
    ravnatelj
    ravnateljica
    upravitelj
    načelnik
    načelnica
    rektor
    dekan
    urednik
    urednica
    voditelj
    voditeljica
    konzul
    župan
    županica
    admiral
    odvjetnik
    advokat
    liječnik
    lekar
    znanstvenik
    naučnik
    istraživač
    poduzetnik
    preduzetnik
    biznismen
    diplomat
    """
)

ORG_WORDS = words(
    """
    # head nouns of organisations and institutions
    ministarstvo
    vlada
    skupština
    sabor
    parlament
    vijeće
    veće
    savjet
    savet
    komisija
    odbor
    agencija
    ured
    snaga
    kancelarija
    fond
    banka
    kompanija
    firma
    tvrtka
    preduzeće
    poduzeće
    društvo
    grupa
    udruga
    udruženje
    savez
    zajednica
    stranka
    partija
    institut
    zavod
    univerzitet
    sveučilište
    fakultet
    akademija
    sud
    tužilaštvo
    policija
    vojska
    federacija
    unija
    organizacija
    služba
    uprava
    direkcija
    registar
    predsjedništvo
    predsedništvo
    klub
    eskadrila
    korporacija
    holding
    televizija
    radio
    novine
    list
    # its dative and instrumental, which the lemmatiser reads as forms of "lista"
    listu
    listom
    dnevnik
    časopis
    magazin
    tjednik
    nedeljnik
    portal
    agencija
    inicijativa
    koalicija
    pokret
    crkva
    muzej
    kazalište
    pozorište
    bolnica
    opservatorija
    komora
    mreža
    lanac
    konzorcij
    konzorcijum
    d.o.o.
    d.d.
    """
)

LOC_WORDS = words(
    """
    # head nouns of places
    more
    jezero
    rijeka
    reka
    planina
    otok
    ostrvo
    zaljev
    zaliv
    polje
    koridor
    kanal
    poluotok
    poluostrvo
    pokrajina
    regija
    region
    županija
    kanton
    općina
    opština
    ulica
    trg
    most
    stadion
    aerodrom
    zračna luka
    dolina
    dvorac
    zamak
    tvrđava
    """
)

SPEECH_VERBS = words(
    """
    # verbs of saying (lemmas as lemmagen3 gives them)
    reći
    kazati
    izjaviti
    dodati
    naglasiti
    istaknuti
    istaći
    upozoriti
    objasniti
    tvrditi
    smatrati
    navesti
    ocijeniti
    oceniti
    poručiti
    napisati
    odgovoriti
    potvrditi
    najaviti
    saopćiti
    saopštiti
    priopćiti
    govoriti
    zaključiti
    pojasniti
    izjavljivati
    """
)


# Case endings of possessive adjectives made from names ("Nobelovu", "Tokajevim").
POSSESSIVE_ENDINGS = tuple(
    stem + ending
    for stem in ("ov", "ev", "in")
    for ending in ("u", "e", "im", "og", "oj", "ih", "om", "oga", "ome")
)

EVENT_WORDS = words(
    """
    # competitions, events and awards: not entities
    forum
    festival
    igre
    konferencija
    kup
    nagrada
    olimpijada
    prvenstvo
    reli
    samit
    trka
    turnir
    utrka
    """
)

# Nouns for a member of a nation (masculine, feminine, plural), which begin no name:
# "Francuz Jean Dupont" is Jean Dupont. Regular ones also follow from the country's name
# (`demonym_suffixes`); these are the rest, ijekavian and ekavian.
NATIONALITY_WORDS = words(
    """
    amerikanac amerikanka amerikanci
    arapin arapkinja arapi
    bjelorus bjeloruskinja bjelorusi belorus beloruskinja belorusi
    bošnjak bošnjakinja bošnjaci
    britanac britanka britanci
    bugarin bugarka bugari
    crnogorac crnogorka crnogorci
    čeh čehinja česi
    englez engleskinja englezi
    francuz francuskinja francuzi
    grk grkinja grci
    holanđanin holanđanka holanđani
    hrvat hrvatica hrvati
    izraelac izraelka izraelci
    japanac japanka japanci
    kinez kineskinja kinezi
    mađar mađarica mađari
    makedonac makedonka makedonci
    nijemac njemica nijemci nemac nemica nemci
    poljak poljakinja poljaci
    rumunj rumunjka rumunji rumun rumunka rumuni
    rus ruskinja rusi
    slovak slovakinja slovaci
    slovenac slovenka slovenci
    srbin srpkinja srbi
    španjolac španjolka španjolci španac špankinja španci
    šveđanin šveđanka šveđani
    talijan talijanka talijani italijan italijanka italijani
    turčin turkinja turci
    ukrajinac ukrajinka ukrajinci
    """.replace(" ", "\n")
)

# A company's board, written before the company's name and no part of it ("predsjednik
# Uprave Croatia osiguranja"). Source: general knowledge of the language.
COMPANY_WORDS = words(
    """
    uprava
    """
)

# Croatian as written in Bosnia, Croatia and Serbia; bs/ and sr/ replace what differs.
BCS = LangData(
    code="hr",
    spacy_lang="hr",
    lemmatiser="lemmagen:hr",
    lexicons=("hr",),
    locales=("hr", "bs", "sr_Latn", "en"),
    titles=TITLES,
    org_words=ORG_WORDS,
    company_words=COMPANY_WORDS,
    loc_words=LOC_WORDS,
    speech_verbs=SPEECH_VERBS,
    event_words=EVENT_WORDS,
    nationality_words=NATIONALITY_WORDS,
    # adverbs spaCy's list lacks, which follow "za" in "za sada" (for now)
    function_words=frozenset({"sada", "sad"}),
    org_prepositions=frozenset({"za"}),
    adjective_suffixes=("ski", "ški", "čki", "ćki", "nji", "ni"),
    possessive_endings=POSSESSIVE_ENDINGS,
    demonym_endings=("ci", "ani", "jaci"),
    demonym_suffixes=("anac", "anca", "anci", "ac", "ca", "ci", "ka", "ke", "inja", "i", "a", ""),
)

# The fact layer's tables (meetings, dates, numbers) live in their own module.
from dataclasses import replace  # noqa: E402

from shared.extract.lang._bcs_facts import FACT_TABLES  # noqa: E402

BCS = replace(BCS, **FACT_TABLES)
