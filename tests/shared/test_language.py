"""Language detection: each of our languages, Bosnian vs Croatian vs Serbian, short texts."""

import time

import pytest

from shared import language
from shared.language import SUPPORTED, detect

# One short news item, written for these tests, in each language.
NEWS = {
    "pl": "Rząd przyjął we wtorek projekt ustawy o wsparciu dla rolników poszkodowanych "
    "przez suszę. Pieniądze mają trafić do gospodarstw jeszcze przed końcem roku.",
    "cs": "Vláda ve středu schválila návrh zákona o podpoře zemědělců, které letos postihlo "
    "sucho. Peníze by měly dorazit ještě před koncem roku.",
    "sk": "Vláda v stredu schválila návrh zákona o podpore poľnohospodárov, ktorých tento rok "
    "postihlo sucho. Peniaze by mali prísť ešte pred koncom roka.",
    "sl": "Vlada je v sredo sprejela predlog zakona o pomoči kmetom, ki jih je letos "
    "prizadela suša. Denar naj bi prejeli še pred koncem leta.",
    "hr": "Vlada je u srijedu prihvatila prijedlog zakona o pomoći poljoprivrednicima koje je "
    "ove godine pogodila suša. Novac bi trebao stići tijekom sljedećeg tjedna, a ukupna "
    "pomoć iznosi nekoliko tisuća eura po obitelji.",
    "bs": "Vlada je u srijedu usvojila prijedlog zakona o pomoći poljoprivrednicima koje je "
    "ove godine pogodila suša. Novac bi trebao stići u toku naredne sedmice, a pomoć "
    "iznosi nekoliko hiljada maraka po porodici.",
    "sr": "Vlada je u sredu usvojila predlog zakona o pomoći poljoprivrednicima koje je ove "
    "godine pogodila suša. Novac bi trebalo da stigne tokom naredne nedelje, a pomoć "
    "iznosi nekoliko hiljada dinara po porodici.",
    "ru": "Правительство в среду одобрило законопроект о помощи фермерам, пострадавшим от "
    "засухи. Деньги должны поступить до конца года.",
    "uk": "Уряд у середу схвалив законопроєкт про допомогу фермерам, які постраждали від "
    "посухи. Гроші мають надійти ще до кінця року.",
    "bg": "Правителството одобри в сряда законопроект за помощ на земеделците, пострадали "
    "от сушата. Парите трябва да пристигнат до края на годината.",
    "mk": "Владата во средата го одобри предлогот закон за помош на земјоделците погодени "
    "од сушата. Парите ќе стигнат до крајот на годината.",
    "de": "Die Regierung hat am Mittwoch einen Gesetzentwurf zur Unterstützung der von der "
    "Dürre betroffenen Landwirte beschlossen. Das Geld soll noch vor Jahresende "
    "ausgezahlt werden.",
    "en": "The government on Wednesday approved a bill to support farmers hit by this "
    "year's drought. The money is expected to reach them before the end of the year.",
    "fr": "Le gouvernement a approuvé mercredi un projet de loi pour soutenir les agriculteurs "
    "touchés par la sécheresse. L'argent devrait leur parvenir avant la fin de l'année.",
}


def test_language_supported_covers_our_languages():
    assert set(NEWS) <= SUPPORTED


@pytest.mark.parametrize(("code", "text"), NEWS.items(), ids=NEWS)
def test_detect_recognises_each_supported_language(code, text):
    assert detect(text) == code


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        (
            "sr",
            "Влада је у среду усвојила предлог закона о помоћи пољопривредницима. "
            "Новац би требало да стигне током наредне недеље.",
        ),
        (
            "sr",
            "Predsednik opštine je rekao da će reka posle kiše ponovo biti čista i da je "
            "vreme za odmor.",
        ),
        ("sr", "Deca su u sredu posetila muzej istorije, a nedelju dana kasnije i univerzitet."),
        (
            "hr",
            "Ministar je izjavio da će sveučilište tijekom studenoga otvoriti novi studij glazbe.",
        ),
        ("hr", "Prema priopćenju ravnatelja, tvornica će u listopadu zaposliti tisuću radnika."),
        (
            "bs",
            "Historija ovog grada je duga, a u centru se i danas može lahko naći kahva i "
            "svjež hljeb.",
        ),
        (
            "bs",
            "Predsjednik je rekao da će sedmica biti teška jer općina nema novca, a saradnja "
            "sa kantonom je loša.",
        ),
        (
            "bs",
            "Zvaničnici su u decembru definisali nove mjere, a cijena hiljadu tona žita "
            "porasla je za deset posto.",
        ),
    ],
)
def test_detect_tells_bosnian_croatian_and_serbian_apart(expected, text):
    assert detect(text) == expected


@pytest.mark.parametrize("code", ["ru", "uk", "bg", "mk"])
def test_bcs_rule_layer_keeps_other_cyrillic_languages(code):
    # lingua rarely mistakes these for Serbian; if it does, their own letters decide.
    assert language._tell_bcs_apart(NEWS[code], "sr") == code


def test_detect_returns_other_languages_with_their_code():
    text = (
        "Il governo ha approvato mercoledì un disegno di legge per sostenere gli agricoltori "
        "colpiti dalla siccità. I fondi dovrebbero arrivare entro la fine dell'anno."
    )

    assert detect(text) == "it"


@pytest.mark.parametrize("text", ["", "Da.", "Vlada je odlučila.", "12 345 678 — 2024-05-01"])
def test_detect_returns_none_for_too_little_text(text):
    assert detect(text) is None


def test_detect_is_fast_on_long_article():
    article = " ".join([NEWS["hr"], NEWS["bs"], NEWS["sr"]] * 50)
    assert len(article.split()) > 2_000
    detect(article)  # the first call loads the models

    started = time.perf_counter()
    assert detect(article) in {"hr", "bs", "sr"}
    assert time.perf_counter() - started < 0.05
