"""Actor and character names across one article: cleaning, short forms and spelling variants."""

from __future__ import annotations

import re
from functools import lru_cache

from hsextract.rules.occupations import occupation_end
from hsextract.rules.vocab import (
    CHARACTER_TITLES,
    HONORIFIC_CHARACTER_TITLES,
    NAME_PARTICLES,
    PLATFORMS,
)
from hsextract.textnorm import fold, fold_tokens

# A photo credit glued to a caption's first name: "Kit MabeyMorwenna Trask", "FXCorinne Roe",
# "Disney+Amara Vell": the name starts at the capital after a lower-case run of 3+, an upper-case
# run of 2+ or a symbol, inside one word ("McKay", "DeShawn", "MacLeod" have shorter runs).
_GLUE = re.compile(r"(?:(?<=[a-zß-ÿ]{3})|(?<=[A-Z]{2})|(?<=[+/)]))(?=[A-ZÀ-Þ][a-zß-ÿ])")
# A surname prefix is short (Mc, Mac, De, Van and four-letter ones like the Norman patronymic in
# "Eve FitzGerald"); a glued credit's last word (a surname, a brand) runs longer before the capital.
GLUED_WORD_MIN = 5


# One-word platforms that are no one's first name ("Max", "Stan" and "Sky" are): brands with a digit,
# a symbol or capitals after the first letter, and a few plain brand words.
_PLATFORM_WORDS = frozenset(
    p
    for p in PLATFORMS
    if " " not in p and (not p[1:].islower() or p in {"Netflix", "Hulu", "Crunchyroll", "Peacock"})
)


def _unglue(name: str) -> str:
    cut = 0
    for m in _GLUE.finditer(name):
        word_start = name.rfind(" ", 0, m.start()) + 1
        lower_run = name[m.start() - 1].islower()  # the other two cases are a capitals run or a symbol
        if m.start() > word_start and (not lower_run or m.start() - word_start >= GLUED_WORD_MIN):
            cut = m.start()
    words = name[cut:].split()
    if len(words) >= 3 and words[0] in _PLATFORM_WORDS:  # "Netflix Jane Roe-Lind": a credit's tail
        return " ".join(words[1:])
    return name[cut:]


