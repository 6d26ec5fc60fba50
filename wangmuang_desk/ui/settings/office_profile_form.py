"""The office's name, address, phone and emblem: shared by the profile dialog and first start."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wangmuang_desk.services.errors import QT_TRANSLATE_NOOP, FieldProblem
from wangmuang_desk.services.rows import MAX_EMBLEM_BYTES, OfficeData
from wangmuang_desk.ui.widgets.form_errors import FormErrors

EMBLEM_SIZE = 96
TEXT_FIELDS = ("name", "department", "house_no", "moo", "road", "subdistrict", "district",
               "province", "postcode", "phone")
# Documents embed the emblem; the PDF and Excel builders take PNG and JPEG.
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


class OfficeProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emblem: bytes | None = None
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            self.edits[name] = edit
        self.edits["postcode"].setMaxLength(5)
        self.edits["house_no"].setMaxLength(40)
        self.edits["moo"].setMaxLength(10)

        office = QFormLayout()
        office.addRow(self.tr("Office name"), self.edits["name"])
        office.addRow(self.tr("Department"), self.edits["department"])
        office.addRow(self.tr("Phone"), self.edits["phone"])

        # Two fields a row: the dialog must fit a 1366×768 office screen with its signatories.
        address_box = QGroupBox(self.tr("Address"), self)
        address = QGridLayout(address_box)
        address.setColumnStretch(1, 1)
        address.setColumnStretch(3, 1)
        cells = (
            (0, 0, "house_no", self.tr("House no.")), (0, 2, "moo", self.tr("Village no.")),
            (1, 0, "road", self.tr("Road")),
            (2, 0, "subdistrict", self.tr("Subdistrict")), (2, 2, "district", self.tr("District")),
            (3, 0, "province", self.tr("Province")), (3, 2, "postcode", self.tr("Postcode")),
        )
        for row, column, name, caption in cells:
            label = QLabel(caption, address_box)
            label.setBuddy(self.edits[name])
            address.addWidget(label, row, column)
            span = 3 if name == "road" else 1
            address.addWidget(self.edits[name], row, column + 1, 1, span)

        emblem_box = QGroupBox(self.tr("Emblem"), self)
        self.emblem_preview = QLabel(emblem_box)
        self.emblem_preview.setObjectName("emblemPreview")
        self.emblem_preview.setFixedSize(EMBLEM_SIZE, EMBLEM_SIZE)
        self.emblem_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem_preview.setWordWrap(True)
        self.emblem_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose_emblem_button = QPushButton(self.tr("Choose image…"), emblem_box)
        self.choose_emblem_button.setObjectName("emblem")
        self.remove_emblem_button = QPushButton(self.tr("Remove"), emblem_box)
        self.choose_emblem_button.clicked.connect(self.choose_emblem)
        self.remove_emblem_button.clicked.connect(self.remove_emblem)
        emblem_layout = QVBoxLayout(emblem_box)
        emblem_layout.addWidget(self.emblem_preview, 0, Qt.AlignmentFlag.AlignHCenter)
        emblem_layout.addWidget(self.choose_emblem_button)
        emblem_layout.addWidget(self.remove_emblem_button)

        left = QVBoxLayout()
        left.addLayout(office)
        left.addWidget(address_box)
        # A message under the emblem makes that column taller; the fields must not spread out.
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(emblem_box, 0, Qt.AlignmentFlag.AlignTop)

        fields: dict[str, QWidget] = dict(self.edits)
        fields["emblem"] = self.choose_emblem_button
        self.errors = FormErrors(fields, self)
        self._show_emblem()

    # -- value -----------------------------------------------------------------------------

    def load(self, data: OfficeData) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self._emblem = data.emblem
        self._show_emblem()

    def apply_to(self, data: OfficeData) -> OfficeData:
        """`data` with what the form holds (signatories and flags are left as they are)."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return dataclasses.replace(data, emblem=self._emblem, **values)

    def emblem(self) -> bytes | None:
        return self._emblem

    def check(self) -> list[FieldProblem]:
        """What the service would refuse, caught before a wizard page is left."""
        problems = []
        if not self.edits["name"].text().strip():
            problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
                "Validation", "Enter the name of the office.")))
        postcode = self.edits["postcode"].text().strip()
        if postcode and (not postcode.isdigit() or len(postcode) != 5):
            problems.append(FieldProblem("postcode", QT_TRANSLATE_NOOP(
                "Validation", "A postcode has 5 digits.")))
        return problems

    # -- emblem ----------------------------------------------------------------------------

    def choose_emblem(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the office emblem"), "",
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_emblem_file(Path(path))

    def set_emblem_file(self, path: Path) -> bool:
        """Take the image at `path` as the emblem; a message at the field when it can't be."""
        self.errors.clear_field("emblem")
        try:
            # Checked before reading: a huge file picked by mistake should not be loaded.
            too_big = path.stat().st_size > MAX_EMBLEM_BYTES
            data = b"" if too_big else path.read_bytes()
        except OSError:
            too_big, data = False, b""
        if too_big:
            self.errors.show_message("emblem", self.tr(
                "The image is larger than 2 MB. Choose a smaller file."))
            return False
        if not data.startswith(_IMAGE_SIGNATURES) or QImage.fromData(data).isNull():
            self.errors.show_message("emblem", self.tr(
                "This file cannot be read as a PNG or JPEG image."))
            return False
        self._emblem = data
        self._show_emblem()
        return True

    def remove_emblem(self) -> None:
        self.errors.clear_field("emblem")
        self._emblem = None
        self._show_emblem()

    def _show_emblem(self) -> None:
        image = QImage.fromData(self._emblem) if self._emblem else QImage()
        if image.isNull():
            self.emblem_preview.setPixmap(QPixmap())
            self.emblem_preview.setText(self.tr("No emblem"))
        else:
            size = EMBLEM_SIZE - 4  # inside the frame
            self.emblem_preview.setPixmap(QPixmap.fromImage(image).scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_emblem_button.setEnabled(self._emblem is not None)
