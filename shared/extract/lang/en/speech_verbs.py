"""Verbs of saying, as base forms and frequent inflected forms.
Source: general knowledge of the language."""

from shared.extract.lang import words

SPEECH_VERBS = words(
    """
    acknowledge
    acknowledged
    add
    added
    adds
    admit
    admitted
    announce
    announced
    argue
    argued
    claim
    claimed
    comment
    commented
    conclude
    concluded
    confirm
    confirmed
    declare
    declared
    denied
    deny
    emphasise
    emphasised
    emphasize
    emphasized
    explain
    explained
    insist
    insisted
    note
    noted
    recall
    recalled
    replied
    reply
    report
    reported
    said
    say
    saying
    says
    state
    stated
    stress
    stressed
    suggest
    suggested
    tell
    tells
    told
    warn
    warned
    write
    wrote
    """
)
