"""The content schema: every record and field of an exhibition, declared once.

Each field is a dataclass field whose annotation names its kind and whose
``spec(...)`` gives its one-line description. Validation, the JSON Schema for
editors (``kiosk schema``) and the curator reference (docs/CONTENT.md)
are all generated from these declarations.

An exhibition folder holds:

* ``exhibition.yaml`` — the :class:`Manifest`;
* ``panels/ID.yaml`` — one :class:`Panel` per id listed in the manifest;
* ``glossary.yaml`` — the :class:`Glossary` (optional);
* ``bibliography.yaml`` — the :class:`Bibliography` (optional).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Annotated, ClassVar, Literal, Protocol

from kiosk.content.assets import AUDIO_EXTENSIONS
from kiosk.content.kinds import (
    AssetKind,
    ColourKind,
    DateKind,
    IdKind,
    LanguageKind,
    MinItems,
    Range,
    RefKind,
    StrKind,
)
from kiosk.content.records import PerLanguageKind, spec
from kiosk.content.text import Text, TextKind

Id = Annotated[str, IdKind]
Colour = Annotated[str, ColourKind]
LanguageCode = Annotated[str, LanguageKind]
Date = Annotated[str, DateKind()]
SourceId = Annotated[str, RefKind("source")]
PanelId = Annotated[str, RefKind("panel")]
RichText = Annotated[Text, TextKind(markup=True)]
BodyText = Annotated[Text, TextKind(markup=True, max_words=100)]
SomeLanguages = Annotated[Text, TextKind(complete=False)]
ImagePath = Annotated[str, AssetKind("image", (".jpg", ".jpeg", ".png", ".webp", ".svg"))]
Recordings = Annotated[
    dict[str, str],
    PerLanguageKind(
        AssetKind("audio", AUDIO_EXTENSIONS),
        what="recording",
        missing="add {code}: with the recording's path; until then visitors reading "
        "'{code}' get the transcript alone",
    ),
]
FolderPath = Annotated[str, StrKind("a folder path", example="assets")]
Sources = Annotated[tuple[SourceId, ...], MinItems(1)]


class Report(Protocol):
    """How a record's own :meth:`check` reports a problem: ``report(message, hint)``.

    ``keys`` lead from the record to the value the problem is about, which the
    problem's line and column then point at: ``report(message, hint, "audio", "ru")``.
    """

    def __call__(self, message: str, hint: str | None, /, *keys: str) -> None: ...


# --- Blocks: the typed pieces a page is made of ------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TextBlock:
    """A paragraph or two of text. Link glossary terms with [[term-id]]."""

    record_name: ClassVar[str] = "Text block"
    type: Literal["text"] = spec("Always `text`.")
    text: BodyText = spec(
        "The text: sentences of at most 25 words, a blank line between paragraphs."
    )


@dataclass(frozen=True, kw_only=True)
class ImageBlock:
    """A picture with its caption and credit."""

    record_name: ClassVar[str] = "Image block"
    type: Literal["image"] = spec("Always `image`.")
    image: ImagePath = spec("The image file, inside the exhibition's asset folder.")
    alt: Text = spec("What the image shows, for visitors who cannot see it.")
    caption: Text | None = spec("A caption shown under the image.", default=None)
    credit: Text = spec("Who made the image and under which licence it is shown.")


@dataclass(frozen=True, kw_only=True)
class QuoteBlock:
    """A short quotation from a primary source, with who said or wrote it."""

    record_name: ClassVar[str] = "Quote block"
    type: Literal["quote"] = spec("Always `quote`.")
    text: Text = spec("The quoted words, without quotation marks.")
    attribution: Text = spec("Who said or wrote it, and when.")
    sources: Sources = spec("The bibliography entries the quotation is taken from.")


@dataclass(frozen=True, kw_only=True)
class FigureBlock:
    """A key figure: one large number with what it counts and where it comes from."""

    record_name: ClassVar[str] = "Key figure block"
    type: Literal["figure"] = spec("Always `figure`.")
    value: float = spec("The number, written without separators: 767000.")
    value_to: float | None = spec("The upper end, where sources give a range.", default=None)
    qualifier: Literal["exact", "about", "more-than", "at-least", "up-to"] = spec(
        "How exact the number is; shown as 'about', 'more than', ... in each language.",
        default="exact",
    )
    unit: Text | None = spec("A unit shown after the number, such as '%'.", default=None)
    label: Text = spec("What the number counts, in a few words.")
    sources: Sources = spec("The bibliography entries the number is taken from.")

    def check(self, report: Report) -> None:
        if self.value_to is not None and self.value_to <= self.value:
            report("'value_to' must be larger than 'value'", "value_to is the top of the range")


@dataclass(frozen=True, kw_only=True)
class ChartCategory:
    """One bar or point along a chart's axis."""

    record_name: ClassVar[str] = "Chart category"
    id: Id = spec("An id for the category, used by chart notes.")
    label: Text = spec("The category's label on the axis.")
    date: Date | None = spec(
        "For a cumulative chart: when the count was taken; with a date on every "
        "category the points are spaced by time.",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class ChartSeries:
    """One row of a chart's numbers, one value per category."""

    record_name: ClassVar[str] = "Chart series"
    label: Text = spec("What the series counts, written next to its bars.")
    values: tuple[float | tuple[float, float] | None, ...] = spec(
        "One value per category: a number, a range [low, high], or null for none."
    )


@dataclass(frozen=True, kw_only=True)
class ChartNote:
    """A note pinned to one category of a chart."""

    record_name: ClassVar[str] = "Chart note"
    category: Id = spec("The id of the category the note belongs to.")
    text: Text = spec("The note, a few words.")


@dataclass(frozen=True, kw_only=True)
class ChartBlock:
    """Numbers drawn as a chart: bars, ranges, a running total or steps."""

    record_name: ClassVar[str] = "Chart block"
    type: Literal["chart"] = spec("Always `chart`.")
    chart: Literal["bars", "stacked-bars", "range", "cumulative", "steps"] = spec(
        "bars; stacked-bars (parts of a total); range (low to high); cumulative (running "
        "totals, as counted on each date); steps (the first category's values, then "
        "increases over time, each shown as '+N' and never added up)."
    )
    title: Text = spec("The chart's title.")
    unit: Text | None = spec("What the values count, e.g. 'people'.", default=None)
    categories: Annotated[tuple[ChartCategory, ...], MinItems(1)] = spec(
        "The categories along the axis, in order."
    )
    series: Annotated[tuple[ChartSeries, ...], MinItems(1)] = spec("The rows of numbers.")
    notes: tuple[ChartNote, ...] = spec("Notes pinned to categories.", default=())
    caption: Text | None = spec("A sentence on what the chart shows.", default=None)
    sources: Sources = spec("The bibliography entries the numbers are taken from.")

    def check(self, report: Report) -> None:
        count = len(self.categories)
        for series in self.series:
            if len(series.values) != count:
                name = next(iter(series.label.values()), "?")
                report(
                    f"series '{name}' has {len(series.values)} values for {count} categories",
                    "give one value per category, null where there is none",
                )
        ids = [c.id for c in self.categories]
        for note in self.notes:
            if note.category not in ids:
                report(
                    f"a note refers to unknown category '{note.category}'",
                    f"use one of: {', '.join(ids)}",
                )
        self._check_values(report)
        self._check_dates(report)

    def _check_values(self, report: Report) -> None:
        """Bars start at zero and a range goes from low to high; only bars show ranges."""
        for series in self.series:
            name = next(iter(series.label.values()), "?")
            for value in series.values:
                if value is None:
                    continue
                low, high = value if isinstance(value, tuple) else (value, value)
                shown = f"[{_plain(low)}, {_plain(high)}]" if isinstance(value, tuple) else ""
                if low < 0:
                    report(
                        f"series '{name}' has {_plain(low)}, below zero",
                        "a chart counts from zero: give counts, not changes",
                    )
                if shown and low >= high:
                    report(f"series '{name}' has the range {shown}", "write a range as [low, high]")
                if shown and self.chart not in ("bars", "range"):
                    report(
                        f"series '{name}' has the range {shown}, which a {self.chart} chart "
                        "cannot show",
                        "give one number, or make the chart 'bars' or 'range'",
                    )

    def _check_dates(self, report: Report) -> None:
        """Dates place a running count's points in time: on every category, in order."""
        dated = [c for c in self.categories if c.date is not None]
        if not dated:
            return
        if self.chart != "cumulative":
            report(
                f"category '{dated[0].id}' has a date, but only cumulative charts use dates",
                "remove the dates, or make the chart 'cumulative'",
            )
        undated = [c.id for c in self.categories if c.date is None]
        if undated:
            report(
                f"categories {', '.join(repr(i) for i in undated)} have no date",
                "give every category a date, or none",
            )
            return
        for before, after in itertools.pairwise(dated):
            if _first_day(after.date) <= _first_day(before.date):
                report(
                    f"category '{after.id}' ({after.date}) does not come after "
                    f"'{before.id}' ({before.date})",
                    "list the categories in time order, each date later than the one before",
                )


def _plain(number: float) -> str:
    """A number as the curator wrote it: 437000, 2.5."""
    return str(int(number)) if float(number).is_integer() else str(number)


def _first_day(date: str | None) -> tuple[int, ...]:
    """A date written 1937, 1937-09 or 1937-09-30 as (year, month, day) of its first day."""
    parts = [int(part) for part in (date or "").split("-")]
    return (*parts, 1, 1)[:3]


@dataclass(frozen=True, kw_only=True)
class TimelineEvent:
    """A dated event on a timeline."""

    record_name: ClassVar[str] = "Timeline event"
    date: Date = spec("When it happened: a year, a month or a day.")
    date_to: Date | None = spec("When it ended, for events that span a period.", default=None)
    label: Text = spec("The event in a few words.")
    text: RichText | None = spec(
        "A short explanation shown when the event is opened.", default=None
    )
    sources: Sources = spec("The bibliography entries the event is taken from.")


@dataclass(frozen=True, kw_only=True)
class TimelineBlock:
    """A timeline of dated events."""

    record_name: ClassVar[str] = "Timeline block"
    type: Literal["timeline"] = spec("Always `timeline`.")
    title: Text | None = spec("The timeline's title.", default=None)
    events: Annotated[tuple[TimelineEvent, ...], MinItems(1)] = spec("The events, in any order.")


@dataclass(frozen=True, kw_only=True)
class MapPoint:
    """A place on the map, with approximate coordinates."""

    record_name: ClassVar[str] = "Map point"
    name: Text = spec("The place's name.")
    latitude: Annotated[float, Range(-90, 90)] = spec("Degrees north (negative: south).")
    longitude: Annotated[float, Range(-180, 180)] = spec("Degrees east (negative: west).")
    kind: Literal["execution-site", "burial-site", "region", "place"] = spec(
        "What the place is; decides its marker."
    )
    text: RichText | None = spec(
        "What happened there, shown when the point is opened.", default=None
    )
    sources: Sources = spec("The bibliography entries the place is taken from.")


@dataclass(frozen=True, kw_only=True)
class MapBlock:
    """A map with points of interest."""

    record_name: ClassVar[str] = "Map block"
    type: Literal["map"] = spec("Always `map`.")
    title: Text | None = spec("The map's title.", default=None)
    points: Annotated[tuple[MapPoint, ...], MinItems(1)] = spec("The places shown.")


Block = TextBlock | ImageBlock | QuoteBlock | FigureBlock | ChartBlock | TimelineBlock | MapBlock


# --- Panels and pages ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Narration:
    """A recording of the page read aloud, recorded by the museum, with its transcript."""

    record_name: ClassVar[str] = "Narration"
    audio: Recordings = spec(
        "The recording in each language, a file in the asset folder; visitors play and pause it."
    )
    transcript: BodyText = spec(
        "What the recording says, word for word, for visitors who cannot hear it."
    )

    def check(self, report: Report) -> None:
        for code in self.audio:
            if code not in self.transcript:
                report(
                    f"the '{code}' recording has no transcript",
                    f"add {code}: under 'transcript' with what the recording says: "
                    "visitors who cannot hear it read it there",
                    "audio",
                    code,
                )


@dataclass(frozen=True, kw_only=True)
class Page:
    """One screen of a panel, turned by swiping."""

    record_name: ClassVar[str] = "Page"
    title: Text = spec("The page's title.")
    blocks: Annotated[tuple[Block, ...], MinItems(1)] = spec("What the page shows, in order.")
    sources: tuple[SourceId, ...] = spec(
        "Works the page draws on, listed in the panel's sources drawer.", default=()
    )
    narration: Narration | None = spec(
        "The page read aloud, with a play button and a transcript on screen.", default=None
    )


@dataclass(frozen=True, kw_only=True)
class Panel:
    """A themed panel: a file panels/ID.yaml, its id being the file name."""

    record_name: ClassVar[str] = "Panel"
    id: Id = spec("The panel's id: its file name without .yaml.", default="", internal=True)
    title: Text = spec("The panel's title, on its card and at the top of its pages.")
    summary: Text = spec("One line on the home screen card that invites visitors in.")
    theme_colour: Colour = spec("The panel's colour, on its card and page headers.")
    pages: Annotated[tuple[Page, ...], MinItems(1)] = spec("The pages, in order.")


# --- Glossary and bibliography ------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class GlossaryTerm:
    """A term a visitor may not know, explained in a sentence or two."""

    record_name: ClassVar[str] = "Glossary term"
    term: Text = spec("The term as shown on its card.")
    definition: Text = spec("A short definition: one or two sentences.")
    sources: tuple[SourceId, ...] = spec("Bibliography entries for the definition.", default=())


@dataclass(frozen=True, kw_only=True)
class Glossary:
    """The file glossary.yaml: terms that text can link with [[term-id]]."""

    record_name: ClassVar[str] = "Glossary"
    terms: dict[Id, GlossaryTerm] = spec("The terms, by id.")


@dataclass(frozen=True, kw_only=True)
class Source:
    """A work cited by the exhibition."""

    record_name: ClassVar[str] = "Source"
    author: str | None = spec(
        "The authors, 'Surname, Given names', separated by ';'. Leave out if unknown.", default=None
    )
    title: str = spec("The title of the work, in its own language.")
    year: Annotated[int, Range(1000, 2200)] | None = spec("The year it appeared.", default=None)
    published_in: str | None = spec("The journal, book or website it appeared in.", default=None)
    publisher: str | None = spec("The publisher, with the place.", default=None)
    url: str | None = spec("Where it can be read online.", default=None)
    note: Text | None = spec("What the source is, for visitors.", default=None)


@dataclass(frozen=True, kw_only=True)
class Bibliography:
    """The file bibliography.yaml: every work the content cites, by id."""

    record_name: ClassVar[str] = "Bibliography"
    sources: dict[Id, Source] = spec("The works, by id; cite them with these ids.")


# --- The manifest -------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Language:
    """A language the exhibition is shown in."""

    record_name: ClassVar[str] = "Language"
    code: LanguageCode = spec("The language code: 'en', 'ru', ...")
    name: str = spec("The language's name in itself, on its switch: 'English', 'Русский'.")


@dataclass(frozen=True, kw_only=True)
class Theme:
    """The exhibition's colours; text needs a contrast of 4.5:1 with the background."""

    record_name: ClassVar[str] = "Theme"
    background: Colour = spec("The screen's background.", default="#14110f")
    surface: Colour = spec("Cards and drawers drawn on the background.", default="#221e1b")
    text: Colour = spec("Body text.", default="#f2ede6")
    muted_text: Colour = spec("Captions, credits and other secondary text.", default="#c4bbb0")
    accent: Colour = spec("Buttons, links and highlights.", default="#d9a45b")


@dataclass(frozen=True, kw_only=True)
class IdleSettings:
    """When an unattended kiosk resets for the next visitor."""

    record_name: ClassVar[str] = "Idle settings"
    timeout_seconds: Annotated[int, Range(15, 3600)] = spec(
        "Seconds without a touch before the kiosk asks 'still there?'.", default=90
    )
    warning_seconds: Annotated[int, Range(5, 300)] = spec(
        "Seconds the question stays up before the session resets.", default=20
    )


@dataclass(frozen=True, kw_only=True)
class SlideTiming:
    """What every attract-loop slide has besides its content."""

    record_name: ClassVar[str] = "Slide timing"
    seconds: Annotated[int, Range(3, 120)] | None = spec(
        "How long the slide stays up; the loop's default if left out.", default=None
    )


@dataclass(frozen=True, kw_only=True)
class FigureSlide(SlideTiming, FigureBlock):
    """An attract-loop slide showing a key figure."""

    record_name: ClassVar[str] = "Figure slide"


@dataclass(frozen=True, kw_only=True)
class QuoteSlide(SlideTiming, QuoteBlock):
    """An attract-loop slide showing a short quotation."""

    record_name: ClassVar[str] = "Quote slide"


@dataclass(frozen=True, kw_only=True)
class ImageSlide(SlideTiming, ImageBlock):
    """An attract-loop slide showing an image, slowly panned."""

    record_name: ClassVar[str] = "Image slide"


@dataclass(frozen=True, kw_only=True)
class TeaserSlide(SlideTiming):
    """An attract-loop slide inviting visitors into one panel; touching it opens the panel."""

    record_name: ClassVar[str] = "Teaser slide"
    type: Literal["teaser"] = spec("Always `teaser`.")
    panel: PanelId = spec("The id of the panel it invites into.")
    text: Text | None = spec("The invitation; the panel's summary if left out.", default=None)


Slide = FigureSlide | QuoteSlide | ImageSlide | TeaserSlide


@dataclass(frozen=True, kw_only=True)
class AttractSettings:
    """The showcase that loops while nobody uses the kiosk."""

    record_name: ClassVar[str] = "Attract settings"
    slide_seconds: Annotated[int, Range(3, 120)] = spec(
        "How long each slide stays up, unless it says otherwise.", default=8
    )
    slides: tuple[Slide, ...] = spec("The slides, in order; the loop repeats them.", default=())


@dataclass(frozen=True, kw_only=True)
class Manifest:
    """The file exhibition.yaml: what the exhibition is and how it is shown."""

    record_name: ClassVar[str] = "Manifest"
    title: Text = spec("The exhibition's title, on the home screen.")
    subtitle: Text | None = spec("A line under the title.", default=None)
    edition: str | None = spec("The content's edition or date, shown to staff.", default=None)
    languages: Annotated[tuple[Language, ...], MinItems(1)] = spec(
        "The languages visitors can choose, in the order of the switch."
    )
    default_language: LanguageCode = spec("The language each new session starts in.")
    panels: Annotated[tuple[Id, ...], MinItems(1)] = spec(
        "The panel ids, in the order visitors see them; each is a file panels/ID.yaml."
    )
    advisory: Text | None = spec("A content advisory shown before the first panel.", default=None)
    assets: FolderPath = spec(
        "The folder of images and recordings, relative to this file; the bundled exhibition "
        "uses ../assets.",
        default="assets",
    )
    theme: Theme = spec("The colours.", default=Theme())
    idle: IdleSettings = spec("When the kiosk resets.", default=IdleSettings())
    attract: AttractSettings = spec("The attract loop.", default=AttractSettings())


# --- The interface's own words ------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class InterfaceWords:
    """The file interface.yaml: the interface's own words, per language.

    The engine brings them in English and Russian; give them here for any other
    language of the exhibition, or to reword the built-in ones.
    """

    record_name: ClassVar[str] = "Interface words"
    home: SomeLanguages | None = spec("The button back to the home screen.", default=None)
    back: SomeLanguages | None = spec(
        "The button back to the previous page or screen.", default=None
    )
    next_page: SomeLanguages | None = spec("The button to the next page.", default=None)
    previous_page: SomeLanguages | None = spec("The button to the previous page.", default=None)
    page_of: SomeLanguages | None = spec(
        "The page indicator; {page} and {count} are replaced by numbers.", default=None
    )
    sources: SomeLanguages | None = spec("The button that opens a panel's sources.", default=None)
    sources_title: SomeLanguages | None = spec("The heading of the sources drawer.", default=None)
    close: SomeLanguages | None = spec(
        "The button that closes a card, a drawer or a picture.", default=None
    )
    resume: SomeLanguages | None = spec(
        "The button that keeps a session going or goes on past a notice.", default=None
    )
    touch_to_begin: SomeLanguages | None = spec(
        "The invitation shown by the attract loop.", default=None
    )
    still_there: SomeLanguages | None = spec(
        "The question asked when nobody has touched the screen for a while.", default=None
    )
    still_there_hint: SomeLanguages | None = spec(
        "What happens next; {seconds} is replaced by the seconds left.", default=None
    )
    language: SomeLanguages | None = spec(
        "The name of the language switch, for screen readers.", default=None
    )
    advisory_title: SomeLanguages | None = spec(
        "The heading of the content advisory.", default=None
    )
    glossary: SomeLanguages | None = spec("The label of a glossary card.", default=None)
    zoom_hint: SomeLanguages | None = spec("The hint on a picture shown full screen.", default=None)
    about: SomeLanguages | None = spec(
        "Before an approximate number: 'about 767,000'.", default=None
    )
    more_than: SomeLanguages | None = spec(
        "Before a lower bound: 'more than 680,000'.", default=None
    )
    at_least: SomeLanguages | None = spec("Before a minimum: 'at least 100,000'.", default=None)
    up_to: SomeLanguages | None = spec("Before a maximum: 'up to 445,000'.", default=None)
    source: SomeLanguages | None = spec(
        "Before a figure's or a quotation's source: 'Source: Werth 2010'.", default=None
    )
    chart: SomeLanguages | None = spec("The label of a chart.", default=None)
    timeline: SomeLanguages | None = spec("The label of a timeline.", default=None)
    map: SomeLanguages | None = spec("The label of a map.", default=None)
    total: SomeLanguages | None = spec("Before a stacked bar's total: 'Total'.", default=None)
    months: SomeLanguages | None = spec(
        "The twelve month names, separated by spaces, as in 'August 1936'.", default=None
    )
    months_of: SomeLanguages | None = spec(
        "The twelve month names as they follow a day, as in '5 August 1937' "
        "(in Russian the genitive: 'августа').",
        default=None,
    )
    timeline_hint: SomeLanguages | None = spec(
        "How to explore a timeline with the fingers.", default=None
    )
    map_hint: SomeLanguages | None = spec("How to explore a map with the fingers.", default=None)
    map_borders: SomeLanguages | None = spec(
        "The note on a map that its borders are today's, not those of the time.", default=None
    )
    zoom_in: SomeLanguages | None = spec("The button that zooms in.", default=None)
    zoom_out: SomeLanguages | None = spec("The button that zooms out.", default=None)
    show_all: SomeLanguages | None = spec(
        "The button that shows a whole timeline or map again.", default=None
    )
    execution_site: SomeLanguages | None = spec(
        "A map place of the kind execution-site.", default=None
    )
    burial_site: SomeLanguages | None = spec("A map place of the kind burial-site.", default=None)
    region: SomeLanguages | None = spec("A map place of the kind region.", default=None)
    place: SomeLanguages | None = spec("A map place of the kind place.", default=None)
    accessibility: SomeLanguages | None = spec(
        "The accessibility button's name and the title of its card.", default=None
    )
    accessibility_hint: SomeLanguages | None = spec(
        "The accessibility card's note that its settings reset for the next visitor.",
        default=None,
    )
    text_size: SomeLanguages | None = spec("The heading of the text size buttons.", default=None)
    text_standard: SomeLanguages | None = spec("The standard text size.", default=None)
    text_larger: SomeLanguages | None = spec("The larger text size.", default=None)
    text_largest: SomeLanguages | None = spec("The largest text size.", default=None)
    high_contrast: SomeLanguages | None = spec("The high-contrast switch.", default=None)
    high_contrast_hint: SomeLanguages | None = spec(
        "What the high-contrast switch does.", default=None
    )
    low_reach: SomeLanguages | None = spec(
        "The switch that brings everything into the lower half of the screen.", default=None
    )
    low_reach_hint: SomeLanguages | None = spec("What the low-reach switch does.", default=None)
    switch_on: SomeLanguages | None = spec("A switch that is on.", default=None)
    switch_off: SomeLanguages | None = spec("A switch that is off.", default=None)
    narration: SomeLanguages | None = spec("The label of a page's audio.", default=None)
    listen: SomeLanguages | None = spec("The button that plays a page's audio.", default=None)
    pause: SomeLanguages | None = spec("The button that pauses a page's audio.", default=None)
    transcript: SomeLanguages | None = spec(
        "The button that shows what the audio says, as text.", default=None
    )


FILE_RECORDS: dict[str, type] = {
    "exhibition": Manifest,
    "panel": Panel,
    "glossary": Glossary,
    "bibliography": Bibliography,
    "interface": InterfaceWords,
}
"""The record each kind of content file holds, by the name ``kiosk schema`` uses."""
