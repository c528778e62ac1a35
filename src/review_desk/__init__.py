"""Review Desk (提案审查台): offline review of CPPCC proposals at a plenary session."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("review-desk")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+src"

APP_NAME = "Review Desk"
APP_NAME_ZH = "提案审查台"
SESSION_SUFFIX = ".rdesk"
