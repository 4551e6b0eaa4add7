"""The content engine imports no Qt, so it can be tested, validated and reused without it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kiosk.content

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "shiboken2")
CONTENT = Path(kiosk.content.__file__).parent
SOURCES = sorted(CONTENT.rglob("*.py"))


def test_importing_the_engine_loads_no_qt() -> None:
    code = (
        "import sys, kiosk.content, kiosk.content.export\n"
        f"qt = sorted(m for m in sys.modules if m.startswith({QT_MODULES!r}))\n"
        "assert not qt, qt\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(CONTENT.parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def imported_modules(source: Path) -> list[str]:
    """Every module a file imports, at any depth (inside functions too)."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.append(str(node.args[0].value))
    return names


def test_the_scan_finds_the_engine_sources() -> None:
    assert {"yamlfile.py", "schema.py", "exhibition.py", "export.py"} <= {p.name for p in SOURCES}


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_no_source_file_imports_qt(source: Path) -> None:
    qt = [name for name in imported_modules(source) if name.split(".")[0] in QT_MODULES]
    assert qt == [], f"{source.name} imports {qt}"


def test_the_scan_would_notice_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\n\ndef f():\n    from PySide6.QtCore import QObject\n"
        "    importlib.import_module('shiboken6')\n",
        encoding="utf-8",
    )
    assert imported_modules(sample) == ["os", "PySide6.QtCore", "shiboken6"]
