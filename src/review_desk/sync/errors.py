"""Typed errors of syncing; none of them ever carries a password."""

from __future__ import annotations

import errno

from review_desk.errors import ReviewDeskError


class SyncError(ReviewDeskError):
    """A sync that could not be carried out; both sides are left valid."""


class ShareLocationError(SyncError):
    """A share location that cannot be understood."""


class NoShareError(SyncError):
    """The session has never been synced and no share was given."""


class ShareUnreachableError(SyncError):
    """The share cannot be reached or stopped answering."""


class ShareNotWritableError(ShareUnreachableError):
    """The share answers, but this user may not write in it: read-only media or mount, or
    no permission (before: worded as a share that did not answer)."""


# Windows raises PermissionError (errno 13) for a file another program holds open (an
# antivirus scan, another laptop reading a batch): that passes, unlike a missing right
_FILE_IN_USE = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def not_writable(where: str, error: BaseException) -> ShareNotWritableError | None:
    """The error for a refused write or read on a folder share, or None for other failures."""
    code = getattr(error, "errno", None)
    if getattr(error, "winerror", None) in _FILE_IN_USE:  # a passing lock, not a refusal
        return None
    if code == errno.EROFS:
        return ShareNotWritableError(
            f"The share {where} is read-only (read-only media, or mounted read-only): "
            "nothing can be written there; sync with a writable share — nothing "
            "half-written was kept.",
            f"共享位置 {where} 是只读的（只读介质或以只读方式挂载），无法写入；请使用可写的"
            "共享位置同步，未保存半截的内容。")
    if code in (errno.EACCES, errno.EPERM):
        return ShareNotWritableError(
            f"The share {where} is not writable for this user (no permission to write or "
            "read there); ask for write access to the folder — nothing half-written was "
            "kept.",
            f"没有写入（或读取）共享位置 {where} 的权限；请申请该文件夹的写权限，"
            "未保存半截的内容。")
    return None


class LoginError(SyncError):
    """The server refused the user name or password."""


class PasswordMissingError(SyncError):
    """No password in the keychain and no way to ask for one."""


class WrongShareError(SyncError):
    """The share holds another session's record."""


class NothingToCheckOutError(SyncError):
    """The share holds no session yet."""


class LocalDiskFullError(SyncError):
    """The local disk is full; nothing half-written was kept."""


class SyncCancelledError(SyncError):
    """The person cancelled the sync; what was done so far is kept and valid."""
