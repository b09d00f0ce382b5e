"""The layout of a pre-printed certificate blank, edited by dragging its fields over a photo or
scan of the blank, and the printer calibration (offset, scale) with its grid page.

The scene is the landscape A4 sheet in millimetres (297 × 210): a field's item stands at its
anchor (left edge, centre or right edge by alignment) on the baseline of its first line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.certificates import (
    CERTIFICATE_AWARDS,
    FIELDS,
    PAGE_H_MM,
    PAGE_W_MM,
    Calibration,
    CertificateData,
    CertificateLayout,
    FieldPlacement,
    default_layout,
)
from desktop.domain.errors import ValidationError
from desktop.services import catalog, certificates
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_errors import validation_text
from desktop.ui.errors import show_error
from desktop.ui.style import mark_error
from desktop.ui.tasks import on_worker

PT_MM = 25.4 / 72
_BASE_PT = 50.0  # text items are drawn at this size and scaled down to the field's size
_PX_PER_PT = 96 / 72
SNAP_MM = 0.5


def _field_label(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "name": QCoreApplication.translate("CertificateLayout", "Name"),
        "unit": QCoreApplication.translate("CertificateLayout", "Unit"),
        "title": QCoreApplication.translate("CertificateLayout", "Title or form"),
        "year": QCoreApplication.translate("CertificateLayout", "Year"),
        "decision": QCoreApplication.translate("CertificateLayout", "Decision number and date"),
        "place_date": QCoreApplication.translate("CertificateLayout", "Place and date"),
        "signer_title": QCoreApplication.translate("CertificateLayout", "Signer's title"),
        "signer_name": QCoreApplication.translate("CertificateLayout", "Signer's name"),
        "register": QCoreApplication.translate("CertificateLayout", "Register number"),
    }
    return labels[key]


class FieldItem(QGraphicsRectItem):
    """One field on the sheet: its box, its sample text; dragged to move (snapped to 0.5 mm)."""

    def __init__(
        self, placement: FieldPlacement, text: str, moved: Callable[[str, float, float], None]
    ) -> None:
        super().__init__()
        self.key = placement.key
        self._moved = moved
        self._quiet = True
        self.text = QGraphicsSimpleTextItem(self)
        self.text.setBrush(QBrush(QColor("#1a237e")))
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setPen(QPen(QColor("#1565c0"), 0))
        self.setBrush(QBrush(QColor(21, 101, 192, 28)))
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.apply(placement, text)
        self._quiet = False

    def apply(self, f: FieldPlacement, text: str) -> None:
        """Show the placement: position, box and text as they will print."""
        self._quiet = True
        font = QFont("Times New Roman")
        font.setPointSizeF(_BASE_PT)
        font.setBold(f.bold)
        font.setItalic(f.italic)
        self.text.setFont(font)
        self.text.setText(text)
        scale = f.size_pt * PT_MM / (_BASE_PT * _PX_PER_PT)
        self.text.setScale(scale)
        width = self.text.boundingRect().width() * scale
        ascent = QFontMetricsF(font).ascent() * scale
        shift = {"left": 0.0, "center": -width / 2, "right": -width}[f.align]
        self.text.setPos(shift, -ascent)
        box_left = {"left": 0.0, "center": -f.width_mm / 2, "right": -f.width_mm}[f.align]
        line = f.size_pt * PT_MM * 1.2
        self.setRect(QRectF(box_left, -ascent, f.width_mm, line * (2 if f.wrap else 1)))
        self.setPos(f.x_mm, f.y_mm)
        self._quiet = False

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        """Snap and keep the anchor on the sheet; report moves."""
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
            value, QPointF
        ):
            x = min(max(round(value.x() / SNAP_MM) * SNAP_MM, 0.0), PAGE_W_MM)
            y = min(max(round(value.y() / SNAP_MM) * SNAP_MM, 0.0), PAGE_H_MM)
            return QPointF(x, y)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged and not self._quiet:
            self._moved(self.key, self.pos().x(), self.pos().y())
        return super().itemChange(change, value)


class SheetView(QGraphicsView):
    """The sheet, always fitted into the view."""

    def resizeEvent(self, event: object) -> None:
        """Keep the whole sheet visible."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fitInView(
            QRectF(-4, -4, PAGE_W_MM + 8, PAGE_H_MM + 8), Qt.AspectRatioMode.KeepAspectRatio
        )


