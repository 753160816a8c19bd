"""Preview a PDF before printing, and print it through the system's printer dialog.
Pages are drawn by pypdfium2 (PDFium), so what is seen is what the PDF holds."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.ui.window_size import open_at


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3,
                           QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels before the buffer goes
        return images
    finally:
        document.close()


def print_pdf(parent: QWidget, pdf: bytes) -> bool:
    """Ask for a printer, then print every page. False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        for number, image in enumerate(page_images(pdf, min(printer.resolution(), 300))):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), size.width(), size.height()), image)
    finally:
        painter.end()
    return True


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, *,
                 can_issue: bool = True) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.choice: str | None = None  # "print" or "save"
        self.setWindowTitle(title)
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for image in page_images(pdf, 80):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        close = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(can_issue)
        # the keys every program prints and saves with
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(lambda: self._choose("print"))
        self.save_button.clicked.connect(lambda: self._choose("save"))
        close.clicked.connect(self.reject)
        open_at(self, 760, 680)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
