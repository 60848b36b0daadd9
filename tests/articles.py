"""Small news articles written for the tests (not taken from any scored text).

`article(lang)` adds a unique line so that every call is new content to the service.
"""

import uuid

TEXTS = {
    "pl": (
        "Minister finansów spotkał się we wtorek w Warszawie z przedstawicielami banków. "
        "Rozmowy dotyczyły nowych przepisów podatkowych, które mają wejść w życie w przyszłym "
        "roku. Jak powiedział rzecznik ministerstwa, porozumienie jest bliskie, ale wiele "
        "szczegółów wciąż wymaga uzgodnienia. Przedstawiciele sektora bankowego podkreślali, "
        "że zmiany powinny być wprowadzane stopniowo."
    ),
    "hr": (
        "Predsjednik Vlade sastao se u utorak u Zagrebu s predstavnicima sindikata. "
        "Razgovaralo se o povećanju plaća u javnom sektoru tijekom sljedećeg tjedna. "
        "Kako je izjavio glasnogovornik Vlade, dogovor je blizu, ali mnoga pitanja još su "
        "otvorena. Sindikati traže povećanje od pet posto i najavljuju prosvjed."
    ),
    "en": (
        "The finance minister met bank representatives in London on Tuesday. The talks "
        "focused on new tax rules that are due to take effect next year. A ministry "
        "spokesman said an agreement was close, but many details still had to be settled. "
        "Bankers stressed that the changes should be introduced gradually."
    ),
    "ru": (
        "Министр финансов во вторник встретился в Москве с представителями банков. "
        "Переговоры касались новых налоговых правил, которые должны вступить в силу в "
        "следующем году. Как сообщил представитель министерства, соглашение близко, но многие "
        "детали ещё предстоит согласовать."
    ),
}


def article(lang: str = "en") -> str:
    """A fresh article in `lang`: the same prose plus a unique reference line."""
    return f"{TEXTS[lang]}\n\nRef. {uuid.uuid4().hex}\n"
