"""Load and validate a whole exhibition folder in one pass.

:func:`load_exhibition` never raises for bad content: it returns a
:class:`Report` with every problem found, and the exhibition only when there
are no errors, so a running kiosk can keep showing its last good content.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.assets import AssetError, AssetFolder
from kiosk.content.checks import (
    check_interface_words,
    check_languages,
    check_references,
    check_theme,
    merged_words,
)
from kiosk.content.kinds import ID_PATTERN, INVALID, Context
from kiosk.content.problems import (
    Checked,
    ContentError,
    Location,
    Problem,
    ProblemLog,
    did_you_mean,
    sorted_problems,
)
from kiosk.content.records import RecordKind
from kiosk.content.schema import (
    Bibliography,
    Glossary,
    GlossaryTerm,
    InterfaceWords,
    Manifest,
    Panel,
    Source,
)
from kiosk.content.yamlfile import Mapping, Node, Scalar, Sequence, read_yaml_file

MANIFEST_FILE = "exhibition.yaml"
PANELS_FOLDER = "panels"
GLOSSARY_FILE = "glossary.yaml"
BIBLIOGRAPHY_FILE = "bibliography.yaml"
INTERFACE_FILE = "interface.yaml"


@dataclass(frozen=True)
class Exhibition:
    """A validated exhibition, ready to show."""

    folder: Path
    manifest: Manifest
    panels: tuple[Panel, ...]
    glossary: dict[str, GlossaryTerm]
    bibliography: dict[str, Source]
    assets: AssetFolder
    words: dict[str, dict[str, str]]
    """The interface's words by language, then by key (see InterfaceWords)."""

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.manifest.languages)

    def panel(self, panel_id: str) -> Panel | None:
        return next((p for p in self.panels if p.id == panel_id), None)


@dataclass(frozen=True)
class Stats:
    """What was read, for the one-line summary."""

    panels: int = 0
    pages: int = 0
    languages: tuple[str, ...] = ()
    assets: int = 0


