"""The installation settings file: checked like content, edited without losing a comment.

Real files in ``tmp_path``; every message a member of staff may see is pinned in
full. ``tests/settings/`` holds broken settings files, each with the exact lines
``kiosk settings`` prints for it in ``NAME.expected``.
"""

from __future__ import annotations

import io
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import kiosk.settings
from kiosk.cli import main
from kiosk.content.yamlfile import MAX_VALUES
from kiosk.pin import hash_pin, verify_pin
from kiosk.settings import (
    MEGABYTE,
    Settings,
    SettingsEditError,
    SettingsReport,
    default_settings,
    load_settings,
    save_setting,
    settings_path,
    settings_schema,
)
from kiosk.settingsschema import SettingsFile

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parent / "settings"
CASES = sorted(path.stem for path in CORPUS.glob("*.yaml"))
HASH = hash_pin("2468")
REAL_SYSTEM_SETTINGS = kiosk.settings.SYSTEM_SETTINGS
"""Read before the fixture below points it into each test's own folder."""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No real /etc/kiosk, $KIOSK_SETTINGS or state folder leaks into a test."""
    monkeypatch.setattr(kiosk.settings, "SYSTEM_SETTINGS", tmp_path / "etc" / "settings.yaml")
    monkeypatch.delenv("KIOSK_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def problems(report: SettingsReport) -> list[str]:
    return [str(problem) for problem in report.problems]


def written_in_clear(pin: str, text: str) -> bool:
    """Whether ``pin`` is in ``text`` other than by chance inside the hash's hex digits."""
    return re.search(rf"(?<![0-9a-f]){pin}(?![0-9a-f])", text) is not None


def only_problem(tmp_path: Path, text: str) -> str:
    report = load_settings(write(tmp_path / "settings.yaml", text))
    assert len(report.problems) == 1, problems(report)
    return str(report.problems[0]).replace(f"{tmp_path}/", "")


# --- defaults and resolved values -------------------------------------------------------


def test_the_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    state = tmp_path / "state" / "kiosk"
    assert default_settings() == Settings(
        path=None,
        content=tmp_path / "content",
        fullscreen=False,
        screen=None,
        language=None,
        idle_seconds=None,
        warning_seconds=None,
        slide_seconds=None,
        pin_hash=None,
        log_folder=state / "logs",
        log_max_bytes=10 * 1024 * 1024,
        log_keep_files=10,
        analytics=True,
        database=state / "visits.sqlite3",
    )
    report = load_settings(None)
    assert (report.settings, report.problems, report.ok) == (default_settings(), (), True)


def test_without_xdg_state_home_the_state_is_under_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for value in (None, "relative/state"):  # a relative $XDG_STATE_HOME does not count
        if value is None:
            monkeypatch.delenv("XDG_STATE_HOME")
        else:
            monkeypatch.setenv("XDG_STATE_HOME", value)
        settings = default_settings()
        assert settings.log_folder == tmp_path / "home/.local/state/kiosk/logs"
        assert settings.database == tmp_path / "home/.local/state/kiosk/visits.sqlite3"


def test_an_empty_or_comment_only_file_means_the_defaults(tmp_path: Path) -> None:
    for text in ("", "# nothing set yet\n"):
        report = load_settings(write(tmp_path / "s" / "settings.yaml", text))
        assert (report.problems, report.ok) == ((), True)
        assert report.settings is not None
        assert report.settings.content == tmp_path / "s" / "content"
        assert report.settings.path == tmp_path / "s" / "settings.yaml"