class CertificateLayoutDialog(QDialog):
    """Edit the layouts of the office's blanks and the printers' calibrations."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, printer: str = "") -> None:
        super().__init__(parent)
        self._ws = ws
        self._sample: CertificateData = certificates.sample(ws)
        self._stored_name = ""
        self.layout_: CertificateLayout = default_layout()
        self.items: dict[str, FieldItem] = {}
        self._syncing = False
        self.setWindowTitle(self.tr("Certificate layouts"))
        self._build_ui()
        self._fill_layouts()
        self._fill_printers(printer)

    # --- layout ----------------------------------------------------------------------------

    def _spin(
        self, low: float, high: float, step: float = 0.5, decimals: int = 1
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        return spin

    def _build_ui(self) -> None:
        self.chooser = QComboBox()
        self.new_button = QPushButton(self.tr("&New"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.award = QComboBox()
        self.award.addItem(self.tr("(any award)"), "")
        awards = catalog.load(self._ws)
        for code in CERTIFICATE_AWARDS:
            self.award.addItem(awards.get(code).name, code)
        self.background_button = QPushButton(self.tr("&Background scan…"))
        self.clear_background = QPushButton(self.tr("No background"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Layout:")))
        top.itemAt(0).widget().setBuddy(self.chooser)  # type: ignore[union-attr]
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(QLabel(self.tr("Name:")))
        top.addWidget(self.name, 1)
        top.addWidget(QLabel(self.tr("For:")))
        top.addWidget(self.award)
        top.addWidget(self.background_button)
        top.addWidget(self.clear_background)

        self.scene = QGraphicsScene(QRectF(-4, -4, PAGE_W_MM + 8, PAGE_H_MM + 8), self)
        self.paper = self.scene.addRect(
            QRectF(0, 0, PAGE_W_MM, PAGE_H_MM),
            QPen(QColor("#9e9e9e"), 0),
            QBrush(Qt.GlobalColor.white),
        )
        self.paper.setZValue(-2)
        self.background = QGraphicsPixmapItem()
        self.background.setZValue(-1)
        self.background.setOpacity(0.85)
        self.scene.addItem(self.background)
        self.view = SheetView(self.scene)
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.view.setMinimumSize(480, 300)
        self.scene.selectionChanged.connect(self._scene_selected)

        self.field_list = QListWidget()
        for key in FIELDS:
            item = QListWidgetItem(_field_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.field_list.addItem(item)
        self.field_list.currentRowChanged.connect(self._list_selected)
        self.field_list.itemChanged.connect(self._field_toggled)
        self.x_spin = self._spin(0, PAGE_W_MM)
        self.y_spin = self._spin(0, PAGE_H_MM)
        self.width_spin = self._spin(10, PAGE_W_MM, 1)
        self.size_spin = self._spin(6, 48, 0.5)
        self.align = QComboBox()
        for value, label in (
            ("left", self.tr("Left")),
            ("center", self.tr("Centre")),
            ("right", self.tr("Right")),
        ):
            self.align.addItem(label, value)
        self.bold = QCheckBox(self.tr("Bold"))
        self.italic = QCheckBox(self.tr("Italic"))
        self.wrap = QCheckBox(self.tr("Two lines for a long text"))
        props = QGroupBox(self.tr("Field"))
        form = QFormLayout(props)
        form.addRow(self.tr("&X (mm):"), self.x_spin)
        form.addRow(self.tr("&Y, baseline (mm):"), self.y_spin)
        form.addRow(self.tr("&Width (mm):"), self.width_spin)
        form.addRow(self.tr("Font si&ze (pt):"), self.size_spin)
        form.addRow(self.tr("Ali&gnment:"), self.align)
        form.addRow("", self.bold)
        form.addRow("", self.italic)
        form.addRow("", self.wrap)
        for spin in (self.x_spin, self.y_spin, self.width_spin, self.size_spin):
            spin.valueChanged.connect(self._props_changed)
        self.align.currentIndexChanged.connect(self._props_changed)
        for box in (self.bold, self.italic, self.wrap):
            box.toggled.connect(self._props_changed)

        self.printer = QComboBox()
        self.printer.setEditable(True)
        edit = self.printer.lineEdit()
        assert edit is not None  # the combo box is editable
        edit.setPlaceholderText(self.tr("default printer"))
        self.dx = self._spin(-20, 20, 0.5)
        self.dy = self._spin(-20, 20, 0.5)
        self.scale = self._spin(0.9, 1.1, 0.001, 3)
        self.scale.setValue(1.0)
        self.save_calibration_button = QPushButton(self.tr("Save calibration"))
        self.grid_button = QPushButton(self.tr("&Grid page…"))
        cal = QGroupBox(self.tr("Printer calibration"))
        cform = QFormLayout(cal)
        cform.addRow(self.tr("&Printer:"), self.printer)
        cform.addRow(self.tr("Offset across (mm):"), self.dx)
        cform.addRow(self.tr("Offset down (mm):"), self.dy)
        cform.addRow(self.tr("Scale:"), self.scale)
        crow = QHBoxLayout()
        crow.addWidget(self.save_calibration_button)
        crow.addWidget(self.grid_button)
        cform.addRow(crow)
        self.printer.currentTextChanged.connect(self._printer_changed)

        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(QLabel(self.tr("Fields printed (tick, then drag on the sheet):")))
        sl.addWidget(self.field_list, 1)
        sl.addWidget(props)
        sl.addWidget(cal)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        self.error = QLabel()
        mark_error(self.error)
        self.error.hide()
        self.test_button = QPushButton(self.tr("&Test print…"))
        self.test_button.setToolTip(
            self.tr("Print the fields with their boxes on plain paper, to hold against a blank")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(split, 1)
        root.addWidget(self.error)
        root.addWidget(self.buttons)
        self.resize(1280, 660)

        self.chooser.activated.connect(lambda _i: self._choose(self.chooser.currentData()))
        self.new_button.clicked.connect(self.new_layout)
        self.delete_button.clicked.connect(self.delete_layout)
        self.background_button.clicked.connect(self.choose_background)
        self.clear_background.clicked.connect(lambda: self.set_background(""))
        self.test_button.clicked.connect(self.test_print)
        self.grid_button.clicked.connect(self.grid_page)
        self.save_calibration_button.clicked.connect(self.save_calibration)

    # --- layouts ---------------------------------------------------------------------------

    def _fill_layouts(self, select: str = "") -> None:
        stored = certificates.layouts(self._ws)
        self.chooser.clear()
        for layout in stored:
            self.chooser.addItem(layout.name, layout.name)
        if not stored:
            self.chooser.addItem(self.tr("(new layout)"), "")
        index = max(self.chooser.findData(select), 0)
        self.chooser.setCurrentIndex(index)
        self._choose(self.chooser.itemData(index))

    def _choose(self, name: str) -> None:
        found = next((x for x in certificates.layouts(self._ws) if x.name == name), None)
        self._stored_name = found.name if found else ""
        self.show_layout(found or default_layout(self.tr("Blank 1")))

    def show_layout(self, layout: CertificateLayout) -> None:
        """Put a layout on the sheet."""
        self.layout_ = layout
        self._syncing = True
        self.name.setText(layout.name)
        self.award.setCurrentIndex(max(self.award.findData(layout.award_code), 0))
        for field_item in self.items.values():
            self.scene.removeItem(field_item)
        self.items = {}
        for f in layout.fields:
            self._add_item(f)
        for row in range(self.field_list.count()):
            item = self.field_list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Checked if layout.field(key) else Qt.CheckState.Unchecked
            )
        self._syncing = False
        self.set_background(layout.background)
        self.delete_button.setEnabled(bool(self._stored_name))
        self.field_list.setCurrentRow(0)

    def _add_item(self, f: FieldPlacement) -> None:
        item = FieldItem(f, self._sample.value(f.key), self._item_moved)
        self.scene.addItem(item)
        self.items[f.key] = item

    def new_layout(self) -> None:
        """Start a new layout from the usual positions."""
        self._stored_name = ""
        self.show_layout(
            default_layout(self.tr("Blank %1").replace("%1", str(self.chooser.count() + 1)))
        )
        self.name.setFocus()
        self.name.selectAll()

    def delete_layout(self) -> None:
        """Remove the stored layout shown."""
        if not self._stored_name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete layout"),
            self.tr("Delete the layout “%1”?").replace("%1", self._stored_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            on_worker(self, lambda: certificates.delete_layout(self._ws, self._stored_name))
            self._fill_layouts()

    def current_layout(self) -> CertificateLayout:
        """The layout as edited (name and award from the form)."""
        return replace(
            self.layout_, name=self.name.text(), award_code=self.award.currentData() or ""
        )

    def save(self) -> None:
        """Store the layout (validated by the service)."""
        try:
            layout = self.current_layout()
            stored = on_worker(
                self, lambda: certificates.save_layout(self._ws, layout, self._stored_name)
            )
        except ValidationError as exc:
            self.error.setText(validation_text(exc))
            self.error.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.error.hide()
        self._fill_layouts(stored.name)

    # --- background ------------------------------------------------------------------------

    def choose_background(self) -> None:
        """Pick the photo or scan of the blank."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Photo or scan of the blank"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp)"),
        )
        if name:
            self.set_background(name)

    def set_background(self, path: str) -> None:
        """Show the scan stretched over the sheet (none: a white sheet)."""
        pixmap = QPixmap(path) if path else QPixmap()
        if path and pixmap.isNull():
            self.error.setText(self.tr("The image cannot be read: %1").replace("%1", path))
            self.error.show()
            return
        self.background.setPixmap(pixmap)
        if not pixmap.isNull():
            self.background.setTransform(
                self.background.transform().fromScale(
                    PAGE_W_MM / pixmap.width(), PAGE_H_MM / pixmap.height()
                )
            )
        self.layout_ = replace(self.layout_, background=path)

    # --- fields ----------------------------------------------------------------------------

    def _field_toggled(self, item: QListWidgetItem) -> None:
        if self._syncing:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        present = self.layout_.field(key) is not None
        if on and not present:
            start = default_layout().field(key) or FieldPlacement(key, PAGE_W_MM / 2, PAGE_H_MM / 2)
            self.layout_ = replace(self.layout_, fields=(*self.layout_.fields, start))
            self._add_item(start)
        elif not on and present:
            self.layout_ = replace(
                self.layout_, fields=tuple(f for f in self.layout_.fields if f.key != key)
            )
            self.scene.removeItem(self.items.pop(key))
        self._show_props(self.current_key())

    def _list_selected(self, row: int) -> None:
        if row < 0:
            return
        key = self.field_list.item(row).data(Qt.ItemDataRole.UserRole)
        self._show_props(key)
        item = self.items.get(key)
        if item is not None and not item.isSelected():
            self.scene.clearSelection()
            item.setSelected(True)

    def _scene_selected(self) -> None:
        chosen = [i for i in self.scene.selectedItems() if isinstance(i, FieldItem)]
        if chosen:
            row = FIELDS.index(chosen[0].key)
            if self.field_list.currentRow() != row:
                self.field_list.setCurrentRow(row)

    def current_key(self) -> str:
        """The field shown in the properties."""
        item = self.field_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _show_props(self, key: str) -> None:
        f = self.layout_.field(key)
        self._syncing = True
        for w in (
            self.x_spin,
            self.y_spin,
            self.width_spin,
            self.size_spin,
            self.align,
            self.bold,
            self.italic,
            self.wrap,
        ):
            w.setEnabled(f is not None)
        if f is not None:
            self.x_spin.setValue(f.x_mm)
            self.y_spin.setValue(f.y_mm)
            self.width_spin.setValue(f.width_mm)
            self.size_spin.setValue(f.size_pt)
            self.align.setCurrentIndex(max(self.align.findData(f.align), 0))
            self.bold.setChecked(f.bold)
            self.italic.setChecked(f.italic)
            self.wrap.setChecked(f.wrap)
        self._syncing = False

    def _item_moved(self, key: str, x: float, y: float) -> None:
        self.layout_ = certificates.replace_field(self.layout_, key, x_mm=x, y_mm=y)
        if key == self.current_key():
            self._syncing = True
            self.x_spin.setValue(x)
            self.y_spin.setValue(y)
            self._syncing = False

    def _props_changed(self) -> None:
        if self._syncing:
            return
        key = self.current_key()
        if self.layout_.field(key) is None:
            return
        self.layout_ = certificates.replace_field(
            self.layout_,
            key,
            x_mm=self.x_spin.value(),
            y_mm=self.y_spin.value(),
            width_mm=self.width_spin.value(),
            size_pt=self.size_spin.value(),
            align=self.align.currentData(),
            bold=self.bold.isChecked(),
            italic=self.italic.isChecked(),
            wrap=self.wrap.isChecked(),
        )
        f = self.layout_.field(key)
        assert f is not None
        self.items[key].apply(f, self._sample.value(key))

    # --- printing aids ---------------------------------------------------------------------

    def _ask_pdf(self, title: str, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, self.tr("PDF (*.pdf)"))
        return name

    def test_print(self) -> None:
        """Write the test print of the layout shown, with the printer's calibration."""
        name = self._ask_pdf(self.tr("Test print"), "in-thu-phoi.pdf")
        if name:
            try:
                certificates.write_test_print(
                    self._ws, self.current_layout(), Path(name), self.printer.currentText()
                )
            except Exception as exc:
                show_error(self, exc)

    # --- calibration -----------------------------------------------------------------------

    def _fill_printers(self, select: str) -> None:
        self.printer.blockSignals(True)
        self.printer.clear()
        for name in certificates.printers(self._ws):
            self.printer.addItem(name)
        self.printer.setEditText(select)
        self.printer.blockSignals(False)
        self._printer_changed(select)

    def _printer_changed(self, name: str) -> None:
        cal = certificates.calibration(self._ws, name)
        self.dx.setValue(cal.dx_mm)
        self.dy.setValue(cal.dy_mm)
        self.scale.setValue(cal.scale)

    def current_calibration(self) -> Calibration:
        """The calibration as typed."""
        return Calibration(
            self.printer.currentText(), self.dx.value(), self.dy.value(), self.scale.value()
        )

    def save_calibration(self) -> None:
        """Store the printer's calibration."""
        try:
            calibration = self.current_calibration()
            cal = on_worker(self, lambda: certificates.save_calibration(self._ws, calibration))
        except ValidationError as exc:
            self.error.setText(validation_text(exc))
            self.error.show()
            return
        self.error.hide()
        self._fill_printers(cal.printer)

    def grid_page(self) -> None:
        """Write the calibration grid with the offsets typed (to check them on paper)."""
        name = self._ask_pdf(self.tr("Calibration grid"), "luoi-can-chinh.pdf")
        if name:
            try:
                certificates.write_grid(self._ws, Path(name), cal=self.current_calibration())
            except Exception as exc:
                show_error(self, exc)