@dataclass(frozen=True)
class Report(Checked):
    """The outcome of loading a folder: the exhibition if it is usable, and all problems."""

    folder: Path
    exhibition: Exhibition | None
    problems: list[Problem]
    stats: Stats = field(default_factory=Stats)
    folders: tuple[Path, ...] = ()
    """The folders the content was read from (the exhibition's and its asset folder)."""

    def summary(self) -> str:
        s = self.stats
        languages = f" ({', '.join(s.languages)})" if s.languages else ""
        return (
            f"{_count(s.panels, 'panel')}, {_count(s.pages, 'page')}, "
            f"{_count(len(s.languages), 'language')}{languages}, "
            f"{_count(s.assets, 'asset')}: {_count(len(self.errors), 'error')}, "
            f"{_count(len(self.warnings), 'warning')}"
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def load_exhibition(folder: Path) -> Report:
    """Read, check and cross-check every file of the exhibition in ``folder``."""
    loader = _Loader(folder)
    exhibition = loader.load()
    problems = sorted_problems(loader.log)
    return Report(folder, exhibition, problems, loader.stats(), loader.folders())


class _Loader:
    """One validation pass over an exhibition folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.log = ProblemLog()
        self.languages: tuple[str, ...] = ()
        self.asset_folder: AssetFolder | None = None
        self.used_assets: set[Path] = set()
        self.contexts: list[Context] = []
        self.manifest_root: Node | None = None
        self.panels: list[Panel] = []
        self.pages_read: dict[str, int] = {}
        """Pages per panel file read, broken or not, for the summary line."""

    def load(self) -> Exhibition | None:
        manifest = self._load_manifest()
        listed = _declared_panels(self.manifest_root, self.folder / MANIFEST_FILE, self.log)
        self.panels = self._load_panels(listed)
        self._warn_unlisted_panels(listed)
        glossary, term_ids = self._load_optional(GLOSSARY_FILE, Glossary, "terms")
        bibliography, source_ids = self._load_optional(BIBLIOGRAPHY_FILE, Bibliography, "sources")
        interface, _ = self._load_optional(INTERFACE_FILE, InterfaceWords, None)
        words = merged_words(interface if isinstance(interface, InterfaceWords) else None)
        terms = glossary.terms if isinstance(glossary, Glossary) else {}
        sources = bibliography.sources if isinstance(bibliography, Bibliography) else {}
        known = {
            "source": source_ids,
            "glossary term": term_ids,
            "panel": set(listed) if self.manifest_root is not None else None,
        }
        self._cross_check(manifest, known, words)
        if manifest is None or self.log.errors or self.asset_folder is None:
            return None
        return Exhibition(
            self.folder, manifest, tuple(self.panels), terms, sources, self.asset_folder, words
        )

    def folders(self) -> tuple[Path, ...]:
        assets = () if self.asset_folder is None else (self.asset_folder.root,)
        return (self.folder, *assets)

    # -- files -----------------------------------------------------------------------------

    def _read(self, path: Path) -> Node | None:
        try:
            parsed = read_yaml_file(path)
        except ContentError as exc:
            self.log.add(exc.problem)
            return None
        for problem in parsed.problems:
            self.log.add(problem)
        if parsed.root is None:
            self.log.error(
                Location(path),
                "the file is empty",
                "see docs/CONTENT.md for what it holds",
            )
        return parsed.root

    def _convert(self, path: Path, root: Node, record: type) -> Any:
        ctx = Context(path, self.log, self.languages, self._resolve_asset)
        self.contexts.append(ctx)
        return RecordKind(record).convert(root, ctx)

    def _load_manifest(self) -> Manifest | None:
        path = self.folder / MANIFEST_FILE
        if not path.is_file():
            self._missing_manifest(path)
            return None
        root = self._read(path)
        if root is None:
            return None
        self.manifest_root = root
        self.languages = _declared_languages(root)
        self.asset_folder = self._asset_folder(root)
        manifest = self._convert(path, root, Manifest)
        return manifest if isinstance(manifest, Manifest) else None

    def _missing_manifest(self, path: Path) -> None:
        near = [p.name for p in self.folder.glob("*.y*ml")] if self.folder.is_dir() else []
        import difflib  # only when there is a mistake to hint at

        similar = difflib.get_close_matches(MANIFEST_FILE, near, n=1, cutoff=0.8)
        hint = (
            f"rename {similar[0]} to {MANIFEST_FILE}"
            if similar
            else f"create {MANIFEST_FILE} with title, languages and panels"
        )
        self.log.error(Location(path), f"the exhibition has no manifest {MANIFEST_FILE}", hint)

    def _load_panels(self, listed: dict[str, Location]) -> list[Panel]:
        panels = []
        for panel_id, where in listed.items():
            path = self.folder / PANELS_FOLDER / f"{panel_id}.yaml"
            if not path.is_file():
                self._missing_panel(panel_id, path, where)
                continue
            root = self._read(path)
            pages = _entry(root, "pages")
            self.pages_read[panel_id] = len(pages.items) if isinstance(pages, Sequence) else 0
            panel = self._convert(path, root, Panel) if root is not None else INVALID
            if isinstance(panel, Panel):
                panels.append(dataclasses.replace(panel, id=panel_id))
        return panels

    def _missing_panel(self, panel_id: str, path: Path, where: Location) -> None:
        folder = self.folder / PANELS_FOLDER
        existing = [p.stem for p in folder.glob("*.yaml")] if folder.is_dir() else []
        hint = did_you_mean(panel_id, existing) or f"create {PANELS_FOLDER}/{panel_id}.yaml"
        self.log.error(where, f"panel '{panel_id}' has no file {PANELS_FOLDER}/{path.name}", hint)

    def _warn_unlisted_panels(self, listed: dict[str, Location]) -> None:
        folder = self.folder / PANELS_FOLDER
        if self.manifest_root is None or not folder.is_dir():
            return
        for path in sorted(folder.iterdir()):
            if path.suffix == ".yml":
                self.log.warning(
                    Location(path),
                    "ignored: panel files end in .yaml",
                    f"rename it to {path.stem}.yaml",
                )
            elif path.suffix == ".yaml" and path.stem not in listed:
                self.log.warning(
                    Location(path),
                    f"panel '{path.stem}' is not listed in "
                    f"{MANIFEST_FILE}, so visitors will not see it",
                    f"add '{path.stem}' to the panels in {MANIFEST_FILE}",
                )

    def _load_optional(
        self, name: str, record: type, key: str | None
    ) -> tuple[Any, set[str] | None]:
        """The record in an optional file, and the ids it defines under ``key``.

        The ids are read from the file even where an entry is broken, so one bad
        entry does not also turn every citation of it into an error. They are
        ``None`` when the file cannot be read at all: citations are then unchecked.
        """
        path = self.folder / name
        if not path.exists():
            return None, set()
        root = self._read(path)
        if root is None:
            return None, None
        entries = _entry(root, key) if key else None
        ids = set(entries.entries) if isinstance(entries, Mapping) else set()
        return self._convert(path, root, record), ids

    # -- assets ----------------------------------------------------------------------------

    def _asset_folder(self, root: Node) -> AssetFolder | None:
        node = _entry(root, "assets")
        relative = "assets"
        if isinstance(node, Scalar) and isinstance(node.value, str):
            relative = node.value
        folder = self.folder / relative
        if node is not None and not folder.is_dir():
            self.log.error(
                Location(self.folder / MANIFEST_FILE, node.line, node.column),
                f"the asset folder '{relative}' does not exist",
                "create it, or give the folder your images are in",
            )
        return AssetFolder(folder, f"{relative.rstrip('/')}/")

    def _resolve_asset(self, relative: str, where: Location) -> str | None:
        if self.asset_folder is None:
            return None
        try:
            self.used_assets.add(self.asset_folder.resolve(relative))
        except AssetError as exc:
            self.log.error(where, exc.message, exc.hint)
            return None
        return relative

    # -- cross-checks ----------------------------------------------------------------------

    def _cross_check(
        self,
        manifest: Manifest | None,
        known: dict[str, set[str] | None],
        words: dict[str, dict[str, str]],
    ) -> None:
        refs = [ref for ctx in self.contexts for ref in ctx.refs]
        check_references(refs, known, self.log)
        if manifest is None:
            return
        where = Location(self.folder / MANIFEST_FILE)
        check_languages(manifest, self.contexts, self.log, where, self.manifest_root)
        check_theme(manifest, self.log, where, self.manifest_root)
        check_interface_words(manifest, words, self.log, where, self.manifest_root)

    def stats(self) -> Stats:
        return Stats(
            len(self.pages_read),
            sum(self.pages_read.values()),
            self.languages,
            len(self.used_assets),
        )


def _entry(node: Node | None, key: str) -> Node | None:
    """The value of ``key`` in a mapping node, if the node is a mapping that has it."""
    if isinstance(node, Mapping) and key in node.entries:
        return node.entries[key][1]
    return None


def _declared_panels(root: Node | None, manifest: Path, log: ProblemLog) -> dict[str, Location]:
    """The panel ids the manifest lists, each once, read even if the manifest has errors.

    Panels are then checked whatever else is wrong with the manifest, so a curator
    sees every problem in one run.
    """
    node = _entry(root, "panels")
    listed: dict[str, Location] = {}
    for item in node.items if isinstance(node, Sequence) else []:
        if not isinstance(item, Scalar) or not isinstance(item.value, str):
            continue
        where = Location(manifest, item.line, item.column)
        if item.value in listed:
            log.error(where, f"panel '{item.value}' is listed twice", "list each panel once")
        elif re.fullmatch(ID_PATTERN, item.value):
            listed[item.value] = where
    return listed


def _declared_languages(root: Node) -> tuple[str, ...]:
    """The language codes the manifest lists, read before the manifest is checked."""
    node = _entry(root, "languages")
    if not isinstance(node, Sequence):
        return ()
    codes = (_entry(item, "code") for item in node.items)
    return tuple(c.value for c in codes if isinstance(c, Scalar) and isinstance(c.value, str))
