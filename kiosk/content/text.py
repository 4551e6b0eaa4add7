"""Visitor-facing text in several languages, and the glossary links inside it.

Body text may link a word to the glossary with ``[[troika]]`` (shows the term
as the glossary names it) or ``[[troika|the troikas]]`` (shows the words given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kiosk.content.kinds import INVALID, Context, Kind, PendingRef, mismatch
from kiosk.content.problems import did_you_mean
from kiosk.content.yamlfile import Mapping, Node, Scalar

GLOSSARY_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
"""``[[term-id]]`` or ``[[term-id|words shown]]``."""

MAX_SENTENCE_WORDS = 25
"""Longer sentences lose readers standing at a screen (GUIDE.md: kiosk text)."""

PLACEHOLDER = "REPLACE:"
"""Marks text still to be written: ``kiosk new panel`` starts every text with it, and
the validator warns while any is left, so ``kiosk validate --strict`` refuses it."""

_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][»”\")]))\s+(?=[«“\"(\[A-ZА-ЯЁ0-9])")
_WORD = re.compile(r"\w(?:[\w’'.,-]*\w)?")


class Text(dict[str, str]):
    """Words for visitors, by language code: ``{"en": "...", "ru": "..."}``."""

    def in_language(self, code: str, fallback: str = "") -> str:
        """The text in ``code``, else in ``fallback``, else in any language there is."""
        return self.get(code) or self.get(fallback) or next(iter(self.values()), "")


def shown_words(text: str) -> list[str]:
    """The words a visitor reads, with glossary links reduced to their shown words."""
    return _WORD.findall(GLOSSARY_LINK.sub(lambda m: m.group(2) or m.group(1), text))


def sentences(text: str) -> list[str]:
    """The text cut into sentences, as a reader would (near enough for a length check)."""
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]


def long_sentences(text: str) -> list[list[str]]:
    """The sentences longer than :data:`MAX_SENTENCE_WORDS`, each as the words it shows."""
    found = (shown_words(sentence) for sentence in sentences(text))
    return [words for words in found if len(words) > MAX_SENTENCE_WORDS]


def glossary_links(text: str) -> list[tuple[str, str | None]]:
    """The ``(term id, words shown)`` pairs linked in a text."""
    return [(m.group(1).strip(), m.group(2)) for m in GLOSSARY_LINK.finditer(text)]


@dataclass(frozen=True)
class TextKind(Kind):
    """Text in each of the exhibition's languages; ``markup`` allows glossary links."""

    markup: bool = False
    complete: bool = True
    """Whether every exhibition language is expected (not so for interface words)."""
    max_words: int | None = None
    """A reading budget for the whole text; body text also keeps sentences short."""

    def convert(self, node: Node, ctx: Context) -> Any:
        if not isinstance(node, Mapping):
            return self._not_a_mapping(node, ctx)
        text, ok = Text(), True
        for code, (key, value) in node.entries.items():
            if ctx.languages and code not in ctx.languages:
                self._foreign(code, key, ctx)
            elif not isinstance(value, Scalar) or not isinstance(value.value, str):
                ok = mismatch(value, ctx, "text") is not INVALID
            elif not value.value.strip():
                ctx.log.warning(
                    ctx.at(value),
                    f"the '{code}' text is empty",
                    f"write the text, or leave out the '{code}:' line",
                )
            else:
                text[code] = value.value
                ctx.translated[code] = ctx.translated.get(code, 0) + 1
                ok = self._check_links(value, ctx) and ok
                self._check_length(code, value, ctx)
                _check_placeholder(code, value, ctx)
        for code in ctx.languages if self.complete else ():
            if code not in node.entries:
                ctx.untranslated.setdefault(code, []).append(ctx.at(node))
        return text if ok else INVALID

    def _not_a_mapping(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Scalar) and isinstance(node.value, str):
            codes = ctx.languages or ("en",)
            example = ", ".join(f'{c}: "…"' for c in codes)
            ctx.log.error(
                ctx.at(node),
                "expected text in each language, found a single text",
                f"give it per language: {{{example}}}",
            )
            return INVALID
        return mismatch(node, ctx, "text in each language")

    def _foreign(self, code: str, key: Scalar, ctx: Context) -> None:
        listed = ", ".join(ctx.languages)
        hint = did_you_mean(code, ctx.languages) or "add it to the languages in exhibition.yaml"
        ctx.log.warning(
            ctx.at(key), f"'{code}' is not one of the exhibition's languages ({listed})", hint
        )

    def _check_links(self, node: Scalar, ctx: Context) -> bool:
        if not self.markup:
            return True
        text = node.value
        for term, _ in glossary_links(text):
            ctx.refs.append(PendingRef("glossary term", term, ctx.at(node)))
        if text.count("[[") != len(GLOSSARY_LINK.findall(text)) or "]]" in GLOSSARY_LINK.sub(
            "", text
        ):
            ctx.log.error(
                ctx.at(node),
                "a glossary link is not closed properly",
                "write glossary links as [[term-id]] or [[term-id|words shown]]",
            )
            return False
        return True

    @property
    def limited(self) -> bool:
        """Whether the text is held to the reading limits (body text, with markup)."""
        return self.markup

    def too_long(self, words: int) -> bool:
        """Whether ``words`` words are over this text's reading budget."""
        return self.limited and self.max_words is not None and words > self.max_words

    def _check_length(self, code: str, node: Scalar, ctx: Context) -> None:
        """Warn of text too long to read standing up: a kiosk is not a book."""
        if not self.limited:
            return
        count = len(shown_words(node.value))
        if self.too_long(count):
            ctx.log.warning(
                ctx.at(node),
                f"the text in '{code}' has {count} words, more than the {self.max_words} "
                "a visitor reads at a kiosk",
                "cut it, or split it into two blocks or two pages",
            )
        for words in long_sentences(node.value):
            start = " ".join(words[:6])
            ctx.log.warning(
                ctx.at(node),
                f"a sentence in '{code}' has {len(words)} words, more than "
                f"{MAX_SENTENCE_WORDS}: '{start} …'",
                "split it into two sentences",
            )

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        defs.setdefault("Text", _TEXT_SCHEMA)
        return {"$ref": "#/$defs/Text"}

    def describe(self) -> str:
        base = "text in each language"
        if self.markup:
            base += ", may link `[[glossary-term]]`s"
        if self.max_words is not None:
            base += f"; at most {self.max_words} words"
        return base


def _check_placeholder(code: str, node: Scalar, ctx: Context) -> None:
    """Warn of text that ``kiosk new panel`` wrote and nobody has replaced yet."""
    if PLACEHOLDER in node.value:
        words = node.value.split()
        start = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        ctx.log.warning(
            ctx.at(node),
            f"the '{code}' text is still the placeholder '{start}'",
            "write your own text in its place",
        )


_TEXT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Text in each of the exhibition's languages, e.g. {en: '…', ru: '…'}.",
    "propertyNames": {"pattern": "^[a-z]{2,3}(?:-[A-Z]{2})?$"},
    "additionalProperties": {"type": "string"},
    "minProperties": 1,
}
