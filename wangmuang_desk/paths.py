"""Where the program finds its bundled resources and keeps its per-user files. No Qt.

Resources (fonts, translations, icons) live in a top-level `resources/` folder. It is found in
one of three places, depending on how the program runs:

* a PyInstaller bundle: `sys._MEIPASS/resources` (build.spec copies the folder there);
* an installed wheel: `wangmuang_desk/resources` (the wheel force-includes the folder there);
* a source checkout: `<repository>/resources`.

User data (the default database, its backups) and logs go to the per-user folders from
platformdirs. `WANGMUANG_DESK_HOME` replaces both with `<home>/data` and `<home>/logs`, so
tests and portable installs never touch the real profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "wangmuang-desk"
HOME_ENV = "WANGMUANG_DESK_HOME"
DATABASE_FILENAME = "wangmuang-desk.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_candidates() -> list[Path]:
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    return candidates


def resources_dir() -> Path:
    """The folder holding the bundled resources; FileNotFoundError if no layout has one."""
    candidates = _resource_candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"resources folder not found (looked in: {tried})")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. resource_path("fonts", "Laksaman.ttf").

    The file itself is not checked: callers decide whether a missing file is an error.
    """
    return resources_dir().joinpath(*parts)


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_data_dir() -> Path:
    """Per-user data folder (created if missing)."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "data")
    # Imported here: platformdirs is light, but paths.py is imported by almost everything.
    import platformdirs

    return _ensure(platformdirs.user_data_path(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """Per-user log folder (created if missing)."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "logs")
    import platformdirs

    return _ensure(platformdirs.user_log_path(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The database used when no --db is given: one file in the user data folder."""
    return user_data_dir() / DATABASE_FILENAME


def backups_dir_for(db_path: str | os.PathLike[str]) -> Path:
    """The `backups` folder beside a database file (created if missing).

    Beside the file rather than in the profile, so a database kept on a shared or removable
    drive carries its own backups along with it.
    """
    return _ensure(Path(db_path).expanduser().resolve().parent / "backups")