@lru_cache(maxsize=4096)
def clean_name(raw: str) -> str:
    name = " ".join(raw.replace("\u00a0", " ").split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    name = _unglue(name.strip(" ,;:'\"‘’“”"))
    words = name.split()
    if len(words) >= 2 and words[0].lower() in _PLURAL_DESCRIPTORS:
        name = " ".join(words[1:])  # "Detectives Yselda Hask (Ada Roe) and ...": a shared descriptor
    return _from_capitals(name) if name.isupper() and len(name) > MAX_INITIALS else name


MAX_INITIALS = 4  # "A.J." or "DJ" stays as written


def _from_capitals(name: str) -> str:
    """A press pack's "ODRAN PELLOW-BRACE" as prose writes a name: "Odran Pellow-Brace",
    "O'DONOGHUE" -> "O'Donoghue"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), name.lower())


def clean_character(raw: str) -> str:
    """Drop a leading job acronym ('DJ Mara Lind' -> 'Mara Lind') or occupation ('Coroner Mara Lind',
    the description: rules/occupations.py); rank titles such as 'DI' stay."""
    name = clean_name(raw)
    words = name.split()
    if (
        len(words) >= 3
        and words[0].isupper()
        and len(words[0]) <= 4
        and words[0].lower() not in CHARACTER_TITLES
    ):
        return " ".join(words[1:])
    return name[end:] if (end := occupation_end(name)) is not None else name


# Plural role or kin nouns that open a run of names ("Brothers Otis and Ned Ware voice ...",
# "Detectives Yselda Hask and Odo Quiller"): they describe the pair, never one person's name
_PLURAL_DESCRIPTORS = frozenset(
    "brothers sisters twins siblings cousins detectives officers doctors nurses partners parents".split()
    + "spouses friends colleagues rivals neighbours neighbors sergeants constables".split()
)


def _is_titled(name: str) -> bool:
    toks = fold_tokens(name)
    return len(toks) > 1 and (toks[0] in CHARACTER_TITLES or toks[0] in HONORIFIC_CHARACTER_TITLES)


def _words(name: str) -> list[str]:
    """Folded words of a name, a hyphenated part as one word ('Osei-Lind' is one surname)."""
    return [w for w in (fold(part).replace(" ", "") for part in name.split()) if w]


_people_index: tuple[set[str], int, dict[str, dict[str, str]]] | None = None


def _by_first_or_last(full_people: set[str]) -> dict[str, dict[str, str]]:
    """Folded first or last word -> {folded full name: full name}, in sorted order (the last of two
    names folding alike wins). Built once per article's set
    and reused: scanning every full name for every lone name cost names x mentions on long texts."""
    global _people_index
    cached = _people_index
    if cached is None or cached[0] is not full_people or cached[1] != len(full_people):
        index: dict[str, dict[str, str]] = {}
        for a in sorted(full_people):  # a set's order changes with the hash seed: same input, same bytes
            words = _words(a)
            if len(words) >= 2:
                for key in dict.fromkeys((words[-1], words[0])):
                    index.setdefault(key, {})[fold(a)] = a
        cached = _people_index = (full_people, len(full_people), index)
    return cached[2]


def _resolve_actor(name: str, full_people: set[str], stage_name: bool = False) -> str | None:
    """A lone surname or first name becomes the one full name in the article it belongs to; with
    none, it stays as written when `stage_name` (a single-word stage name in an actor slot); with
    two or more, it is dropped: the article does not say which person it means."""
    toks = _words(name)
    if len(toks) > 1 and toks[0] in _SURNAME_PARTICLES:  # "Mac Conmara", "van der Berg": a surname
        longer = {
            fold(a): a
            for a in sorted(full_people)
            if len(w := _words(a)) > len(toks) and w[-len(toks) :] == toks
        }
        return next(iter(longer.values())) if len(longer) == 1 else name
    if len(toks) != 1:
        return name if toks else None
    hits = _by_first_or_last(full_people).get(toks[0], {})
    if len(hits) == 1:
        return next(iter(hits.values()))
    # unknown elsewhere: a stage name, or a hyphenated surname as written ('Osei-Lind')
    return name if (stage_name or len(fold_tokens(name)) >= 2) and not hits else None


_SURNAME_PARTICLES = NAME_PARTICLES | {"o", "ó", "mc"}  # folded first words of a multi-word surname


def _core(name: str) -> list[str]:
    """Name tokens without a leading rank ('DI', 'Detective Inspector') for comparing characters."""
    toks = fold_tokens(name)
    while len(toks) > 1 and toks[0] in CHARACTER_TITLES:
        toks = toks[1:]
    return toks


def _same_character(short: str, full: str) -> bool:
    """'Mara' ~ 'Mara Lind'; 'Lind' ~ 'DI Mara Lind'; 'DI Mara Lind' ~ 'Detective Inspector Mara Lind'."""
    a, b = _core(short), _core(full)
    if not a or not b:
        return False
    if a == b:
        return True
    # a headline's "Recasts Kettrick Lund" is a casting verb and the name, not a fuller name
    before = b[: len(b) - len(a)]
    return len(a) < len(b) and (b[: len(a)] == a or (b[-len(a) :] == a and not set(before) & _HEADLINE_VERBS))


_HEADLINE_VERBS = frozenset(
    "recasts casts taps adds hires books names signs lands joins welcomes confirms reveals finds".split()
)


class NamePool:
    """Every name in the article, indexed by the first and last word of its core (rank dropped),
    so finding the fuller forms of a name looks at a handful of candidates, not all of them."""

    def __init__(self, names: set[str], actors: set[str]) -> None:
        self._index: dict[str, list[str]] = {}
        for name in sorted(names):
            if fold(name) in actors:
                continue
            core = _core(name)
            for key in {core[0], core[-1]} if core else set():
                self._index.setdefault(key, []).append(name)
        self._memo: dict[str, str] = {}

    def fullest(self, name: str) -> str:
        """The unique fuller name for `name` (by first name, surname or rank), else `name`."""
        if name not in self._memo:
            self._memo[name] = self._fullest(name)
        return self._memo[name]

    def _fullest(self, name: str) -> str:
        core = _core(name)
        candidates = {p for key in {core[0], core[-1]} for p in self._index.get(key, [])} if core else set()
        fuller: dict[str, str] = {}
        for p in sorted(
            candidates, key=lambda p: (p.isupper(), p)
        ):  # "Ambrin Tamsk" over a caption's "AMBRIN TAMSK"
            if len(p) > len(name) and _same_character(name, p):
                fuller.setdefault(fold(p), p)
        if len(fuller) > 1:  # 'DI Mara Lind' and 'Detective Inspector Mara Lind' are one candidate
            longest = max(fuller.values(), key=lambda p: (len(fold_tokens(p)), p))
            if all(_same_character(p, longest) or p == longest for p in fuller.values()):
                return longest
            return name
        return next(iter(fuller.values())) if fuller else name


@lru_cache(maxsize=2)  # per text: a name's count is asked once per cluster it is in, each a full scan
def _name_counts(text: str) -> dict[str, int]:
    return {}
