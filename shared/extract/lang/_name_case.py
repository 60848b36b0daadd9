"""Languages whose multi-word names capitalise only their first word ("Česká národní banka",
"Narodna banka Srbije", "Министерство иностранных дел"), unlike Polish, German and English
("Narodowy Bank Polski"). Source: the orthography rules of each language."""

SENTENCE_CASE_NAMES = frozenset({"bs", "hr", "sr", "cs", "ru", "uk"})
