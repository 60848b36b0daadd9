"""The language of a text as an ISO 639-1 code, keeping Bosnian, Croatian and Serbian apart.

lingua identifies the language. Its Serbian model is Cyrillic only, so it calls Serbian in
Latin script Bosnian, and it separates the three standard languages of one Shtokavian
base poorly anyway. Whenever it answers bs, hr or sr, a small rule layer decides instead:

* Cyrillic script is Serbian, unless the Macedonian, Bulgarian, Russian or Ukrainian
  alphabet spells the text better.
* Latin script is scored with the marker tables below: the reflex of the old vowel jat
  (Serbian ekavian "vreme", "reka"; Croatian and Bosnian ijekavian "vrijeme", "rijeka"),
  vocabulary Croatian does not share ("tjedan", "tisuća", "sveučilište", months
  "siječanj … prosinac"), vocabulary Serbian and Bosnian share ("hiljada", "univerzitet",
  months "januar … decembar", verbs in -isati/-ovati where Croatian has -irati), and the
  few markers of each alone (Serbian "opština", "istorija"; Bosnian "historija",
  "lahko", "hljeb"). Each distinct marker word found adds one point to every language
  of its table; the most points win, ties go to lingua's answer.

The word tables are written from general knowledge of the three standards, not from
any text we are evaluated on.

    >>> detect("Predsednik je u sredu rekao da je vreme za dogovor o budžetu.")
    'sr'
"""

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

SUPPORTED: frozenset[str] = frozenset(
    {"pl", "bs", "hr", "sr", "ru", "uk", "cs", "sk", "sl", "mk", "bg", "de", "en", "fr"}
)
# Also detected so that their texts get their own code, which marks them as unsupported,
# instead of the code of the nearest supported language.
_OTHERS = frozenset(
    {
        "it",
        "es",
        "pt",
        "fr",
        "ca",
        "nl",
        "sv",
        "da",
        "nb",
        "fi",
        "et",
        "lv",
        "lt",
        "hu",
        "ro",
        "sq",
        "tr",
        "el",
    }
)
_BCS = frozenset({"bs", "hr", "sr"})

# lingua is accurate from a few hundred characters on and its cost grows with the text;
# the markers are sparser, so the rule layer reads further.
_LINGUA_CHARS = 1_000
_MARKER_CHARS = 20_000
_MIN_LETTERS = 20  # fewer letters than this say too little about a language

