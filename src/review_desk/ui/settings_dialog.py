"""The settings dialog: reviewer name, language, font size."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from review_desk.ui.settings import Settings, save_settings


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` gives the edited ones."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.reviewer = QLineEdit(settings.reviewer)
        self.reviewer.setPlaceholderText(self.tr("as it appears in the history"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "auto")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 24)
        self.font_size.setValue(settings.font_size)
        self.font_size.setSuffix(" pt")
        form = QFormLayout(self)
        form.addRow(self.tr("&Reviewer name"), self.reviewer)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Font size"), self.font_size)
        form.addRow(QLabel(self.tr("A new language shows after a restart.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_settings(self) -> Settings:
        """The settings as edited."""
        return Settings(reviewer=self.reviewer.text().strip(),
                        language=str(self.language.currentData()),
                        font_size=self.font_size.value(),
                        recent_files=list(self._settings.recent_files))


def edit_settings(settings: Settings, parent: QWidget) -> Settings | None:
    """Show the dialog; the edited settings (already saved into `settings`) or None."""
    dialog = SettingsDialog(settings, parent)
    if not dialog.exec():
        return None
    new = dialog.result_settings()
    settings.reviewer, settings.language = new.reviewer, new.language
    settings.font_size = new.font_size
    save_settings(settings)
    return new
