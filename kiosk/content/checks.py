"""Checks across files: references, translations, colours and timing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kiosk.content.interface import BUILT_IN_WORDS
from kiosk.content.kinds import Context, PendingRef
from kiosk.content.problems import Location, ProblemLog, did_you_mean
from kiosk.content.records import record_fields
from kiosk.content.schema import InterfaceWords, Manifest
from kiosk.content.yamlfile import Mapping, Node, Sequence

_DEFINED_IN = {
    "source": "bibliography.yaml",
    "glossary term": "glossary.yaml",
    "panel": "the panels of exhibition.yaml",
}

MIN_TEXT_CONTRAST = 4.5
"""WCAG 2.2 SC 1.4.3: body text against its background."""

MIN_ACCENT_CONTRAST = 3.0
"""WCAG 2.2 SC 1.4.11: buttons and other controls against their background."""

MIN_WARNING_SECONDS = 20
"""WCAG 2.2 SC 2.2.1: people get at least 20 seconds to answer a time-out warning."""


def check_references(
    refs: Iterable[PendingRef], known: dict[str, set[str] | None], log: ProblemLog
) -> None:
    """Every cited source, linked term and named panel must exist.

    ``known[target]`` is ``None`` when the file defining those ids could not be
    read; its own error is reported, and references to it are left unchecked.
    """
    for ref in refs:
        ids = known[ref.target]
        if ids is not None and ref.id not in ids:
            hint = did_you_mean(ref.id, ids) or f"add it to {_DEFINED_IN[ref.target]}"
            log.error(ref.location, f"unknown {ref.target} '{ref.id}'", hint)


def check_languages(
    manifest: Manifest, contexts: list[Context], log: ProblemLog, where: Location, root: Node | None
) -> None:
    """The default language is offered; every language has its translations."""
    codes = [language.code for language in manifest.languages]
    if manifest.default_language not in codes:
        log.error(
            _at(where, root, "default_language"),
            f"the default language "
            f"'{manifest.default_language}' is not one of the languages "
            f"({', '.join(codes)})",
            did_you_mean(manifest.default_language, codes) or f"use one of: {', '.join(codes)}",
        )
    for code in {c for c in codes if codes.count(c) > 1}:
        log.error(_at(where, root, "languages"), f"language '{code}' is listed twice")
    translated: dict[str, int] = defaultdict(int)
    missing: dict[str, list[Location]] = defaultdict(list)
    for ctx in contexts:
        for code, count in ctx.translated.items():
            translated[code] += count
        for code, places in ctx.untranslated.items():
            missing[code].extend(places)
    for language in manifest.languages:
        _report_translations(
            language.code,
            language.name,
            translated,
            missing,
            log,
            _language_at(where, root, language.code),
        )


def _report_translations(
    code: str,
    name: str,
    translated: dict[str, int],
    missing: dict[str, list[Location]],
    log: ProblemLog,
    where: Location,
) -> None:
    if not translated[code] and any(translated.values()):
        log.error(
            where,
            f"language '{code}' ({name}) is listed, but no text is in it",
            "translate the content, or remove the language from 'languages'",
        )
        return
    for place in missing[code]:
        log.warning(
            place, f"missing the '{code}' translation", f'add {code}: "…" with the text in {name}'
        )


def check_theme(manifest: Manifest, log: ProblemLog, where: Location, root: Node | None) -> None:
    """Text stays readable on the theme's colours; the idle warning is long enough."""
    theme = manifest.theme
    at = _at(where, root, "theme")
    pairs = [
        ("text", theme.text, "background", theme.background, MIN_TEXT_CONTRAST),
        ("text", theme.text, "surface", theme.surface, MIN_TEXT_CONTRAST),
        ("muted_text", theme.muted_text, "background", theme.background, MIN_TEXT_CONTRAST),
        ("muted_text", theme.muted_text, "surface", theme.surface, MIN_TEXT_CONTRAST),
        ("accent", theme.accent, "background", theme.background, MIN_ACCENT_CONTRAST),
    ]
    for name, colour, ground_name, ground, minimum in pairs:
        ratio = contrast_ratio(colour, ground)
        if ratio < minimum:
            log.warning(
                at,
                f"{name} {colour} on {ground_name} {ground} has a contrast of "
                f"{ratio:.1f}:1, below {minimum:g}:1",
                "make the colours lighter "
                "or darker; aim for 7:1 so text stays readable at arm's length",
            )
    if manifest.idle.warning_seconds < MIN_WARNING_SECONDS:
        log.warning(
            _at(where, root, "idle"),
            f"the idle warning lasts "
            f"{manifest.idle.warning_seconds} s, too short for many visitors to react",
            f"give at least {MIN_WARNING_SECONDS} seconds; WCAG 2.2.1",
        )


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _at(where: Location, root: Node | None, key: str) -> Location:
    """Where ``key`` is written in the manifest, or the file's start if it is not."""
    if isinstance(root, Mapping) and key in root.entries:
        node = root.entries[key][0]
        return Location(where.path, node.line, node.column)
    return where


def _language_at(where: Location, root: Node | None, code: str) -> Location:
    node = (
        root.entries["languages"][1]
        if isinstance(root, Mapping) and ("languages" in root.entries)
        else None
    )
    for item in node.items if isinstance(node, Sequence) else []:
        if isinstance(item, Mapping) and "code" in item.entries:
            value = item.entries["code"][1]
            if getattr(value, "value", None) == code:
                return Location(where.path, value.line, value.column)
    return where


def merged_words(content: InterfaceWords | None) -> dict[str, dict[str, str]]:
    """The built-in interface words, with interface.yaml's added or reworded."""
    words = {language: dict(built_in) for language, built_in in BUILT_IN_WORDS.items()}
    for field in record_fields(InterfaceWords) if content is not None else ():
        for language, word in (getattr(content, field.name) or {}).items():
            words.setdefault(language, {})[field.name] = word
    return words


def check_interface_words(
    manifest: Manifest,
    words: dict[str, dict[str, str]],
    log: ProblemLog,
    where: Location,
    root: Node | None,
) -> None:
    """Every language of the exhibition has every word of the interface."""
    keys = [field.name for field in record_fields(InterfaceWords)]
    for language in manifest.languages:
        missing = [key for key in keys if key not in words.get(language.code, {})]
        at = _language_at(where, root, language.code)
        if len(missing) == len(keys):
            log.error(
                at,
                f"the interface has no words in {language.name}",
                f"give all {len(keys)} for '{language.code}' in interface.yaml; "
                "see docs/CONTENT.md#interface-words",
            )
        elif missing:
            log.error(
                at,
                f"the interface has no {language.name} words for: {', '.join(missing)}",
                f"give them for '{language.code}' in interface.yaml",
            )
