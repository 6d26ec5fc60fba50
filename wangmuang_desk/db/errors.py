"""Why a database file could not be opened, in Thai (for staff) and English (for logs)."""

from __future__ import annotations

from pathlib import Path


class DatabaseOpenError(Exception):
    """A database file was refused; nothing in it was changed.

    `message_th` is shown to staff, `message_en` goes to logs and bug reports;
    `str(exc)` carries both so a command-line message serves either reader.
    """

    message_th = "เปิดฐานข้อมูลไม่ได้"
    message_en = "The database could not be opened"

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        message_th: str | None = None,
        message_en: str | None = None,
        detail: str = "",
    ) -> None:
        self.path = Path(path) if path is not None else None
        if message_th is not None:
            self.message_th = message_th
        if message_en is not None:
            self.message_en = message_en
        self.detail = detail
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.message_th} / {self.message_en}"
        if self.path is not None:
            text += f": {self.path}"
        if self.detail:
            text += f" ({self.detail})"
        return text


class NotADatabaseError(DatabaseOpenError):
    message_th = "ไฟล์นี้ไม่ใช่ฐานข้อมูล SQLite"
    message_en = "This file is not an SQLite database"


class CorruptDatabaseError(DatabaseOpenError):
    message_th = "ฐานข้อมูลเสียหาย กรุณากู้คืนจากไฟล์สำรอง"
    message_en = "The database is damaged; please restore a backup"


class ForeignDatabaseError(DatabaseOpenError):
    message_th = "ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของโปรแกรมนี้"
    message_en = "This SQLite file belongs to another program"


class NewerDatabaseError(DatabaseOpenError):
    message_th = "ฐานข้อมูลนี้สร้างโดยโปรแกรมรุ่นใหม่กว่า กรุณาปรับปรุงโปรแกรมก่อนเปิด"
    message_en = "This database was written by a newer version of the program; please update it"


class AlreadyOpenError(DatabaseOpenError):
    message_th = "ฐานข้อมูลนี้เปิดอยู่ในโปรแกรมอีกหน้าต่างหนึ่ง กรุณาใช้หน้าต่างนั้น หรือปิดหน้าต่างนั้นก่อนแล้วเปิดใหม่"
    message_en = (
        "This database is already open in another window of the program; "
        "use that window or close it first"
    )
