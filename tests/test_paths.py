"""Resource lookup in the three layouts, and the per-user folders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wangmuang_desk import paths


@pytest.fixture
def no_bundle(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)


def _make_resources(base: Path) -> Path:
    folder = base / "resources"
    (folder / "fonts").mkdir(parents=True)
    (folder / "fonts" / "marker.txt").write_text("x", encoding="utf-8")
    return folder


def test_source_checkout_finds_repository_resources(no_bundle):
    repo = Path(paths.__file__).resolve().parent.parent
    assert paths.resources_dir() == repo / "resources"
    assert paths.resource_path("fonts", "Laksaman.ttf").is_file()


def test_pyinstaller_bundle_takes_precedence(monkeypatch, tmp_path):
    bundled = _make_resources(tmp_path / "bundle")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.resources_dir() == bundled
    assert paths.resource_path("fonts", "marker.txt").read_text(encoding="utf-8") == "x"


def test_installed_wheel_uses_resources_inside_the_package(monkeypatch, tmp_path, no_bundle):
    package = tmp_path / "site-packages" / "wangmuang_desk"
    inside = _make_resources(package)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.resource_path("fonts") == inside / "fonts"


def test_missing_resources_folder_is_a_clear_error(monkeypatch, tmp_path, no_bundle):
    monkeypatch.setattr(paths, "_PACKAGE_DIR", tmp_path / "nowhere" / "wangmuang_desk")
    with pytest.raises(FileNotFoundError, match="resources folder not found"):
        paths.resource_path("fonts")


def test_home_override_puts_data_and_logs_under_it(monkeypatch, tmp_path):
    home = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    assert paths.user_data_dir() == home / "data"
    assert paths.user_log_dir() == home / "logs"
    assert (home / "data").is_dir() and (home / "logs").is_dir()
    assert paths.default_database_path() == home / "data" / "wangmuang-desk.sqlite3"


def test_platformdirs_used_without_override(monkeypatch, tmp_path):
    import platformdirs

    calls = []

    def fake(kind):
        def _path(appname, appauthor):
            calls.append((kind, appname, appauthor))
            return tmp_path / kind

        return _path

    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    monkeypatch.setattr(platformdirs, "user_data_path", fake("data"))
    monkeypatch.setattr(platformdirs, "user_log_path", fake("log"))
    assert paths.user_data_dir() == tmp_path / "data"
    assert paths.user_log_dir() == tmp_path / "log"
    assert (tmp_path / "data").is_dir() and (tmp_path / "log").is_dir()
    assert calls == [("data", "wangmuang-desk", False), ("log", "wangmuang-desk", False)]


def test_backups_folder_sits_beside_the_database(tmp_path):
    db = tmp_path / "office" / "desk.sqlite3"
    backups = paths.backups_dir_for(db)
    assert backups == (tmp_path / "office" / "backups").resolve()
    assert backups.is_dir()
    assert paths.backups_dir_for(str(db)) == backups  # str paths too, and idempotent
