"""The systemd user unit, and ``kiosk install-service`` that writes it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.service import QUIT_TO_DESKTOP, exec_start, kiosk_unit, quote, template_unit
from kiosk.servicecmd import NEXT_STEPS, kiosk_command

ROOT = Path(__file__).resolve().parents[1]
KIOSK = ["/home/kiosk/kiosk/.venv/bin/kiosk"]


def _settings(unit: str) -> dict[str, list[str]]:
    """Every ``Key=value`` of a unit, comments left out."""
    found: dict[str, list[str]] = {}
    for line in unit.splitlines():
        if line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key, []).append(value)
    return found


def test_the_unit_restarts_the_kiosk_forever_and_watches_it() -> None:
    unit = kiosk_unit(KIOSK, Path("/etc/kiosk/settings.yaml"))
    assert _settings(unit) == {
        "Description": ["Exhibition kiosk"],
        "After": ["graphical-session.target"],
        "PartOf": ["graphical-session.target"],
        "StartLimitIntervalSec": ["0"],
        "Type": ["notify"],
        "NotifyAccess": ["main"],
        "ExecStart": ["/home/kiosk/kiosk/.venv/bin/kiosk run --settings /etc/kiosk/settings.yaml"],
        "Restart": ["always"],
        "RestartPreventExitStatus": [str(QUIT_TO_DESKTOP)],
        "SuccessExitStatus": [str(QUIT_TO_DESKTOP)],
        "RestartSec": ["2"],
        "WatchdogSec": ["30"],
        "TimeoutStartSec": ["60"],
        "TimeoutStopSec": ["15"],
        "WantedBy": ["graphical-session.target"],
    }
    assert unit.index("StartLimitIntervalSec=0") < unit.index("[Service]")  # a [Unit] setting


def test_every_setting_is_explained_by_a_comment_above_it() -> None:
    lines = template_unit().splitlines()
    for number, line in enumerate(lines):
        if line and not line.startswith(("#", "[")):
            assert lines[number - 1].startswith("#"), f"no comment above {line!r}"


def test_deploy_kiosk_service_is_the_template() -> None:
    regenerate = (
        "python -c 'from kiosk.service import template_unit; print(template_unit(), end=\"\")'"
        " > deploy/kiosk.service"
    )
    text = (ROOT / "deploy" / "kiosk.service").read_text(encoding="utf-8")
    assert text == template_unit(), f"out of date: {regenerate}"
    assert "ExecStart=%h/kiosk/.venv/bin/kiosk run --settings /etc/kiosk/settings.yaml\n" in text


@pytest.mark.parametrize(
    ("word", "quoted"),
    [
        ("/opt/kiosk/bin/kiosk", "/opt/kiosk/bin/kiosk"),
        ("/home/museum staff/kiosk", '"/home/museum staff/kiosk"'),
        ("/srv/100%/settings.yaml", "/srv/100%%/settings.yaml"),
        ("/srv/$HOME/a", "/srv/$$HOME/a"),
        ('/srv/say "hi"/a', '"/srv/say \\"hi\\"/a"'),
        ("/srv/back\\slash", '"/srv/back\\\\slash"'),
        (";", '";"'),
        ("", '""'),
    ],
)
def test_words_are_quoted_as_systemd_reads_them(word: str, quoted: str) -> None:
    assert quote(word) == quoted


def test_a_newline_in_a_path_is_refused() -> None:
    with pytest.raises(ValueError, match="control character"):
        exec_start(["/srv/two\nlines"])


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_accepts_the_unit_even_with_spaces_and_percent_signs(tmp_path: Path) -> None:
    program = _executable(tmp_path / "museum staff" / "100% kiosk" / "kiosk")
    settings = tmp_path / "my settings.yaml"
    units = tmp_path / "units"
    units.mkdir()
    (units / "kiosk.service").write_text(kiosk_unit([str(program)], settings), encoding="utf-8")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    result = subprocess.run(
        ["systemd-analyze", "--user", "verify", str(units / "kiosk.service")],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime), "SYSTEMD_LOG_LEVEL": "notice"},
        timeout=60,
        check=False,
    )
    # A wrongly quoted ExecStart names a program that does not exist; systemd says so.
    assert (result.returncode, result.stderr) == (0, "")


def test_install_service_print(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["install-service", "--print", "--settings", "/etc/kiosk/hall 2.yaml"]) == 0
    out = capsys.readouterr().out
    command = " ".join(kiosk_command())
    assert f'\nExecStart={command} run --settings "/etc/kiosk/hall 2.yaml"\n' in out
    assert out == kiosk_unit(kiosk_command(), Path("/etc/kiosk/hall 2.yaml"))


def test_install_service_writes_the_unit_and_says_what_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "settings.yaml").write_text("fullscreen: true\n", encoding="utf-8")
    args = ["install-service", "--settings", "settings.yaml", "--user-dir", "units"]
    assert main(args) == 0
    unit = tmp_path / "units" / "kiosk.service"
    assert unit.read_text(encoding="utf-8") == kiosk_unit(
        kiosk_command(), tmp_path / "settings.yaml"
    )
    first = capsys.readouterr()
    assert first.out == f"{unit}: written\n{NEXT_STEPS}"
    assert "does not exist" not in first.err
    assert main(args) == 0
    assert capsys.readouterr().out.startswith(f"{unit}: unchanged\n")


def test_the_next_steps_name_the_commands_staff_type() -> None:
    for command in (
        "systemctl --user daemon-reload",
        "systemctl --user enable --now kiosk",
        "journalctl --user -u kiosk -f",
    ):
        assert command in NEXT_STEPS


def test_a_missing_settings_file_is_noted_but_the_unit_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.yaml"
    assert main(["install-service", "--settings", str(missing), "--user-dir", str(tmp_path)]) == 0
    assert f"note: {missing} does not exist yet" in capsys.readouterr().err
    assert (tmp_path / "kiosk.service").is_file()


def test_an_unwritable_folder_is_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    assert main(["install-service", "--user-dir", str(blocker / "units")]) == 1
    assert f"kiosk install-service: cannot write {blocker}/units/kiosk.service:" in (
        capsys.readouterr().err
    )


def test_the_command_is_the_running_kiosk_program(monkeypatch: pytest.MonkeyPatch) -> None:
    script = Path(sys.executable).parent / "kiosk"
    if not script.is_file():
        pytest.skip("the kiosk program is not installed beside this Python")
    monkeypatch.setattr(sys, "argv", [str(script), "install-service"])
    assert kiosk_command() == [str(script.resolve())]
    monkeypatch.setattr(sys, "argv", ["/somewhere/kiosk/__main__.py"])  # python -m kiosk
    assert kiosk_command() == [str(script.resolve())]


def test_without_a_kiosk_program_it_is_python_dash_m(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "argv", ["/somewhere/kiosk/__main__.py"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python3"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert kiosk_command() == [str(tmp_path / "bin" / "python3"), "-m", "kiosk"]
