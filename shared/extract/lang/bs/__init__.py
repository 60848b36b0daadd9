"""Bosnian: the shared Bosnian/Croatian/Serbian data (`lang/_bcs.py`), Bosnian locales first."""

from dataclasses import replace

from shared.extract.lang._bcs import BCS

DATA = replace(BCS, code="bs", lexicons=("hr", "sr"), locales=("bs", "hr", "sr_Latn", "en"))
