"""The two layers a session syncs through.

`Remote` is what a session syncs *with*: a share (folder, UNC path, USB stick, SMB) or an
office server. It pushes, pulls, publishes and fetches snapshots for checkout; the
service and the live sync talk to nothing else. `Transport` is what the share protocol
needs from a share's files, with the folder transport here (SMB in `smb.py`). Paths are
relative to the share's folder and "/"-separated; a transport never opens SQLite on the
share: it moves whole files.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from review_desk.sync.errors import LocalDiskFullError, ShareUnreachableError, not_writable

if TYPE_CHECKING:
    from review_desk.review.hlc import HybridClock
    from review_desk.review.sync_merge import MergeResult
    from review_desk.store.session_file import SessionStore
    from review_desk.sync.protocol import Cancel, Progress, SyncSummary
    from review_desk.sync.snapshot import Fetched, Published


class Remote(Protocol):
    """A place a session syncs with: a share or an office server."""

    def describe(self) -> str:
        """Where it is, for messages (never a password)."""
        ...

    def session(self) -> str | None:
        """The session id it holds, or None when it holds none yet."""
        ...

    def sync(self, store: SessionStore, clock: HybridClock, create: bool,
             progress: Progress | None = None, cancel: Cancel | None = None) -> SyncSummary:
        """Pull, then push (claiming an empty remote for this session when `create`)."""
        ...

    def pull(self, store: SessionStore, clock: HybridClock, summary: SyncSummary,
             progress: Progress | None = None, cancel: Cancel | None = None) -> MergeResult:
        """Receive and merge the changes this file lacks."""
        ...

    def push(self, store: SessionStore, summary: SyncSummary,
             progress: Progress | None = None, cancel: Cancel | None = None) -> None:
        """Send the changes the remote lacks."""
        ...

    def publish(self, store: SessionStore) -> Published:
        """Publish a consolidated snapshot as the next generation."""
        ...

    def fetch_snapshot(self, target: Path) -> Fetched:
        """Write the newest sound snapshot to `target` (generation 0: none)."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


class Transport(Protocol):
    """File operations on a share folder."""

    def describe(self) -> str:
        """Where the share is, for messages (never a password)."""
        ...

    def list_dir(self, path: str) -> list[str]:
        """Names in a folder; empty when the folder does not exist."""
        ...

    def read(self, path: str) -> bytes:
        """A whole file."""
        ...

    def write_temp(self, path: str, data: bytes) -> None:
        """Write a file (replacing it), flushed to the server's disk."""
        ...

    def rename_new(self, src: str, dst: str) -> bool:
        """Rename without replacing; False (and `src` left) when `dst` exists."""
        ...

    def create_exclusive(self, path: str, data: bytes) -> bool:
        """Create a file only if it does not exist; False when it does."""
        ...

    def remove(self, path: str) -> None:
        """Delete a file if it exists."""
        ...

    def makedirs(self, path: str) -> None:
        """Create a folder and its parents."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def share_error(where: str, error: BaseException) -> ShareUnreachableError:
    """The typed error for a share that failed; names the share, not any secret."""
    refused = not_writable(where, error)
    if refused is not None:
        return refused
    reason = type(error).__name__
    detail = getattr(error, "strerror", None) or ""
    text = f"{reason}: {detail}" if detail else reason
    return ShareUnreachableError(
        f"The share {where} did not answer ({text}); check the network or the USB stick and "
        "sync again — nothing half-written was kept.",
        f"共享位置 {where} 无法访问（{text}）；请检查网络或U盘后重新同步，未保存半截的内容。",
    )


class FolderTransport:
    """A share that is a folder of this computer's file system."""

    def __init__(self, root: Path) -> None:
        self.root = root
        if not root.is_dir():
            raise ShareUnreachableError(
                f"The share folder {root} does not exist; mount the share or insert the USB "
                "stick, or create the folder.",
                f"共享文件夹 {root} 不存在；请挂载共享或插入U盘，或先创建该文件夹。",
            )

    def _p(self, path: str) -> Path:
        return self.root.joinpath(*[p for p in path.split("/") if p])

    def describe(self) -> str:
        """The folder."""
        return str(self.root)

    def list_dir(self, path: str) -> list[str]:
        """Names in a folder; empty when the folder does not exist."""
        try:
            return sorted(entry.name for entry in os.scandir(self._p(path)))
        except FileNotFoundError:
            return []
        except OSError as error:
            raise share_error(self.describe(), error) from error

    def read(self, path: str) -> bytes:
        """A whole file."""
        try:
            return self._p(path).read_bytes()
        except OSError as error:
            raise share_error(self.describe(), error) from error

    def write_temp(self, path: str, data: bytes) -> None:
        """Write, flush and fsync a file."""
        target = self._p(path)
        try:
            with target.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            with contextlib.suppress(OSError):
                target.unlink()
            if error.errno == errno.ENOSPC:
                raise LocalDiskFullError(
                    f"The share {self.root} is full; free some space on it and sync again.",
                    f"共享位置 {self.root} 空间已满；请清理后重新同步。",
                ) from error
            raise share_error(self.describe(), error) from error

    def rename_new(self, src: str, dst: str) -> bool:
        """Rename without replacing an existing file."""
        source, target = self._p(src), self._p(dst)
        try:
            try:
                os.link(source, target)
            except FileExistsError:
                return False
            except OSError:
                # file systems without hard links (FAT sticks, some shares)
                if target.exists():
                    return False
                os.rename(source, target)
                self._sync_dir(target.parent)
                return True
            source.unlink()
            self._sync_dir(target.parent)
            return True
        except OSError as error:
            raise share_error(self.describe(), error) from error

    def create_exclusive(self, path: str, data: bytes) -> bool:
        """Create a file only if it is absent (its content complete when it appears)."""
        target = self._p(path)
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        self.write_temp(self._rel(temp), data)
        try:
            return self.rename_new(self._rel(temp), path)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def remove(self, path: str) -> None:
        """Delete a file if it exists."""
        try:
            self._p(path).unlink(missing_ok=True)
        except OSError as error:
            raise share_error(self.describe(), error) from error

    def makedirs(self, path: str) -> None:
        """Create a folder and its parents."""
        try:
            self._p(path).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise share_error(self.describe(), error) from error

    def close(self) -> None:
        """Nothing to release."""

    @staticmethod
    def _sync_dir(folder: Path) -> None:
        if os.name != "posix":
            return
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
