"""In-app preview of an evidence file: images scaled to fit, PDFs with QtPdf.

Staff check that the right scan is attached without leaving the app (and
without a PDF reader installed).  ``PreviewPane`` shows a file on disk or a
blob's bytes: images through ``QImageReader`` (EXIF rotation applied,
scaled to the pane), PDFs through ``QPdfDocument`` + ``QPdfView`` (all pages,
fit to width), anything else as a short note with 「用系统程序打开」.  Bytes
are written to a private ``QTemporaryDir`` first, because QPdfDocument loads
a file synchronously and reports a clear status.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTemporaryDir, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from app.translatable import QT_TRANSLATE_NOOP

IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}


def guess_media_type(filename: str, media_type: str | None = None) -> str:
    if media_type and media_type != "application/octet-stream":
        return media_type
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


class ScaledImage(QLabel):
    """Shows an image scaled down (never up) to the space it has, keeping proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(80, 80)
        self._image = QImage()

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._rescale()

    def image(self) -> QImage:
        return self._image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image.isNull():
            self.clear()
            return
        area = self.contentsRect().size()
        size = self._image.size()
        if size.width() > area.width() or size.height() > area.height():
            size = size.scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
        self.setPixmap(QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))


class PreviewPane(QWidget):
    """A preview of one file; ``mode`` is ``empty``, ``image``, ``pdf``, ``other`` or ``error``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "empty"
        self.current_path: Path | None = None
        self._temp = QTemporaryDir()
        self.title = QLabel(self)
        self.title.setObjectName("preview-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.pages_label = QLabel(self)
        self.fit_width = QPushButton(self.tr("适合宽度"), self)
        self.fit_page = QPushButton(self.tr("整页"), self)
        self.open_external = QPushButton(self.tr("用系统程序打开"), self)
        self.fit_width.clicked.connect(lambda: self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.open_external.clicked.connect(self._open_external)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.pages_label, 1)
        for button in (self.fit_width, self.fit_page, self.open_external):
            bar.addWidget(button)

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #6b7280; }")
        self.image = ScaledImage(self)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setStyleSheet("QPdfView { background: #d9dde3; }")
        self.stack = QStackedWidget(self)
        frame_image = QScrollArea(self)
        frame_image.setWidget(self.image)
        frame_image.setWidgetResizable(True)
        frame_image.setFrameShape(QFrame.Shape.NoFrame)
        for page in (self.message, frame_image, self.pdf_view):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.clear()

    def sizeHint(self) -> QSize:
        return QSize(420, 520)

    # -- what callers use ----------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.pdf_document.pageCount() if self.mode == "pdf" else 0

    def clear(self, message: str | None = None) -> None:
        self.pdf_document.close()
        self.image.set_image(QImage())
        self.current_path = None
        self.title.setText("")
        self._show_message(message or self.tr("选择一份证明材料即可在此预览"), "empty")

    def show_bytes(self, data: bytes, *, filename: str, media_type: str | None = None) -> bool:
        """Preview bytes (e.g. a blob read from the dossier file) via a private temporary file."""
        if not self._temp.isValid():
            self._show_message(self.tr("无法创建临时文件，不能预览"), "error")
            return False
        suffix = Path(filename).suffix.lower()
        target = Path(self._temp.path()) / f"preview-{abs(hash(data)) % 10**12}{suffix}"
        if not target.exists():
            target.write_bytes(data)
        return self.show_path(target, media_type=media_type, title=filename)

    def show_path(self, path: Path | str, *, media_type: str | None = None, title: str | None = None) -> bool:
        path = Path(path)
        self.pdf_document.close()
        self.current_path = path
        self.title.setText(title or path.name)
        kind = guess_media_type(path.name, media_type)
        if kind == "application/pdf":
            return self._show_pdf(path)
        if kind in IMAGE_TYPES or kind.startswith("image/"):
            return self._show_image(path)
        self._show_message(self.tr("此类文件（{suffix}）无法在应用内预览，可用系统程序打开。").format(
            suffix=path.suffix or kind), "other")
        self.open_external.setVisible(True)
        return False

    # -- internals -----------------------------------------------------------------------
    def _show_pdf(self, path: Path) -> bool:
        # A fresh QPdfDocument per file: QPdfView does not always lay out again when the document it
        # already shows is closed and reloaded (the page stayed blank until the view was resized).
        document = QPdfDocument(self)
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            document.deleteLater()
            self._show_message(self.tr("PDF 文件无法打开（{error}）").format(error=_pdf_error_text(error)), "error")
            return False
        old, self.pdf_document = self.pdf_document, document
        self.stack.setCurrentWidget(self.pdf_view)        # visible first, so the view lays pages out for its size
        self.pdf_view.setDocument(document)
        old.close()
        old.deleteLater()
        QTimer.singleShot(0, self._relayout_pdf)
        self.mode = "pdf"
        self.pages_label.setText(self.tr("PDF，共 {n} 页").format(n=document.pageCount()))
        self._buttons(pdf=True)
        return True

    def _relayout_pdf(self) -> None:
        """Make QPdfView lay its pages out again once the pane has its final size.

        Without this the page sometimes stayed blank after a file was loaded into a pane that was still
        being laid out (seen offscreen with Qt 6.12); switching the page mode recomputes the layout.
        """
        if self.mode == "pdf":
            self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)

    def _show_image(self, path: Path) -> bool:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            self._show_message(self.tr("图片无法读取：{error}").format(error=reader.errorString()), "error")
            return False
        self.image.set_image(image)
        self.mode = "image"
        self.stack.setCurrentIndex(1)
        self.pages_label.setText(self.tr("图片，{w} × {h} 像素").format(w=image.width(), h=image.height()))
        self._buttons(pdf=False)
        return True

    def _show_message(self, text: str, mode: str) -> None:
        self.mode = mode
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.pages_label.setText("")
        self._buttons(pdf=False, external=mode in ("other", "error") and self.current_path is not None)

    def _buttons(self, *, pdf: bool, external: bool = True) -> None:
        self.fit_width.setVisible(pdf)
        self.fit_page.setVisible(pdf)
        self.open_external.setVisible(external and self.current_path is not None)

    def _open_external(self) -> None:
        if self.current_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current_path)))


def _pdf_error_text(error: QPdfDocument.Error) -> str:
    text = {
        QPdfDocument.Error.FileNotFound: QT_TRANSLATE_NOOP("PreviewPane", "找不到文件"),
        QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP("PreviewPane", "不是有效的 PDF"),
        QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP("PreviewPane", "文件已加密，需要密码"),
        QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP("PreviewPane", "不支持的加密方式"),
        QPdfDocument.Error.DataNotYetAvailable: QT_TRANSLATE_NOOP("PreviewPane", "数据尚未就绪"),
    }.get(error, QT_TRANSLATE_NOOP("PreviewPane", "未知错误"))
    return QCoreApplication.translate("PreviewPane", text)
