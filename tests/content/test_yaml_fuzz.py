"""Hostile and random input: the YAML reader and the validator never crash and never hang.

``parse_yaml`` may only return or raise :class:`ContentError`; ``load_exhibition``
may only return a report. Time is checked per example (``deadline=None`` keeps
Hypothesis from failing on a slow first run; the assertions below are the limit).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.content import load_exhibition
from kiosk.content.problems import ContentError
from kiosk.content.yamlfile import parse_yaml
from tests.content.corpus import BASE

X = Path("x.yaml")
PARSE_SECONDS = 1.0
LOAD_SECONDS = 2.0


def fuzz(examples: int) -> settings:
    """Settings for one fuzz test: the timing is asserted per example, not by Hypothesis."""
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            "yes",
            "no",
            "on",
            "~",
            "1937-08-05",
            "1937-13-40",
            "[[troika]]",
            "[[",
            "#8a3b2e",
            "hall.png",
            "../x.png",
            "en",
            "ru",
            "text",
            "image",
            "<<",
        ]
    ),
)
keys = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "title",
            "summary",
            "theme_colour",
            "pages",
            "blocks",
            "type",
            "text",
            "en",
            "ru",
            "image",
            "alt",
            "credit",
            "sources",
            "value",
            "events",
            "points",
            "latitude",
            "categories",
            "series",
            "values",
        ]
    ),
)
trees = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(keys, children, max_size=5),
    max_leaves=30,
)


def check_parse(data: bytes) -> None:
    started = time.perf_counter()
    problem = None
    try:
        parse_yaml(data, X)
    except ContentError as error:
        problem = error.problem
    assert time.perf_counter() - started < PARSE_SECONDS
    if problem is not None:
        assert problem.location.line >= 1
        assert problem.location.column >= 1


def dumped(tree: Any) -> str:
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)


@fuzz(300)
@given(st.binary(max_size=2000))
@example(b"a: &a [*a]")
@example(b"\xef\xbb\xbf- \x00")
@example(b"\t- x\n\t- y")
@example(b"[" * 5000)
@example(b"a: b: c: d")
@example(b"--- !!python/object/apply:os.system [ls]")
def test_any_bytes_are_read_or_refused(data: bytes) -> None:
    check_parse(data)


@fuzz(150)
@given(st.text(alphabet=st.sampled_from(list("[]{}:,-&*!|>'\"#?%@` \n\tab1.~")), max_size=300))
def test_yaml_punctuation_soup_is_read_or_refused(text: str) -> None:
    check_parse(text.encode("utf-8"))


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    """A dumped tree, sometimes with anchors and aliases spliced into its lines."""
    lines = dumped(draw(trees)).splitlines()
    for _ in range(draw(st.integers(0, 3))):
        if not lines:
            break
        where = draw(st.integers(0, len(lines) - 1))
        name = draw(st.sampled_from(["a", "b", "loop"]))
        mark = draw(
            st.sampled_from(
                [
                    f"&{name} ",
                    f"*{name}",
                    f"*{name} ",
                    f"[*{name}]",
                    "!!bool ",
                    "!!timestamp ",
                    "!!float ",
                    "!!int ",
                ]
            )
        )
        column = draw(st.integers(0, len(lines[where])))
        lines[where] = lines[where][:column] + mark + lines[where][column:]
    return "\n".join(lines) + "\n"


@fuzz(80)
@given(trees)
def test_dumped_trees_are_read(tree: Any) -> None:
    text = dumped(tree)
    check_parse(text.encode("utf-8"))


@fuzz(80)
@given(yaml_texts())
def test_trees_with_anchors_and_aliases_are_read_or_refused(text: str) -> None:
    check_parse(text.encode("utf-8"))


@pytest.fixture(scope="module")
def exhibition() -> Iterator[Path]:
    """One copy of the base exhibition for the module; each example rewrites one panel."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "exhibition"
        shutil.copytree(BASE, folder)
        yield folder


def check_load(folder: Path, panel: str) -> None:
    (folder / "panels" / "one.yaml").write_text(panel, encoding="utf-8")
    started = time.perf_counter()
    report = load_exhibition(folder)
    assert time.perf_counter() - started < LOAD_SECONDS
    assert all(p.location.line >= 1 and p.location.column >= 1 for p in report.problems)
    assert (report.exhibition is None) == bool(report.errors)


def panel_like(tree: Any) -> Any:
    """Mostly a panel's outline, so random values reach deep into the schema."""
    return {
        "title": {"en": "T", "ru": "Т"},
        "summary": tree,
        "theme_colour": "#8a3b2e",
        "pages": [{"title": {"en": "P", "ru": "П"}, "blocks": [tree]}],
    }


@fuzz(60)
@given(st.one_of(trees, trees.map(panel_like)))
def test_any_tree_as_a_panel_is_validated(exhibition: Path, tree: Any) -> None:
    check_load(exhibition, dumped(tree))


block_types = st.sampled_from(["text", "image", "quote", "figure", "chart", "timeline", "map"])


@fuzz(60)
@given(block_types, st.dictionaries(keys, trees, max_size=6))
def test_blocks_with_random_fields_are_validated(
    exhibition: Path, kind: str, fields: dict[str, Any]
) -> None:
    check_load(exhibition, dumped(panel_like({"type": kind, **fields})))


@fuzz(40)
@given(yaml_texts())
def test_panel_with_anchors_and_aliases_is_validated(exhibition: Path, text: str) -> None:
    check_load(exhibition, text)
