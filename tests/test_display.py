"""kiosk.display: the one-line hint shown instead of Qt's abort when there is no display."""

import sys

import pytest

from kiosk.display import MESSAGE, missing_display_message


def test_message_is_one_line_and_names_the_fix() -> None:
    assert "\n" not in MESSAGE
    assert MESSAGE == (
        "kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
        "run it on the exhibition PC's desktop, or headless with: xvfb-run -a make run"
    )


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"QT_QPA_PLATFORM": "xcb"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"QT_QPA_PLATFORM": "wayland-egl"},
        {"QT_QPA_PLATFORM": "wayland;xcb"},
        {"QT_QPA_PLATFORM": ""},
        {"DISPLAY": ""},
        {"DISPLAY": "", "WAYLAND_DISPLAY": ""},
        {"HOME": "/root", "XDG_SESSION_TYPE": "tty"},
    ],
)
def test_linux_without_display_gets_the_message(environ: dict[str, str]) -> None:
    assert missing_display_message(environ, "linux") == MESSAGE


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0"},
        {"DISPLAY": ":99", "QT_QPA_PLATFORM": "xcb"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland"},
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "OFFSCREEN"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"QT_QPA_PLATFORM": "eglfs"},
        {"QT_QPA_PLATFORM": "linuxfb:fb=/dev/fb0"},
        {"QT_QPA_PLATFORM": "vnc:size=1920x1080"},
        {"QT_QPA_PLATFORM": "offscreen;xcb"},
    ],
)
def test_linux_with_a_display_or_headless_platform_is_fine(environ: dict[str, str]) -> None:
    assert missing_display_message(environ, "linux") is None


@pytest.mark.parametrize("platform", ["win32", "darwin", "cygwin", "freebsd14"])
def test_other_systems_are_never_blocked(platform: str) -> None:
    assert missing_display_message({}, platform) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="defaults to sys.platform")
def test_defaults_read_the_live_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert missing_display_message() == MESSAGE
