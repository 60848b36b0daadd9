"""Bodies of a state, written in lowercase before the state's name in the genitive: "vlada
Srbije", "predsjedništvo BiH", "vláda ČR", "правительство России". Together they name the
institution (an organisation), not the country. Base forms, matched against the lemma of
the lowercase word. Source: general knowledge of each language."""

from shared.extract.lang import words

STATE_BODIES = words(
    """
    # bs hr sr
    vlada
    predsjedništvo
    predsedništvo
    ministarstvo
    skupština
    parlament
    # pl
    rząd
    ministerstwo
    # cs
    vláda
    ministerstvo
    # ru uk
    правительство
    министерство
    уряд
    міністерство
    # de
    regierung
    """
)
