"""The last good content, kept on disk so a restart never opens on broken files."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kiosk.content import lastgood, load_exhibition
from kiosk.content.lastgood import FILE_NAME, load_last_good, save_last_good
from tests.content.corpus import BASE


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    state = tmp_path / "state"
    exhibition = load_exhibition(BASE).exhibition
    assert exhibition is not None
    assert save_last_good(exhibition, state)
    return state


def test_the_kept_copy_is_the_exhibition_as_loaded(kept: Path) -> None:
    assert load_last_good(BASE, kept) == load_exhibition(BASE).exhibition


def test_a_copy_of_another_folder_is_not_used(kept: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(BASE, other)
    assert load_last_good(other, kept) is None


def test_a_copy_from_another_kiosk_version_is_not_used(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lastgood, "__version__", "99.0")
    assert load_last_good(BASE, kept) is None


def test_a_damaged_copy_is_ignored_with_a_warning(
    kept: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = kept / FILE_NAME
    path.write_bytes(path.read_bytes()[:100])
    with caplog.at_level(logging.WARNING):
        assert load_last_good(BASE, kept) is None
    assert "is unreadable" in caplog.text


def test_no_copy_means_no_fallback(tmp_path: Path) -> None:
    assert load_last_good(BASE, tmp_path) is None


def test_a_folder_that_cannot_be_written_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    exhibition = load_exhibition(BASE).exhibition
    assert exhibition is not None
    with caplog.at_level(logging.WARNING):
        assert not save_last_good(exhibition, blocker / "state")
    assert "cannot keep a good copy" in caplog.text


def test_the_state_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert lastgood.state_folder() == tmp_path / "kiosk"
