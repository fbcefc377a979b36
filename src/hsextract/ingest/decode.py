"""Bytes to text: byte-order marks choose the codec, NUL bytes mean binary, bad UTF-8 is replaced.

A file is decoded once, exactly; nothing is normalised, so offsets into the result are offsets
into the article as its author saved it (minus a byte-order mark, which is an encoding mark,
not text). Invalid UTF-8 is replaced with U+FFFD one sequence at a time and reported, because
a stray Latin-1 byte should not cost the rest of the article; a file that is mostly invalid
or control bytes is refused as binary instead of being read as garbage.
"""

from __future__ import annotations

import codecs

_BINARY_SHARE = 0.3  # replacement characters + control characters above this share: not text


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: mostly-ASCII text has every other byte NUL."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    for codec, high in (("utf-16-le", raw[1::2]), ("utf-16-be", raw[0::2])):
        if high.count(0) >= 0.9 * len(high):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                return None
            printable = sum(1 for c in text if c.isprintable() or c in "\t\n\r")
            return text if "\x00" not in text and printable >= 0.95 * len(text) else None
    return None


def _looks_binary(text: str) -> bool:
    bad = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f\v"))
    return len(text) >= 16 and bad > _BINARY_SHARE * len(text)


def decode(raw: bytes) -> tuple[str | None, list[str], str | None]:
    """Bytes -> (text, warnings, error). BOMs pick the codec; NULs without one mean binary."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            notes = [f"decoded as {codec} (byte-order mark removed; offsets count from after it)"]
            try:
                return raw.decode(codec), notes, None
            except UnicodeDecodeError as exc:
                text = raw.decode(codec, errors="replace")
                notes.append(f"invalid {codec} at byte {exc.start}: replaced with U+FFFD")
                return (
                    (None, notes, f"not {codec} text after its byte-order mark")
                    if _looks_binary(text)
                    else (text, notes, None)
                )
    if b"\x00" in raw:
        utf16 = _bomless_utf16(raw)
        if utf16 is not None:
            return utf16, ["decoded as UTF-16 without a byte-order mark (every other byte NUL)"], None
        return None, [], "binary file (NUL bytes), not text"
    try:
        return raw.decode("utf-8"), [], None
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        if _looks_binary(text):
            return None, [], "binary file (mostly invalid UTF-8 and control bytes), not text"
        bad = text.count("\ufffd")
        return text, [f"invalid UTF-8 at byte {exc.start}: {bad} byte sequence(s) replaced with U+FFFD"], None
