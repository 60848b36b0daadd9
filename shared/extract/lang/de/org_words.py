"""Head nouns of organisations, institutions and legal forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

ORG_WORDS = words(
    """
    ag
    agentur
    airlines
    akademie
    amt
    bundesamt
    landesamt
    bundesanstalt
    bundesagentur
    bahn
    bank
    behörde
    bund
    bundestag
    börse
    club
    e.v.
    fernsehen
    feuerwehr
    gericht
    gesellschaft
    gewerkschaft
    gmbh
    gruppe
    hochschule
    holding
    institut
    kammer
    kg
    klinik
    klub
    kommission
    konzern
    krankenhaus
    landtag
    liga
    ministerium
    museum
    parlament
    partei
    polizei
    rat
    regierung
    rundfunk
    se
    sender
    sparkasse
    sternwarte
    stiftung
    union
    universität
    verband
    verein
    verlag
    versicherung
    werke
    zeitung
    zentrum
    """
)
