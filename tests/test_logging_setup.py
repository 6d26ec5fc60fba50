"""The rotating log file: format, encoding, rotation limits, idempotence."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

import pytest

from wangmuang_desk import logging_setup


def _ours() -> list[RotatingFileHandler]:
    return logging_setup._our_handlers(logging.getLogger())


@pytest.fixture(autouse=True)
def clean_root_logger():
    level = logging.getLogger().level
    yield
    root = logging.getLogger()
    for handler in _ours():
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_writes_utf8_records_with_time_level_and_logger(tmp_path):
    log_path = logging_setup.setup_logging(tmp_path)
    assert log_path == (tmp_path / "wangmuang-desk.log").resolve()
    logging.getLogger("wangmuang_desk.test").warning("บันทึกข้อมูลไม่สำเร็จ")
    for handler in _ours():
        handler.flush()
    line = log_path.read_text(encoding="utf-8").splitlines()[-1]
    assert "WARNING" in line
    assert "wangmuang_desk.test: บันทึกข้อมูลไม่สำเร็จ" in line
    assert line[:4].isdigit()  # starts with the date


def test_rotation_limits(tmp_path):
    logging_setup.setup_logging(tmp_path)
    (handler,) = _ours()
    assert handler.maxBytes == 1_000_000
    assert handler.backupCount == 5
    assert handler.encoding == "utf-8"


def test_second_call_adds_no_handler_and_updates_level(tmp_path):
    first = logging_setup.setup_logging(tmp_path)
    second = logging_setup.setup_logging(tmp_path, level=logging.DEBUG)
    assert first == second
    assert len(_ours()) == 1
    assert logging.getLogger().level == logging.DEBUG
    assert logging_setup.current_log_path() == first


def test_new_folder_replaces_the_old_handler(tmp_path):
    logging_setup.setup_logging(tmp_path / "a")
    moved = logging_setup.setup_logging(tmp_path / "b")
    assert len(_ours()) == 1
    assert moved.parent == (tmp_path / "b").resolve()


def test_default_folder_is_the_user_log_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("WANGMUANG_DESK_HOME", str(tmp_path))
    log_path = logging_setup.setup_logging()
    assert log_path == (tmp_path / "logs" / "wangmuang-desk.log").resolve()
    assert log_path.exists()