def test_every_key_read_and_resolved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = write(
        tmp_path / "etc/kiosk/settings.yaml",
        f"""\
content: ../../opt/exhibition
fullscreen: true
screen: HDMI-1
language: ru
idle:
  timeout_seconds: 120
  warning_seconds: 30
attract:
  slide_seconds: 12
staff:
  pin_hash: "{HASH}"
logs:
  folder: logs
  max_megabytes: 2
  keep_files: 3
analytics:
  enabled: false
  database: ~/visits.sqlite3
""",
    )
    report = load_settings(path)
    assert report.problems == ()
    assert report.settings == Settings(
        path=path,
        content=tmp_path / "opt/exhibition",
        fullscreen=True,
        screen="HDMI-1",
        language="ru",
        idle_seconds=120.0,
        warning_seconds=30.0,
        slide_seconds=12.0,
        pin_hash=HASH,
        log_folder=tmp_path / "etc/kiosk/logs",
        log_max_bytes=2 * MEGABYTE,
        log_keep_files=3,
        analytics=False,
        database=tmp_path / "home/visits.sqlite3",
    )
    assert report.given == {
        "content",
        "fullscreen",
        "screen",
        "language",
        "idle.timeout_seconds",
        "idle.warning_seconds",
        "attract.slide_seconds",
        "staff.pin_hash",
        "logs.folder",
        "logs.max_megabytes",
        "logs.keep_files",
        "analytics.enabled",
        "analytics.database",
    }


def test_relative_paths_start_at_the_settings_file_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pc/settings.yaml", "content: exhibition\nlogs:\n  folder: ./log/../logs\n")
    monkeypatch.chdir(tmp_path)
    settings = load_settings(Path("pc/settings.yaml")).settings
    assert settings is not None
    assert (settings.content, settings.log_folder) == (
        tmp_path / "pc/exhibition",
        tmp_path / "pc/logs",
    )
    assert settings.path == tmp_path / "pc/settings.yaml"


def test_a_screen_is_a_number_or_a_name(tmp_path: Path) -> None:
    for written, screen in (("0", 0), ("2", 2), ("HDMI-1", "HDMI-1"), ('"1"', "1")):
        settings = load_settings(write(tmp_path / "s.yaml", f"screen: {written}\n")).settings
        assert settings is not None
        assert settings.screen == screen


def test_empty_sections_and_empty_optional_keys_mean_the_defaults(tmp_path: Path) -> None:
    report = load_settings(write(tmp_path / "s.yaml", "staff:\nidle:\n  timeout_seconds:\n"))
    assert report.problems == ()
    assert report.settings is not None
    assert (report.settings.pin_hash, report.settings.idle_seconds) == (None, None)


def test_the_idle_and_attract_limits_are_the_exhibitions(tmp_path: Path) -> None:
    from kiosk.content.records import fields_by_name
    from kiosk.content.schema import AttractSettings, IdleSettings
    from kiosk.settingsschema import AttractOverride, IdleOverride

    pairs = [
        (IdleOverride, IdleSettings, "timeout_seconds"),
        (IdleOverride, IdleSettings, "warning_seconds"),
        (AttractOverride, AttractSettings, "slide_seconds"),
    ]
    for override, content, name in pairs:
        ours = fields_by_name(override)[name].kind
        assert getattr(ours, "inner", None) == fields_by_name(content)[name].kind


# --- problems, pinned -------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_broken_settings_files(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CORPUS)
    report = load_settings(Path(f"{case}.yaml"))
    expected = (CORPUS / f"{case}.expected").read_text(encoding="utf-8").splitlines()
    assert problems(report) == expected
    assert (report.settings is None) == any(": error: " in line for line in expected)


def test_unknown_key_with_did_you_mean_at_its_line_and_column(tmp_path: Path) -> None:
    text = "idle:\n  timeout_seconds: 90\n  warnng_seconds: 20\n"
    assert only_problem(tmp_path, text) == (
        "settings.yaml:3:3: warning: unknown key 'warnng_seconds' (did you mean 'warning_seconds'?)"
    )


