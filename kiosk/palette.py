"""The screen's colours: the exhibition's own theme, or the high-contrast theme a
visitor can choose from the accessibility card.

Pure Python, so a test can compute the contrast of every pair of colours the visitor
interface puts text on (:func:`text_pairs`), in both themes; QML only receives the
result (``view.theme``) and never mixes a text colour of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.checks import contrast_ratio
from kiosk.content.schema import Theme

HIGH_CONTRAST: dict[str, str] = {
    "background": "#000000",
    "surface": "#141414",
    "text": "#ffffff",
    "mutedText": "#e6e6e6",
    "accent": "#ffd23f",
}
"""White and yellow on black: every text colour at least 14:1 on every ground."""

NORMAL_MINIMUM = 4.5
"""WCAG 1.4.3 (AA) for body text, which the exhibition's own theme must meet."""

HIGH_CONTRAST_MINIMUM = 7.0
"""WCAG 1.4.6 (AAA): what the high-contrast theme promises for all text."""


def theme_colours(theme: Theme, high_contrast: bool) -> dict[str, str]:
    """The five colours QML's ``Theme`` reads, by its names."""
    if high_contrast:
        return dict(HIGH_CONTRAST)
    return {
        "background": theme.background,
        "surface": theme.surface,
        "text": theme.text,
        "mutedText": theme.muted_text,
        "accent": theme.accent,
    }


def panel_colour(colour: str, colours: dict[str, str], high_contrast: bool) -> str:
    """A panel's own colour (its header band and its tile), or the ground in high
    contrast, where colour must not carry anything text depends on."""
    return colours["background"] if high_contrast else colour


def ink_on(fill: str, colours: dict[str, str]) -> str:
    """The theme's text or background colour, whichever reads better on ``fill``.

    The same rule as ``Theme.inkOn`` in QML, for buttons filled with the accent
    and headers filled with a panel's colour.
    """
    on_text = contrast_ratio(fill, colours["text"])
    on_background = contrast_ratio(fill, colours["background"])
    return colours["text"] if on_text >= on_background else colours["background"]


@dataclass(frozen=True)
class TextPair:
    """Text of one colour on a ground of another, as the interface draws it."""

    text: str
    ground: str
    text_colour: str
    ground_colour: str

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.text_colour, self.ground_colour)


def text_pairs(colours: dict[str, str], panel_colours: dict[str, str]) -> list[TextPair]:
    """Every pair of colours the interface draws text in: the theme's text colours
    on its grounds, ink on the accent (a chosen button), ink on each panel's colour."""
    pairs = [
        TextPair(text, ground, colours[text], colours[ground])
        for text in ("text", "mutedText", "accent")
        for ground in ("background", "surface")
    ]
    pairs.append(TextPair("ink", "accent", ink_on(colours["accent"], colours), colours["accent"]))
    for name, colour in panel_colours.items():
        pairs.append(TextPair("ink", f"panel {name}", ink_on(colour, colours), colour))
    return pairs


def minimum_contrast(high_contrast: bool) -> float:
    return HIGH_CONTRAST_MINIMUM if high_contrast else NORMAL_MINIMUM
