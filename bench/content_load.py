"""How long loading and validating an exhibition takes, and how it grows.

Loads the bundled exhibition, then generated exhibitions of 125 to 1,000
panels of 10 pages each (every page with a linked text, a key figure and a
quote, like the bundled content), and prints the time per panel so a
non-linear cost shows. Each size is timed several times; the best run counts,
because this machine is shared and noisy.

The baseline, measured in the same run on the same files, is the cost of
merely reading them with PyYAML's C parser (every event, nothing built): the
floor for any loader that keeps line numbers with PyYAML. The ratio to it shows
what our own composing and checking add.

Last line: ``content_load_1000_panels_ms: N`` (target: under 1,000 ms).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import yaml

from kiosk.content import load_exhibition

PAGE = """\
  - title: {{en: "Page {page} of panel {panel}", ru: "Страница {page} панели {panel}"}}
    sources: [source-{source}]
    blocks:
      - type: text
        text:
          en: >-
            The [[term-{term}]] sentenced people in their absence, several hundred cases in
            a single session. Relatives were told nothing of the verdict ({panel}.{page}).
          ru: >-
            [[term-{term}|Тройка]] выносила приговоры заочно, по нескольку сотен дел за одно
            заседание. Родственникам о приговоре не сообщали ({panel}.{page}).
      - type: figure
        value: {value}
        qualifier: about
        label: {{en: people condemned, ru: человек осуждены}}
        sources: [source-{source}]
      - type: quote
        text: {{en: "once and for all", ru: "раз и навсегда"}}
        attribution: {{en: Order No. 00447, ru: Приказ № 00447}}
        sources: [source-{source}]
"""


def write_exhibition(folder: Path, panels: int, pages: int = 10) -> None:
    """A valid exhibition of ``panels`` panels in ``folder``."""
    (folder / "panels").mkdir(parents=True)
    (folder / "assets").mkdir()
    ids = [f"panel-{n}" for n in range(panels)]
    (folder / "exhibition.yaml").write_text(
        "title: {en: Generated, ru: Сгенерировано}\n"
        "languages: [{code: en, name: English}, {code: ru, name: Русский}]\n"
        f"default_language: en\npanels: [{', '.join(ids)}]\n",
        encoding="utf-8",
    )
    for n, panel_id in enumerate(ids):
        body = "".join(
            PAGE.format(panel=n, page=p, term=p % 20, source=p % 5, value=1000 + n * pages + p)
            for p in range(pages)
        )
        (folder / "panels" / f"{panel_id}.yaml").write_text(
            f"title: {{en: Panel {n}, ru: Панель {n}}}\nsummary: {{en: S, ru: C}}\n"
            f"theme_colour: '#8a3b2e'\npages:\n{body}",
            encoding="utf-8",
        )
    terms = "".join(
        f"  term-{t}:\n    term: {{en: troika, ru: тройка}}\n"
        f"    definition: {{en: A board of three., ru: Комиссия из трёх.}}\n"
        for t in range(20)
    )
    (folder / "glossary.yaml").write_text(f"terms:\n{terms}", encoding="utf-8")
    sources = "".join(f"  source-{s}:\n    title: Work {s}\n    year: 2010\n" for s in range(5))
    (folder / "bibliography.yaml").write_text(f"sources:\n{sources}", encoding="utf-8")


def best_ms(folder: Path, runs: int) -> float:
    """The fastest of ``runs`` full loads, in milliseconds; fails loudly on problems."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        report = load_exhibition(folder)
        best = min(best, (time.perf_counter() - start) * 1000)
        if report.problems:
            raise SystemExit(f"{folder}: {report.problems[0]}")
    return best


def parser_floor_ms(folder: Path, runs: int) -> float:
    """The fastest of ``runs`` passes of PyYAML's C parser over every file, in ms."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.yaml"))]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            parser = yaml.CSafeLoader(text)
            while type(parser.get_event()) is not yaml.StreamEndEvent:
                pass
            parser.dispose()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per size")
    args = parser.parse_args()
    bundled = Path(__file__).resolve().parent.parent / "content"
    print(f"bundled exhibition: {best_ms(bundled, args.runs):.1f} ms")
    result = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for panels in (125, 250, 500, 1000):
            folder = Path(tmp) / str(panels)
            write_exhibition(folder, panels)
            result = best_ms(folder, args.runs)
            floor = parser_floor_ms(folder, args.runs)
            print(
                f"{panels:5d} panels x 10 pages: {result:8.1f} ms "
                f"({result / panels:.3f} ms per panel; PyYAML C parser alone "
                f"{floor:.1f} ms, ratio {result / floor:.2f})"
            )
    print(f"content_load_1000_panels_ms: {result:.0f}")


if __name__ == "__main__":
    main()
