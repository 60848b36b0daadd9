"""Nouns for a member of a nation (masculine, feminine, plural), which begin no name:
"Francouz Jean Dupont" is Jean Dupont. Regular ones also follow from the country's name
(`demonym_suffixes`); these are the rest. Source: general knowledge of the language."""

from shared.extract.lang import words

NATIONALITY_WORDS = words(
    """
    američan američanka američané
    angličan angličanka angličané
    arab arabka arabové
    australan australanka australané
    belgičan belgičanka belgičané
    bělorus běloruska bělorusové
    brit britka britové
    bulhar bulharka bulhaři
    čech češka češi
    číňan číňanka číňané
    dán dánka dánové
    evropan evropanka evropané
    fin finka finové
    francouz francouzka francouzi
    chorvat chorvatka chorvati
    ir irka irové
    íránec íránka íránci
    ital italka italové
    izraelec izraelka izraelci
    japonec japonka japonci
    kanaďan kanaďanka kanaďané
    kazach kazaška kazaši
    maďar maďarka maďaři
    mexičan mexičanka mexičané
    němec němka němci
    nizozemec nizozemka nizozemci
    nor norka norové
    palestinec palestinka palestinci
    polák polka poláci
    rakušan rakušanka rakušané
    rumun rumunka rumuni
    rus ruska rusové
    řek řekyně řekové
    skot skotka skotové
    slovák slovenka slováci
    slovinec slovinka slovinci
    srb srbka srbové
    španěl španělka španělé
    švéd švédka švédové
    švýcar švýcarka švýcaři
    turek turkyně turci
    ukrajinec ukrajinka ukrajinci
    """.replace(" ", "\n")
)
