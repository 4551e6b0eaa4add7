"""Build exhibitions for tests: the valid base, with a broken case laid over it."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.cli import main

HERE = Path(__file__).parent
BASE = HERE / "base"
"""A small valid exhibition that uses every block type, in English and Russian."""

BROKEN = HERE / "broken"
"""One folder per broken case: the files it changes, remove.txt and expected.txt."""

CASE_FILES = ("expected.txt", "remove.txt")
"""Files of a case folder that describe the case instead of being laid over the base."""

PROBLEM_LINE = re.compile(r"[^:\s][^:]*:\d+:\d+: (error|warning): \S.*")
"""``PATH:LINE:COL: error|warning: message (hint)``, as compilers print them."""


@dataclass(frozen=True)
class Validation:
    """What one ``kiosk validate`` run printed, with the exhibition folder left out."""

    exit_code: int
    problems: list[str]
    summary: str

    @property
    def errors(self) -> int:
        return sum(": error: " in line for line in self.problems)

    @property
    def warnings(self) -> int:
        return sum(": warning: " in line for line in self.problems)


def copy_base(tmp_path: Path) -> Path:
    """A fresh copy of the base exhibition, in ``tmp_path/exhibition``."""
    folder = tmp_path / "exhibition"
    shutil.copytree(BASE, folder, symlinks=True)
    return folder


def overlay(case: Path, tmp_path: Path) -> Path:
    """The base exhibition with the case's removals done and its files laid over it."""
    folder = copy_base(tmp_path)
    removals = case / "remove.txt"
    if removals.exists():
        for removed in removals.read_text(encoding="utf-8").split():
            (folder / removed).unlink()
    for source in sorted(case.rglob("*")):
        relative = source.relative_to(case)
        if source.is_file() and relative.as_posix() not in CASE_FILES:
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return folder


def expected_lines(case: Path) -> list[str]:
    return (case / "expected.txt").read_text(encoding="utf-8").splitlines()


def replace_in(path: Path, old: str, new: str) -> None:
    """Edit a copied content file; the old text must be there exactly once."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {path.name} exactly once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def validate(folder: Path, capsys: pytest.CaptureFixture[str], *options: str) -> Validation:
    """Run ``kiosk validate FOLDER`` in-process; paths come back relative to the folder."""
    exit_code = main(["validate", str(folder), *options])
    lines = capsys.readouterr().out.splitlines()
    prefix = f"{folder}{os.sep}"
    assert all(line.startswith(prefix) for line in lines[:-1]), "problems name files in folder"
    problems = [line.removeprefix(prefix) for line in lines[:-1]]
    summary = lines[-1]
    assert summary.startswith(f"{folder}: "), summary
    return Validation(exit_code, problems, summary.removeprefix(f"{folder}: "))


def counts(errors: int, warnings: int) -> str:
    """The end of the summary line: ``1 error, 2 warnings``."""
    return (
        f"{errors} error{'' if errors == 1 else 's'}, "
        f"{warnings} warning{'' if warnings == 1 else 's'}"
    )
