"""The ``kiosk`` command as staff and curators use it from a shell."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def test_run_without_a_display_says_how_in_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = _kiosk("run", "content", env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "xvfb-run" in lines[0]
    assert "Traceback" not in result.stderr


def test_bundled_content_validates_strictly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "content"), "--strict"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.endswith(": 0 errors, 0 warnings")


@pytest.mark.parametrize(
    "args", [["validate", "--format", "xml"], ["frobnicate"], [], ["run", "--size", "big"]]
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args) if args else sys.exit(main(args))
    assert exit_info.value.code == 2


def test_screenshot_names_the_block_types_it_knows(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["screenshot", "content", "--out", "shots", "--only", "chart,graph"])
    assert exit_info.value.code == 2
    assert "unknown block type 'graph' (use: chart, figure, image, map" in capsys.readouterr().err


def test_missing_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_version_matches_the_installed_package(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {version('kiosk')}"
