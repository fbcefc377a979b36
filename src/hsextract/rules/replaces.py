"""The departed actor of a recast, named in the sentence after the new casting.

Trade exclusives announce a recast in two steps: "Jane Roe has been cast as Mara Lind ... He/She
replaces Tom Poe, who played the role in season 1." The second sentence names no role; it is the one
the sentence before gave its subject. The pair is a true role in the series (gold rule 3.6), held
before the season the new actor plays it in (`previous`).
"""

from __future__ import annotations

import re

from hsextract.rules.cast import CastMention
from hsextract.rules.units import Sentence

# "He replaces", "She will replace", "He succeeds", "She takes over from", "Roe is replacing"
_VERB = (
    r"\s+(?:will\s+|is\s+|now\s+)?"
    r"(?:replaces?|replacing|succeeds?|succeeding|takes?\s+over\s+from|steps\s+in\s+for)\s+$"
)
_PRONOUN_REPLACES = re.compile(r"\s*(?:he|she|they)" + _VERB, re.IGNORECASE)
_REPLACES = re.compile(_VERB, re.IGNORECASE)


def replaced_mentions(sentence: Sentence, before: list[CastMention], text: str) -> list[CastMention]:
    """The actor a sentence says the previous sentence's one newly cast actor replaces."""
    if len({(m.actor, m.character) for m in before}) != 1:
        return []
    new = before[0]
    names = [u for u in sentence.units[:8] if u.kind == "NAME"]
    if names and _PRONOUN_REPLACES.match(text, sentence.start, names[0].start):
        target = names[0]
    elif (
        len(names) >= 2
        and names[0].start == sentence.start
        and names[0].text.casefold() in text[slice(*new.actor)].casefold().split()  # the new actor's surname
        and _REPLACES.match(text, names[0].end, names[1].start)
    ):
        target = names[1]
    else:
        return []
    return [
        CastMention(
            rule="cast.replaces_previous",
            actor=(target.start, target.end),
            character=new.character,
            description=None,
            evidence=(sentence.start, target.end),
            block_kind=sentence.block_kind,
            block_index=sentence.block_index,
            sentence=(sentence.start, sentence.end),
            previous=True,
        )
    ]