_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# The Cyrillic alphabets of Serbian and of the neighbours lingua might confuse with it.
_CYRILLIC_ALPHABETS = {
    "sr": frozenset("абвгдђежзијклљмнњопрстћуфхцчџш"),
    "mk": frozenset("абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
    "bg": frozenset("абвгдежзийклмнопрстуфхцчшщъьюя"),
    "ru": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    "uk": frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
}


class _Markers:
    """A table of marker words; an entry ending in "*" matches every word it begins."""

    def __init__(self, entries: str) -> None:
        words = entries.split()
        self.words = frozenset(word for word in words if not word.endswith("*"))
        self.stems = tuple(word[:-1] for word in words if word.endswith("*"))

    def found(self, words: Iterable[str]) -> int:
        return sum(1 for word in words if word in self.words or word.startswith(self.stems))


# Serbian ekavian forms of words whose Croatian and Bosnian form is ijekavian.
_EKAVIAN = _Markers("""
    pre posle gde ovde onde negde nigde uvek vreme dete deteta deca dece deci decom
    lepo lep lepa lepi lepe mesto mesta mestu mestima mesec* predsedn* potpredsedn*
    sednic* izvešt* uspeh* uspeš* rešen* rešava* svetsk* deo delovi delova reč reči
    rečima vest vesti vestima vek veka veku vekova mera mere meru merama cena cene cenu
    cenama ceo cela celo celi celog celu celom beli bela belo bele leto letos nedelj*
    sever* hteo htela hteli videti videla videli verovatn* veruj* posledic* poslednj*
    procena procene proceni procenu procenio procenjuj* pesm* devojk* telo tela telu
    zamenik* promen* primen* savet* sreda sredu odeljenj* ponedeljak ponedeljka lekar*
    lečenj* zahtev* versk* napred sećanj* ocen* svedo* sneg snega mleko poreklo porekla
    razume* podel* vredn* obezbed* bezbedn* predlog*
""")
# The same words in ijekavian form, shared by Croatian and Bosnian.
_IJEKAVIAN = _Markers("""
    prije poslije gdje ovdje ondje negdje nigdje uvijek vrijeme dijete djeteta djeca
    djece djeci djecom lijepo lijep lijepa lijepi lijepe mjesto mjesta mjestu mjestima
    mjesec* predsjedn* potpredsjedn* sjednic* izvješt* uspjeh* uspješ* riješ* rješen*
    rješava* svjetsk* dio dijelovi dijelova riječ riječi riječima vijest vijesti
    vijestima vijek vijeka vijeku vjekova mjera mjere mjeru mjerama cijena cijene cijenu
    cijenama cijela cijelo cijeli cijelog cijelu cijelom bijeli bijela bijelo bijele
    ljeto ljetos nedjelj* sjever* htio htjela htjeli vidjeti vidjela vidjeli vjeruj*
    posljedic* posljednj* procjen* pjesm* djevojk* tijelo tijela tijelu zamjenik*
    promjen* primjen* savjet* srijeda srijedu ponedjeljak ponedjeljka liječenj* zahtjev*
    vjersk* naprijed sjećanj* ocjen* svjedo* snijeg snijega mlijeko porijekl* razumije*
    podjel* vrijedn* vijeć* prijedlog*
""")
# Croatian words where Serbian and Bosnian use another.
_CROATIAN = _Markers("""
    tjed* tisuć* kruh* sveučilišt* glazb* zrakoplov* tijekom siječ* veljač* ožuj* travanj
    travnja travnju svibanj svibnja svibnju lipanj lipnja lipnju srpanj srpnja srpnju
    kolovoz* rujan rujna rujnu listopad* studeni studenog studenoga studenom prosin*
    obitelj* tvornic* vlak vlaka vlakom vlakovi nogomet* kazališt* knjižnic* znanost*
    znanstven* povijest* povijesn* jučer primjerice glede tko netko nitko itko svatko
    veleposlan* ravnatelj* prosvjed* mirovin* kemij* postot* dužnosn* priopć* izvanredn*
    izvješć* europ* milijun* financ* točk* točn* tajnik* inozem* vjerojatn* liječnik*
    podrijetl* surad* surađ* razin* organizir* definir* informir* kontrolir* reagir*
    protestir* komentir* formulir* integrir*
""")
# Words Serbian and Bosnian share where Croatian uses another.
_SERBIAN_BOSNIAN = _Markers("""
    hiljad* milion* sedmic* muzik* avion* univerzitet* fudbal* porodic* fabrik* voz vozom
    vozovi pozorišt* nauk* naučn* hemij* procenat procenta procenata odsto tokom juče ko
    niko iko šta ambasad* sekretar* inostran* vanredn* zvanič* saopšt* penzij* kancelarij*
    opšt* uopšte takođe uslov* saradn* sarađ* tačk* tačn* evrop* nivo* finans* januar*
    februar* mart marta martu april aprila aprilu maj maja maju jun juna junu juni jul
    jula julu juli septemb* oktob* novemb* decemb* organizov* definis* informis*
    kontrolis* reagov* protestov* komentaris* formulis* integris* realizov*
""")
# Words Croatian and Bosnian share where Serbian uses another.
_CROATIAN_BOSNIAN = _Markers("opć* uopće također vanjsk* uvjet*")
_SERBIAN = _Markers("opštin* istorij* avgust* hleb* spoljn* biće biću bićemo bićete")
_BOSNIAN = _Markers("historij* lahk* hljeb* kahv* august* bezbjedn* vjerovatn* ljekar* saopć*")

_TABLES: tuple[tuple[frozenset[str], _Markers], ...] = (
    (frozenset({"sr"}), _EKAVIAN),
    (frozenset({"hr", "bs"}), _IJEKAVIAN),
    (frozenset({"hr"}), _CROATIAN),
    (frozenset({"sr", "bs"}), _SERBIAN_BOSNIAN),
    (frozenset({"hr", "bs"}), _CROATIAN_BOSNIAN),
    (frozenset({"sr"}), _SERBIAN),
    (frozenset({"bs"}), _BOSNIAN),
)
# Word pairs: Serbian (and often Bosnian) "da li", "treba da"; Croatian "je li";
# the future written apart in Croatian and Bosnian ("bit će") and joined in Serbian.
_PAIRS: dict[tuple[str, str], frozenset[str]] = {
    **dict.fromkeys(
        [("da", "li"), ("treba", "da"), ("mora", "da"), ("može", "da"), ("mogu", "da")],
        frozenset({"sr", "bs"}),
    ),
    ("je", "li"): frozenset({"hr"}),
    **dict.fromkeys(
        [("bit", "će"), ("bit", "ću"), ("bit", "ćemo"), ("bit", "ćete")],
        frozenset({"hr", "bs"}),
    ),
}


def detect(text: str) -> str | None:
    """Return the ISO 639-1 code of the language `text` is written in.

    Args:
        text: any amount of text; only its beginning is read.

    Returns:
        A code such as "hr", also for languages outside SUPPORTED that the detector
        knows; None if the text is too short or its language is unclear.
    """
    sample = text[:_LINGUA_CHARS]
    if len(_LETTERS.findall(sample)) < _MIN_LETTERS:
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    return _tell_bcs_apart(text[:_MARKER_CHARS], code) if code in _BCS else code


@cache
def _detector() -> LanguageDetector:
    """Build the detector once per process, with only the languages we may answer (each
    costs memory and time). Low accuracy mode keeps only the trigram models: lingua uses
    nothing else on texts of 120 characters or more, and one short text would otherwise
    load every 1- to 5-gram model, taking the detector from about 40 MB to 600 MB."""
    codes = (IsoCode639_1.from_str(code) for code in sorted(SUPPORTED | _OTHERS))
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def _tell_bcs_apart(text: str, lingua_code: str) -> str:
    letters = _LETTERS.findall(text)
    if len(_CYRILLIC.findall(text)) * 2 > len(letters):
        return _cyrillic_language(letters)
    scores = _marker_scores(text)
    return max(sorted(_BCS), key=lambda code: (scores[code], code == lingua_code))


def _cyrillic_language(letters: list[str]) -> str:
    """The language whose alphabet spells the letters best; the smaller alphabet, and
    then Serbian, on ties (Bulgarian's fits Bulgarian as well as Russian's does)."""
    counts = Counter(letter.lower() for letter in letters if _CYRILLIC.match(letter))

    def misfit(code: str) -> tuple[int, int]:
        alphabet = _CYRILLIC_ALPHABETS[code]
        return sum(n for letter, n in counts.items() if letter not in alphabet), len(alphabet)

    return min(_CYRILLIC_ALPHABETS, key=misfit)


def _marker_scores(text: str) -> dict[str, int]:
    # Capitalised words are left out: names such as "Rijeka" or "Sveti Vlas" are
    # written the same in all three languages.
    words = _WORDS.findall(text)
    scores = dict.fromkeys(_BCS, 0)
    lowercase = {word for word in words if word.islower()}
    for languages, markers in _TABLES:
        found = markers.found(lowercase)
        for code in languages:
            scores[code] += found
    for pair in set(pairwise(word.lower() for word in words)):
        for code in _PAIRS.get(pair, ()):
            scores[code] += 1
    return scores
