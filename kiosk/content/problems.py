"""Problems found in content files, reported the way compilers do.

Every problem points at a file, a line and a column, so a curator can jump to
it from any editor: ``content/panels/context.yaml:14:5: warning: unknown key
'titel' (did you mean 'title'?)``. Problems are collected, never raised one by
one, so a single validation run lists everything that is wrong.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path


class Severity(enum.Enum):
    """How bad a problem is: errors stop content from loading, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a content file; line and column count from 1."""

    path: Path
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, with where it is and how to fix it."""

    location: Location
    severity: Severity
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        text = f"{self.location}: {self.severity.value}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_dict(self) -> dict[str, object]:
        """The problem as plain data, for ``kiosk validate --format json``."""
        return {
            "path": str(self.location.path),
            "line": self.location.line,
            "column": self.location.column,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
        }


class ContentError(Exception):
    """A content file cannot be read at all (bad bytes, bad YAML, too large)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class ProblemLog:
    """Collects problems during one validation pass."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, where: Location, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(where, Severity.ERROR, message, hint))

    def warning(self, where: Location, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(where, Severity.WARNING, message, hint))

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    @property
    def errors(self) -> list[Problem]:
        return of_severity(self.problems, Severity.ERROR)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)


class Checked:
    """A mixin for the outcome of a check that holds ``problems``: its errors, its warnings,
    and whether it is usable (no errors). The content's and the settings' reports share it."""

    problems: Sequence[Problem]

    @property
    def errors(self) -> list[Problem]:
        return of_severity(self.problems, Severity.ERROR)

    @property
    def warnings(self) -> list[Problem]:
        return of_severity(self.problems, Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors


def of_severity(problems: Iterable[Problem], severity: Severity) -> list[Problem]:
    """The problems of one severity, in their order."""
    return [p for p in problems if p.severity is severity]


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A 'did you mean ...?' hint for a misspelt key or id, if one is close."""
    import difflib  # only when there is a mistake to hint at

    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{matches[0]}'?" if matches else None


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in file order, so the report reads top to bottom."""
    return sorted(problems, key=lambda p: (p.location, p.severity.value))
