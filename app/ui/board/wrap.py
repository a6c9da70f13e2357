"""Wrapping post-it text in lines: whole words, and Dutch hyphenation when a word must break.

A word that does not fit a line of its own is broken at a syllable boundary
(pyphen's ``nl_NL`` dictionary) with a visible hyphen, never in the middle of
a syllable; tokens such as "t/m", "1-8", e-mail addresses or numbers are
never broken at a hyphenation point. Only when no syllable boundary fits is
a word cut between letters (still with a hyphen). Qt-free: the caller passes
how wide a piece of text is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import pyphen

Measure = Callable[[str], float]
WORDLIKE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*[.,;:!?)\"'»”]*$")
"""Letters (with hyphens between parts) and trailing punctuation: may be hyphenated."""
MIN_HEAD = 2
MIN_TAIL = 3
"""Letters left before and carried after a hyphen: no "administratie-ve"."""


@functools.lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")


@functools.lru_cache(maxsize=4096)
def syllable_breaks(word: str) -> tuple[int, ...]:
    """Positions inside ``word`` where Dutch allows a hyphen; none for t/m-like tokens."""
    if not WORDLIKE.match(word) or len(word) < MIN_HEAD + MIN_TAIL:
        return ()
    found: set[int] = set()
    offset = 0
    for part in word.split("-"):
        core = part.rstrip(".,;:!?)\"'»”")
        found.update(offset + p for p in _dictionary().positions(core))
        offset += len(part) + 1
        if offset < len(word):
            found.add(offset)  # after an existing hyphen: break there without adding one
    return tuple(sorted(p for p in found if MIN_HEAD <= p <= len(word) - MIN_TAIL))


@dataclass(frozen=True)
class Wrapped:
    lines: tuple[str, ...]
    broken_mid_syllable: bool
    """A word had to be cut between letters (no syllable boundary fitted)."""


def _split_word(word: str, room: float, measure: Measure) -> tuple[str, str] | None:
    """The longest head of ``word`` (with its hyphen) that fits ``room``, and the rest."""
    for pos in reversed(syllable_breaks(word)):
        head = word[:pos] if word[pos - 1] == "-" else word[:pos] + "-"
        if measure(head) <= room:
            return head, word[pos:]
    return None


def _cut_word(word: str, room: float, measure: Measure) -> tuple[str, str]:
    """Cut between letters as a last resort (at least one letter per line)."""
    for pos in range(len(word) - 1, 0, -1):
        head = word[:pos] + ("-" if word[pos - 1].isalnum() and word[pos].isalnum() else "")
        if measure(head) <= room:
            return head, word[pos:]
    return word[:1], word[1:]


def wrap_words(text: str, width: float, measure: Measure) -> Wrapped:
    """Lines of ``text`` no wider than ``width``; explicit newlines are kept."""
    lines: list[str] = []
    cut = False
    for paragraph in text.strip().splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if measure(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            while measure(word) > width:  # the word alone is too wide: it must break
                split = _split_word(word, width, measure)
                if split is None:
                    split = _cut_word(word, width, measure)
                    cut = True
                head, word = split
                lines.append(head)
            line = word
        lines.append(line)
    return Wrapped(tuple(lines), cut)
