# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail detector's word classes: which list in resources/rules/personalisation/<lang>.toml gives
its words which class ("possessive" in [reader] makes "your" POSS), and the classes some rules share."""

from __future__ import annotations

__all__ = ["CLASSES", "HEADS", "NOUNS", "PRIVATE", "TRIGGERS"]

# Which list gives which class: section -> key -> class.
CLASSES: dict[str, dict[str, str]] = {
    "reader": {"possessive": "POSS", "subject": "SUBJ", "company": "COMPANY", "sender": "SENDER",
               "sender_possessive": "OWN"},
    "content": {"nouns": "CONTENT", "topic_nouns": "WEAK", "verbs": "CVERB", "topic": "TOPIC",
                "perceive": "PERCEIVE", "of": "OF", "relative": "REL", "appraisal": "APPRAISE",
                "indefinite": "INDEF", "achievements": "ACHIEVE", "consume": "CONSUME",
                "acted_on": "ACTED", "received": "GET", "as_agreed": "AS", "which": "WHICH",
                "infinitive": "INF", "stance": "STANCE", "wants": "WANT", "conditional": "IF",
                "dates": "DATE", "noted": "NOTED", "whether": "WHETHER",
                "preferences": "PREFER", "final_rounds": "FINALROUND", "frozen": "FROZEN",
                "frozen_things": "FROZENWHAT", "advice": "ADVICE"},
    "event": {"nouns": "EVENT", "meet": "MEET", "organise": "ORGANISE", "organised": "ORGANISED", "at": "AT",
              "given": "GIVEN"},
    "tie": {"markers": "TIE", "same": "SAME", "together": "TOGETHER", "with": "WITH", "self": "SELF",
            "favour": "FAVOUR", "thanks": "THANKS", "also": "ALSO", "background_verbs": "BACKGROUND", "fellow": "ALUM",
            "referral": "REFERRAL", "mutual": "MUTUAL", "referred_by": "REFVERB", "via": "VIA", "field": "FIELD",
            "honorifics": "HONOR", "offered": "OFFERED", "by": "BY", "introduced": "INTRO", "particles": "PARTICLE",
            "who": "WHO", "former": "FORMER", "served": "SERVED", "both": "BOTH",
            "know": "KNOW", "group": "GROUP", "benefit": "BENEFIT", "peers": "PEERS",
            "name_after": "WHOSE", "founders": "FOUNDER", "staff": "STAFF",
            "address_titles": "ADDRESS"},
    "news": {"positions": "POSITION", "articles": "ARTICLE", "congrats": "CONGRATS", "congrats_on": "CONGRATS_ON",
             "verbs": "NEWSV", "vacancy_verbs": "VACV", "nouns": "NEWSN", "sites": "SITE", "vacancy": "VACANCY",
             "company_subjects": "CSUBJ", "company_verbs": "VACV", "time": "TIME", "apply": "APPLY", "new": "NEW",
             "offer": "OFFER", "luck": "LUCK", "hiring": "HIRING", "career": "CAREER", "recent": "RECENT",
             "uses": "USES", "works_with": "WORKSWITH", "career_next": "CAREERNEXT", "career_nouns": "CAREERN",
             "located": "LOCATED", "region": "REGION",
             "reader_applied": "READAPPLY", "open": "OPEN", "vacancies": "VACANCIES"},
    "challenge": {"verbs": "CHALV", "nouns": "CHALN"},
    "private": {"relatives": "KIN", "life": "LIFE", "health": "HEALTH", "trips": "TRIP", "races": "RACE",
                "definite": "DEF", "places": "TO", "wishes": "WELL", "not_private": "NOTPRIV",
                "consult": "CONSULT", "belongs": "BELONGS", "race_joins": "RJOIN"},
    "flattery": {"exist": "EXIST", "growth": "GROW", "praise": "PRAISE", "prizes": "PRIZE", "since": "SINCE",
                 "heads": "HEADS", "from": "FROM", "and_then": "AND"},
    "generic": {"industry": "INDUSTRY", "employer": "EMPLOYER", "not_detail": "GENERIC", "ordinary": "ORDINARY",
                "opinion": "OPINION", "role": "ROLE", "speculation": "SPEC", "modal": "MODAL", "aux": "AUX",
                "object_verbs": "OBJV", "break_words": "BREAK", "span_stop": "STOP", "not_names": "NOTNAME",
                "numbers": "NUMBER", "place": "PLACE", "prompted": "PROMPTED", "tenure": "TENURE",
                "duration": "DURATION", "how_long": "HOWLONG", "as_role": "ASROLE", "clause_openers": "OPENS",
                "examples": "EXAMPLES", "now": "NOW",
                "wish": "WISH",
                "vague": "VAGUE", "pitch": "PITCH", "kinds": "KIND", "offer_verbs": "HANDV", "free": "FREE",
                "took_part": "PART", "offer_lead": "LEAD", "name_joins": "JOIN", "generalise": "GENERAL",
                "platforms": "PLATFORM", "next_step": "NEXTSTEP",
                "offering": "OFFERING", "reputation": "REPUTE", "awards": "AWARD",
                "abbreviations": "ABBREV", "documents": "DOCUMENT", "programmes": "PROGRAMME"},
}


# Noun classes a compound's last part can carry ("LinkedIn-artikel", "netwerkborrel"); not a relative's
# ("diploma" ends in "oma").
NOUNS = frozenset({"CONTENT", "WEAK", "EVENT", "NEWSN", "SITE", "VACANCY", "CHALN", "GENERIC", "ORDINARY",
                    "OPINION", "INDUSTRY", "KIND"})
# And the private life's ("knieblessure", "Japanreis", "Zevenheuvelenloop"), read by detail_private alone.
PRIVATE = frozenset({"KIN", "LIFE", "HEALTH", "TRIP", "RACE"})
HEADS = NOUNS | PRIVATE - {"KIN"} | {"STAFF", "FROZENWHAT"}  # and a title's, a budget's: "HR-manager", "IT-projecten"


# Classes that start one of the rules below; a clause without them is skipped.
TRIGGERS = frozenset({"POSS", "SUBJ", "CSUBJ", "CONTENT", "WEAK", "PERCEIVE", "TIE", "REFERRAL", "ALSO",
                       "ALUM", "MUTUAL", "REFVERB", "VIA", "SAME", "TOGETHER", "SELF", "FAVOUR",
                       "CONGRATS", "VACANCY", "ROLE",
                       "EVENT", "MEET", "NAMEPOSS", "POSITION", "APPRAISE", "TIME", "APPLY", "NEWSN", "GENERAL",
                       "INTRO", "KIN", "LIFE", "TRIP", "RACE", "NOTED", "FINALROUND", "FROZEN"})
