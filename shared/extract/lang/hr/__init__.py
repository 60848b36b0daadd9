"""Croatian: the data shared by Bosnian, Croatian and Serbian (`lang/_bcs.py`)."""

from shared.extract.lang._bcs import BCS

DATA = BCS
