"""Languages: which one to use, loading the app's and Qt's own translations, and the
names of statuses, roles and actions in the language in use."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from review_desk.review.labels import action_label_zh

LANGUAGES = ("zh_CN", "en")
QM_PACKAGE = "review_desk.ui"
QM_FOLDER = "i18n"


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else en."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(setting: str) -> str:
    """The language to use for a setting of "auto", "zh_CN" or "en"."""
    return setting if setting in LANGUAGES else system_language()


def qm_path(language: str) -> Path:
    """Where the app's compiled translation for `language` lives."""
    ref = resources.files(QM_PACKAGE).joinpath(QM_FOLDER, f"review_desk_{language}.qm")
    return Path(str(ref))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's .qm and Qt's qtbase translation for `language` into `app`.

    The translators are returned so the caller keeps them alive."""
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(qm_path(language))):
        app.installTranslator(own)
        installed.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    QLocale.setDefault(QLocale(language))
    return installed


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (lupdate finds QCoreApplication.translate calls only,
    so callers write those; this is for strings marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)


def status_name(status: str) -> str:
    """A proposal status in the language in use."""
    names = {
        "pending": QCoreApplication.translate("Status", "Pending"),
        "accepted": QCoreApplication.translate("Status", "Accepted"),
        "rejected": QCoreApplication.translate("Status", "Not accepted"),
        "merged": QCoreApplication.translate("Status", "Merged"),
        "withdrawn": QCoreApplication.translate("Status", "Withdrawn"),
    }
    return names.get(status, status)


def role_name(role: str) -> str:
    """A handling unit's role in the language in use."""
    names = {
        "lead": QCoreApplication.translate("Role", "Lead"),
        "joint": QCoreApplication.translate("Role", "Joint"),
        "assist": QCoreApplication.translate("Role", "Assisting"),
        "split": QCoreApplication.translate("Role", "Split"),
    }
    return names.get(role, role)


def action_name(action: str, language: str) -> str:
    """The name of a journal action (as the Edit menu and history show it)."""
    if language == "zh_CN":
        return action_label_zh(action)
    kind, sep, rest = action.partition(":")
    if sep and kind in ("undo", "redo"):
        return action_name(rest, language)
    return _ENGLISH_ACTIONS.get(action, action.replace(".", " ").replace("_", " "))


# English names of the journal's actions (the Chinese ones are the core's labels).
_ENGLISH_ACTIONS = {
    "import": "import", "decide.accept": "accept", "decide.reject": "not accept",
    "decide.withdraw": "withdraw", "decide.pending": "back to pending", "merge.add": "merge",
    "merge.remove": "remove from merge", "merge.dissolve": "dissolve merge",
    "units.assign": "assign units", "units.add": "add unit", "units.remove": "remove unit",
    "units.move": "reorder units", "units.role": "change unit role",
    "units.deadline": "set deadline", "proposal.category": "change category",
    "proposal.opinion": "review opinion", "proposal.key": "key proposal",
    "note.add": "add note", "note.edit": "edit note", "note.delete": "delete note",
    "numbering.number": "number cases", "numbering.finalise": "finalise numbers",
}
