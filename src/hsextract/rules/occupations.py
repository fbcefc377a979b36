"""An occupation glued to the front of a character's name is the role's description.

A sentence that opens with the character capitalises the descriptor in front of the name
("Coroner Ada Vell (Jane Roe) finds ...", "Landlady Mim Orr-Daly, played by ..."), and the name run
then swallows it. The article still describes the role, as "as coroner Ada Vell" would: the word
becomes the mention's description and the name starts after it. Ranks and forms of address
("DI", "Sergeant", "Mrs") are part of a name and are not in the list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hsextract.rules.cast import CastMention, Offsets
from hsextract.rules.vocab import OCCUPATION_NOUNS

# The descriptor, then a name of at least two capitalised words ("Guard Osk Brennard-Vye")
_LEADING = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z][\w'’.-]*\s+[A-Z])")


def occupation_end(name: str) -> int | None:
    """Where the name starts after a leading occupation ("Coroner Ada Vell" -> 8), or None; the one
    test the rules (for the mention) and assembly (for the name pool) both apply."""
    m = _LEADING.match(name)
    return m.end() if m is not None and m.group(1).lower() in OCCUPATION_NOUNS else None


def _split(text: str, span: Offsets) -> tuple[Offsets, Offsets] | None:
    """(descriptor, name) when the span opens with an occupation word before a two-word name."""
    name = text[span[0] : span[1]]
    end = occupation_end(name)
    if end is None:
        return None
    return (span[0], span[0] + len(name.split()[0])), (span[0] + end, span[1])


def occupation_descriptions(mentions: list[CastMention], text: str) -> list[CastMention]:
    """Each mention whose character opens with an occupation gets it as its description (unless it has
    one); a pair not yet oriented ("Name (Name)") may carry it on either side."""
    out = []
    for m in mentions:
        if (found := _split(text, m.character)) is not None:
            m = replace(m, character=found[1], description=m.description or found[0])
        elif not m.oriented and (found := _split(text, m.actor)) is not None:
            m = replace(m, actor=found[1], description=m.description or found[0])
        out.append(m)
    return out