def test_a_warning_leaves_the_settings_usable(tmp_path: Path) -> None:
    report = load_settings(write(tmp_path / "s.yaml", "fulscreen: true\n"))
    assert report.ok
    assert report.settings is not None
    assert report.settings.fullscreen is False, "a misspelt key is not guessed"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'fullscreen: "yes"\n',
            "settings.yaml:1:13: error: expected true or false, found the text 'yes'",
        ),
        (
            "idle: {timeout_seconds: 5}\n",
            "settings.yaml:1:25: error: 5 is out of range (use a value from 15 to 3600)",
        ),
        (
            "attract:\n  slide_seconds: 121\n",
            "settings.yaml:2:18: error: 121 is out of range (use a value from 3 to 120)",
        ),
        (
            "language: English\n",
            "settings.yaml:1:11: error: 'English' is not a language code "
            "(use a two-letter code such as 'en' or 'ru')",
        ),
        (
            "screen: [1, 2]\n",
            "settings.yaml:1:9: error: expected a screen number from 0, "
            "or a screen name such as HDMI-1, found a list",
        ),
        (
            "logs: /var/log\n",
            "settings.yaml:1:7: error: expected a mapping (Log settings), "
            "found the text '/var/log'",
        ),
        (
            "- content\n",
            "settings.yaml:1:1: error: expected a mapping (Settings file), found a list",
        ),
        (
            "fullscreen:\n",
            "settings.yaml:1:12: error: expected true or false, found nothing "
            "(the value is missing after the ':')",
        ),
    ],
)
def test_wrong_types_and_values_are_errors_at_the_value(
    tmp_path: Path, text: str, message: str
) -> None:
    assert only_problem(tmp_path, text) == message
    assert load_settings(tmp_path / "settings.yaml").settings is None


def test_a_damaged_pin_hash_is_an_error_at_its_line(tmp_path: Path) -> None:
    damaged = HASH[:-2]
    text = f"# staff\nstaff:\n  pin_hash: {damaged}\n"
    assert only_problem(tmp_path, text) == (
        "settings.yaml:3:13: error: a damaged PIN hash (set the PIN again with `kiosk set-pin`)"
    )


def test_a_pin_written_in_clear_is_refused_and_never_echoed(tmp_path: Path) -> None:
    for written in ("7315", '"7315"', "'07315'"):
        message = only_problem(tmp_path, f"staff:\n  pin_hash: {written}\n")
        assert message == (
            "settings.yaml:2:13: error: expected a PIN hash written by `kiosk set-pin` "
            "(never write the PIN itself here; `kiosk set-pin` writes its hash)"
        )
        assert "7315" not in message


def test_duplicate_keys_come_through_from_the_content_loader(tmp_path: Path) -> None:
    text = "fullscreen: true\nscreen: 1\nfullscreen: false\n"
    assert only_problem(tmp_path, text) == (
        "settings.yaml:3:1: error: duplicate key 'fullscreen' (first given on line 1) "
        "(remove one of the two)"
    )
    assert load_settings(tmp_path / "settings.yaml").settings is None


