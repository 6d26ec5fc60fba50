"""Logging to a rotating UTF-8 file in the per-user log folder. No Qt."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from wangmuang_desk.paths import user_log_dir

LOG_FILENAME = "wangmuang-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

# Marks the handler we added, so a second call finds it instead of adding another one.
_HANDLER_FLAG = "_wangmuang_desk_handler"


def _our_handlers(logger: logging.Logger) -> list[RotatingFileHandler]:
    return [
        h
        for h in logger.handlers
        if isinstance(h, RotatingFileHandler) and getattr(h, _HANDLER_FLAG, False)
    ]


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send log records to `<log_dir>/wangmuang-desk.log` (1 MB x 5 files); return that path.

    Idempotent: calling it again only adjusts the level, or moves the file if `log_dir`
    changed; there is never more than one of our handlers on the root logger.
    """
    folder = Path(log_dir) if log_dir is not None else user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_path = (folder / LOG_FILENAME).resolve()

    root = logging.getLogger()
    root.setLevel(level)
    for handler in _our_handlers(root):
        if Path(handler.baseFilename) == log_path:
            handler.setLevel(level)
            return log_path
        root.removeHandler(handler)
        handler.close()

    handler = RotatingFileHandler(
        log_path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(level)
    setattr(handler, _HANDLER_FLAG, True)
    root.addHandler(handler)
    # warnings.warn() output would otherwise go to a console nobody sees in the GUI build.
    logging.captureWarnings(True)
    return log_path


def current_log_path() -> Path | None:
    """The file our handler writes to, or None before setup_logging() ran."""
    handlers = _our_handlers(logging.getLogger())
    return Path(handlers[0].baseFilename) if handlers else None