def test_an_alias_bomb_is_refused_with_the_content_loaders_message(tmp_path: Path) -> None:
    lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for level in range(1, 8):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 10)}]")
    path = write(tmp_path / "settings.yaml", "\n".join(lines) + "\n")
    assert path.stat().st_size < 500
    report = load_settings(path)
    assert [str(p).replace(f"{tmp_path}/", "") for p in report.problems] == [
        f"settings.yaml:6:8: error: the file expands to more than {MAX_VALUES:,} values "
        "(aliases (*name) may not be used to multiply content; write it out)"
    ]
    assert report.settings is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"content: !!python/object/apply:os.system ['true']\n",
            "settings.yaml:1:10: error: the tag '!!python/object/apply:os.system' is not "
            "allowed (content files use plain YAML only: text, numbers, lists and mappings)",
        ),
        (
            b"idle:\n\ttimeout_seconds: 90\n",
            "settings.yaml:2:1: error: YAML syntax error: a tab character is used here "
            "(indent with spaces, not tabs)",
        ),
        (
            b"language: \xe9\n",
            "settings.yaml:1:11: error: the file is not UTF-8 text (byte 0xE9 cannot start a "
            "character) (save the file as UTF-8 in your editor; it may be in Latin-1 or "
            "Windows-1252)",
        ),
    ],
)
def test_unreadable_yaml_is_one_error_never_a_crash(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "settings.yaml"
    path.write_bytes(data)
    report = load_settings(path)
    assert [str(p).replace(f"{tmp_path}/", "") for p in report.problems] == [message]
    assert report.settings is None


def test_a_missing_explicit_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "settings.yaml"
    report = load_settings(path)
    assert problems(report) == [
        f"{path}:1:1: error: the settings file does not exist "
        f"(check the path; `kiosk set-pin --settings {path}` creates one)"
    ]
    assert (report.settings, report.ok) == (None, False)


def test_a_folder_is_not_a_settings_file(tmp_path: Path) -> None:
    assert problems(load_settings(tmp_path)) == [
        f"{tmp_path}:1:1: error: this is a folder, not a settings file (name the file)"
    ]


# --- which file -------------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read anything")
def test_an_unreadable_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.yaml", "fullscreen: true\n")
    path.chmod(0)
    assert problems(load_settings(path)) == [
        f"{path}:1:1: error: cannot read the file: Permission denied"
    ]


def test_settings_path_explicit_then_environment_then_etc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = kiosk.settings.SYSTEM_SETTINGS
    assert settings_path(None) is None, "no /etc file: the defaults"
    write(system, "")
    assert settings_path(None) == system
    monkeypatch.setenv("KIOSK_SETTINGS", str(tmp_path / "env.yaml"))
    assert settings_path(None) == tmp_path / "env.yaml", "even before it exists"
    assert settings_path(tmp_path / "given.yaml") == tmp_path / "given.yaml"


def test_the_system_file_is_etc_kiosk() -> None:
    assert Path("/etc/kiosk/settings.yaml") == REAL_SYSTEM_SETTINGS


# --- save_setting -----------------------------------------------------------------------

COMMENTED = """\
# Settings of PC 3, room 2.  Ask Anna before changing anything.
content: /opt/kiosk/content   # the exhibition

fullscreen: true
staff:
  # set with kiosk set-pin
  pin_hash: "scrypt$old"     # keep this comment
idle:
    timeout_seconds: 90

# Logs go to the shared disk.
logs:
  folder: /srv/logs
"""


def test_save_replaces_the_value_and_keeps_every_other_byte(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.yaml", COMMENTED)
    save_setting(path, ("staff", "pin_hash"), HASH)
    assert path.read_text(encoding="utf-8") == COMMENTED.replace("scrypt$old", HASH)
    save_setting(path, ("content",), "/opt/other")
    assert path.read_text(encoding="utf-8") == COMMENTED.replace("scrypt$old", HASH).replace(
        "/opt/kiosk/content", "/opt/other"
    )


def test_save_keeps_the_quotes_a_text_had(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.yaml", "content: 'a'\nscreen: \"b\"\nlanguage: en\n")
    save_setting(path, ("content",), "it's")
    save_setting(path, ("screen",), "HDMI-1")
    save_setting(path, ("language",), "ru")
    assert path.read_text(encoding="utf-8") == (
        "content: 'it''s'\nscreen: \"HDMI-1\"\nlanguage: ru\n"
    )


def test_save_adds_a_key_to_its_section_with_the_sections_indentation(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.yaml", COMMENTED)
    save_setting(path, ("idle", "warning_seconds"), 30)
    assert path.read_text(encoding="utf-8") == COMMENTED.replace(
        "    timeout_seconds: 90\n", "    timeout_seconds: 90\n    warning_seconds: 30\n"
    )


def test_save_adds_a_missing_section_at_the_end(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.yaml", COMMENTED)
    save_setting(path, ("analytics", "enabled"), False)
    save_setting(path, ("language",), "ru")
    assert path.read_text(encoding="utf-8") == (
        COMMENTED + "analytics:\n  enabled: false\nlanguage: ru\n"
    )


def test_save_fills_an_empty_section(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.yaml", "staff:   # the staff menu\nlogs:\n  keep_files: 3\n")
    save_setting(path, ("staff", "pin_hash"), HASH)
    assert path.read_text(encoding="utf-8") == (
        f"staff:   # the staff menu\n  pin_hash: {HASH}\nlogs:\n  keep_files: 3\n"
    )


def test_save_creates_the_file_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "kiosk" / "settings.yaml"
    save_setting(path, ("staff", "pin_hash"), HASH)
    assert path.read_text(encoding="utf-8") == f"staff:\n  pin_hash: {HASH}\n"
    report = load_settings(path)
    assert report.settings is not None
    assert report.settings.pin_hash == HASH


def test_save_keeps_crlf_line_endings_a_bom_and_a_missing_last_newline(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_bytes(b"\xef\xbb\xbfcontent: c\r\nidle:\r\n  timeout_seconds: 90")
    save_setting(path, ("idle", "warning_seconds"), 25)
    save_setting(path, ("content",), "d")
    assert path.read_bytes() == (
        b"\xef\xbb\xbfcontent: d\r\nidle:\r\n  timeout_seconds: 90\r\n  warning_seconds: 25\r\n"
    )


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("ru", "ru"),
        ("no", '"no"'),
        ("1937", '"1937"'),
        ("a: b # c", '"a: b # c"'),
        ("", '""'),
        ("Зал 2", "Зал 2"),
        (True, "true"),
        (7, "7"),
        (2.5, "2.5"),
        (1e20, "1.0e+20"),
    ],
)
def test_save_writes_values_that_read_back_exactly(
    tmp_path: Path, value: str | int | bool | float, written: str
) -> None:
    path = write(tmp_path / "settings.yaml", "x: 1\n")
    save_setting(path, ("value",), value)
    assert path.read_text(encoding="utf-8") == f"x: 1\nvalue: {written}\n"


def test_save_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.yaml", COMMENTED)
    path.chmod(0o640)
    save_setting(path, ("staff", "pin_hash"), HASH)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_save_writes_through_a_link_to_the_real_file(tmp_path: Path) -> None:
    real = write(tmp_path / "real" / "settings.yaml", "fullscreen: true\n")
    link = tmp_path / "settings.yaml"
    link.symlink_to(real)
    save_setting(link, ("language",), "en")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "fullscreen: true\nlanguage: en\n"


def test_save_is_atomic_a_failed_write_leaves_the_old_file_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "settings.yaml", COMMENTED)
    before = path.stat().st_ino

    def fail(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        save_setting(path, ("staff", "pin_hash"), HASH)
    assert path.read_text(encoding="utf-8") == COMMENTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]
    monkeypatch.undo()
    save_setting(path, ("staff", "pin_hash"), HASH)
    assert path.stat().st_ino != before, "the file is replaced, never rewritten in place"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]


@pytest.mark.parametrize(
    ("text", "keys", "message"),
    [
        (
            "content: c\nstaff: {pin_hash: x}\n",
            ("staff", "pin_hash"),
            "settings.yaml:2: 'staff' is written in flow style {...}; write it as indented "
            "lines (one 'key: value' per line), then try again",
        ),
        (
            "{content: c}\n",
            ("staff", "pin_hash"),
            "settings.yaml: the file is written in flow style {...}; write it as indented "
            "lines (one 'key: value' per line), then try again",
        ),
        (
            "staff: yes\n",
            ("staff", "pin_hash"),
            "settings.yaml:1: 'staff' is not a section of keys",
        ),
        (
            "staff:\n  pin_hash: x\n",
            ("staff",),
            "settings.yaml:1: 'staff' is a section, not a value",
        ),
        (
            "- content\n",
            ("language",),
            "settings.yaml: the file is not written as 'key: value' lines",
        ),
        (
            "staff:\n  pin_hash: a\nstaff:\n  pin_hash: b\n",
            ("staff", "pin_hash"),
            "settings.yaml:3:1: error: duplicate key 'staff' (first given on line 1) "
            "(remove one of the two); fix the file first",
        ),
        (
            "staff:\n  pin_hash: [x\n",
            ("staff", "pin_hash"),
            "settings.yaml:3:1: error: YAML syntax error: did not find expected ',' or ']' "
            "(inside [ ], a text containing ',' or ':' must be put in quotes)",
        ),
    ],
)
def test_save_refuses_what_it_cannot_edit_safely_and_changes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    keys: tuple[str, ...],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(Path("settings.yaml"), text)
    with pytest.raises(SettingsEditError) as error:
        save_setting(path, keys, "value")
    assert str(error.value) == message
    assert path.read_text(encoding="utf-8") == text


# --- kiosk set-pin ----------------------------------------------------------------------


def set_pin(monkeypatch: pytest.MonkeyPatch, stdin: str, *args: str) -> int:
    """``kiosk set-pin ARGS --stdin`` with ``stdin`` as its standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["set-pin", *args, "--stdin"])


def test_set_pin_writes_a_hash_that_verifies_and_never_the_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "settings.yaml", COMMENTED)
    code = set_pin(monkeypatch, "80512\n", "--settings", str(path))
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == f"The staff PIN is set: its hash is in {path} (staff.pin_hash).\n"
    text = path.read_text(encoding="utf-8")
    stored = re.search(r'pin_hash: "(scrypt\S+)"', text)  # in the quotes the old value had
    assert stored is not None
    assert verify_pin("80512", stored.group(1))
    assert not written_in_clear("80512", text)
    assert "80512" not in out
    assert text == COMMENTED.replace("scrypt$old", stored.group(1))


def test_set_pin_asks_twice_without_echo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["4321", "4321"])
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", getpass)
    path = tmp_path / "new" / "settings.yaml"
    assert main(["set-pin", "--settings", str(path)]) == 0
    assert prompts == ["New staff PIN (4 to 8 digits): ", "The same PIN again: "]
    settings = load_settings(path).settings
    assert settings is not None
    assert settings.pin_hash is not None
    assert verify_pin("4321", settings.pin_hash)
    assert "4321" not in capsys.readouterr().out


def test_set_pin_refuses_two_different_pins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["4321", "4312"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    path = write(tmp_path / "settings.yaml", COMMENTED)
    assert main(["set-pin", "--settings", str(path)]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", "kiosk set-pin: the two PINs are not the same; nothing was changed\n")
    assert path.read_text(encoding="utf-8") == COMMENTED


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("123\n", "a PIN has 4 to 8 digits, not 3"),
        ("123456789\n", "a PIN has 4 to 8 digits, not 9"),
        ("12a4\n", "a PIN is made of digits only (0-9)"),
        ("", "no PIN on standard input"),
    ],
)
def test_set_pin_refuses_a_bad_pin_and_changes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: str,
    message: str,
) -> None:
    path = write(tmp_path / "settings.yaml", COMMENTED)
    code = set_pin(monkeypatch, stdin, "--settings", str(path))
    out, err = capsys.readouterr()
    assert (code, out, err) == (2, "", f"kiosk set-pin: {message}; nothing was changed\n")
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_set_pin_refuses_a_short_pin_typed_before_asking_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return "12"

    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["set-pin", "--settings", str(tmp_path / "settings.yaml")]) == 2
    assert len(prompts) == 1
    assert capsys.readouterr().err == (
        "kiosk set-pin: a PIN has 4 to 8 digits, not 2; nothing was changed\n"
    )
    assert not (tmp_path / "settings.yaml").exists()


def test_set_pin_exits_1_on_a_file_it_cannot_edit_before_asking_for_the_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("getpass.getpass", pytest.fail)
    path = write(tmp_path / "settings.yaml", "staff: {pin_hash: x}\n")
    assert main(["set-pin", "--settings", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"kiosk set-pin: {path}:1: 'staff' is written in flow style {{...}}; write it as "
        "indented lines (one 'key: value' per line), then try again; nothing was changed\n"
    )
    write(path, "staff:\n  pin_hash: 'x\n")
    assert main(["set-pin", "--settings", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"kiosk set-pin: {path}:2:13: error: YAML syntax error: a quoted text starting here "
        "is never closed (add the closing quote mark); nothing was changed\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_set_pin_exits_1_on_a_folder_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "etc"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code = set_pin(monkeypatch, "2468\n", "--settings", str(folder / "settings.yaml"))
    finally:
        folder.chmod(0o700)
    assert code == 1
    assert capsys.readouterr().err == (
        f"kiosk set-pin: cannot write {folder}: permission denied (run it with sudo?)\n"
    )


def test_set_pin_says_so_when_it_may_not_write_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the test above, for a test run as root, who may write anywhere."""
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    path = tmp_path / "kiosk" / "settings.yaml"
    assert set_pin(monkeypatch, "2468\n", "--settings", str(path)) == 1
    assert capsys.readouterr().err == (
        f"kiosk set-pin: cannot write {tmp_path}: permission denied (run it with sudo?)\n"
    )
    assert not path.parent.exists()


def test_set_pin_needs_a_file_when_there_is_no_default(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = set_pin(monkeypatch, "2468\n")
    assert code == 2
    assert capsys.readouterr().err == (
        "kiosk set-pin: no settings file: pass --settings FILE (usually /etc/kiosk/settings.yaml)\n"
    )


def test_set_pin_uses_the_file_the_kiosk_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    system = write(kiosk.settings.SYSTEM_SETTINGS, "fullscreen: true\n")
    code = set_pin(monkeypatch, "2468\n")
    assert code == 0
    assert system.read_text(encoding="utf-8").startswith("fullscreen: true\nstaff:\n  pin_hash: ")
    capsys.readouterr()


def test_set_pin_mentions_the_files_other_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "settings.yaml", "fulscreen: true\n")
    code = set_pin(monkeypatch, "2468\n", "--settings", str(path))
    assert code == 0
    assert capsys.readouterr().err == (
        f"{path}:1:1: warning: unknown key 'fulscreen' (did you mean 'fullscreen'?)\n"
        f"Note: {path} has 0 errors, 1 warning besides the PIN.\n"
    )


# --- kiosk settings ---------------------------------------------------------------------


def test_kiosk_settings_prints_the_effective_settings_without_the_hash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "content").mkdir()
    path = write(
        tmp_path / "settings.yaml",
        f"content: content\nscreen: HDMI-1\nidle:\n  timeout_seconds: 60\n"
        f"staff:\n  pin_hash: {HASH}\n",
    )
    assert main(["settings", str(path)]) == 0
    out = capsys.readouterr().out
    state = tmp_path / "state" / "kiosk"
    assert out == (
        f"{path}: 0 errors, 0 warnings\n"
        "\n"
        "The kiosk runs with (* = from the settings file):\n"
        f"* content                {tmp_path}/content\n"
        "  fullscreen             false\n"
        "* screen                 HDMI-1\n"
        "  language               the exhibition's default\n"
        "* idle.timeout_seconds   60 s\n"
        "  idle.warning_seconds   the exhibition's\n"
        "  attract.slide_seconds  the exhibition's\n"
        "* staff.pin_hash         set\n"
        f"  logs.folder            {state}/logs\n"
        "  logs.max_megabytes     10\n"
        "  logs.keep_files        10\n"
        "  analytics.enabled      true\n"
        f"  analytics.database     {state}/visits.sqlite3\n"
    )
    assert HASH not in out
    assert HASH.split("$")[5] not in out


def test_kiosk_settings_lists_problems_and_exits_1_on_errors(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(CORPUS)
    assert main(["settings", "types.yaml"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[:-1] == (CORPUS / "types.expected").read_text(encoding="utf-8").splitlines()
    assert out[-1] == "types.yaml: 11 errors, 0 warnings"


def test_kiosk_settings_warnings_pass_unless_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "settings.yaml", "fulscreen: true\n")
    assert main(["settings", str(path)]) == 0
    assert main(["settings", str(path), "--strict"]) == 1
    out = capsys.readouterr().out
    assert f"{path}: 0 errors, 1 warning (--strict: warnings count as errors)\n" in out


def test_kiosk_settings_without_a_file_shows_the_defaults(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "No settings file (none given, no $KIOSK_SETTINGS, no /etc/kiosk/settings.yaml): "
        "the defaults apply.\n\nThe kiosk runs with:\n"
    )
    assert "  staff.pin_hash         not set\n" in out


def test_kiosk_settings_on_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "settings.yaml"
    assert main(["settings", str(path)]) == 1
    assert capsys.readouterr().out == (
        f"{path}:1:1: error: the settings file does not exist "
        f"(check the path; `kiosk set-pin --settings {path}` creates one)\n"
        f"{path}: 1 error, 0 warnings\n"
    )


def test_set_pin_from_a_shell_with_stdin(tmp_path: Path) -> None:
    path = tmp_path / "x" / "settings.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "set-pin", "--settings", str(path), "--stdin"],
        input="97531\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "97531" not in done.stdout
    assert not written_in_clear("97531", path.read_text(encoding="utf-8"))
    settings = load_settings(path).settings
    assert settings is not None
    assert settings.pin_hash is not None
    assert verify_pin("97531", settings.pin_hash)


# --- declared once: no Qt, a schema, the docs ----------------------------------------------


def test_the_settings_modules_import_no_qt() -> None:
    code = (
        "import sys, kiosk.settings, kiosk.settingsfile, kiosk.settingsschema, kiosk.pin\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide', 'shiboken', 'PyQt')))\n"
        "assert not qt, qt\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, done.stderr


def test_the_json_schema_lists_every_key() -> None:
    schema = settings_schema()
    top = schema["$defs"]["SettingsFile"]
    assert list(top["properties"]) == [
        "content",
        "fullscreen",
        "screen",
        "language",
        "idle",
        "attract",
        "staff",
        "logs",
        "analytics",
    ]
    assert top["additionalProperties"] is False
    assert schema["$defs"]["IdleOverride"]["properties"]["timeout_seconds"]["anyOf"][0] == {
        "type": "integer",
        "minimum": 15,
        "maximum": 3600,
    }


def _docs_example() -> tuple[str, str]:
    """The staff docs' ``## Settings`` section and its complete YAML example."""
    for name in ("INSTALL.md",):
        path = ROOT / "docs" / name
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        section = text[text.find("## Settings") :] if "## Settings" in text else ""
        found = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
        if found:
            return section, found.group(1)
    pytest.fail("docs/INSTALL.md has no '## Settings' section with a yaml example")


def test_the_docs_example_is_valid_and_sets_every_key(tmp_path: Path) -> None:
    from kiosk.content.records import record_fields

    section, example = _docs_example()
    path = write(tmp_path / "settings.yaml", example)
    report = load_settings(path)
    assert report.problems == ()
    declared: set[str] = set()
    for spec in record_fields(SettingsFile):
        inner = getattr(spec.kind, "inner", spec.kind)
        cls = getattr(inner, "cls", None)
        names = [f"{spec.name}.{f.name}" for f in record_fields(cls)] if cls else [spec.name]
        declared.update(names)
    assert report.given == declared
    assert "kiosk set-pin" in section
