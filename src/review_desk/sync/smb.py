"""The SMB 2/3 transport (smbprotocol): signing required, encryption when the server
offers it. The password is passed in by the caller and kept only in memory."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable
from typing import Any, TypeVar

from smbprotocol.exceptions import (  # type: ignore[import-untyped]
    LogonFailure,
    SMBAuthenticationError,
    SMBException,
    SMBOSError,
)

from review_desk.sync import smb_calls as smbclient  # shared reads, brief retries
from review_desk.sync.errors import LoginError, ShareUnreachableError
from review_desk.sync.location import SmbLocation
from review_desk.sync.smb_errors import cause, smb_error

T = TypeVar("T")

CONNECT_TIMEOUT_S = 15


class SmbTransport:
    """A folder on an SMB share, reached directly over the network."""

    def __init__(self, location: SmbLocation, password: str) -> None:
        self.location = location
        self._cache: dict[str, Any] = {}
        self._kw: dict[str, Any] = {"port": location.port, "connection_cache": self._cache}
        try:
            self.session = smbclient.register_session(
                location.host, username=location.user, password=password, port=location.port,
                encrypt=None, require_signing=True, connection_timeout=CONNECT_TIMEOUT_S,
                connection_cache=self._cache,
            )
        except (SMBAuthenticationError, LogonFailure):
            self.close()
            raise LoginError(
                f"The server {location.host} refused the user name or password of "
                f"{location.user}; run `review-desk login {location.url()}` again.",
                f"服务器 {location.host} 拒绝了用户 {location.user} 的用户名或密码；"
                f"请重新运行 `review-desk login {location.url()}`。",
            ) from None
        except (SMBException, OSError, ValueError) as error:
            self.close()
            raise smb_error(location, error) from None
        self._check_share()

    @property
    def encrypted(self) -> bool:
        """Whether the session encrypts its messages."""
        return bool(getattr(self.session, "encrypt_data", False))

    def _unc(self, path: str) -> str:
        parts = [self.location.host, self.location.share]
        parts += [p for p in self.location.folder.split("/") if p]
        parts += [p for p in path.split("/") if p]
        return "\\\\" + "\\".join(parts)

    def _call(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except (SMBAuthenticationError, LogonFailure):
            raise LoginError(
                f"The server refused the password; run `review-desk login "
                f"{self.location.url()}` again.",
                f"服务器拒绝了密码；请重新运行 `review-desk login {self.location.url()}`。",
            ) from None
        except (SMBException, OSError, ValueError) as error:
            raise smb_error(self.location, error) from None

    def _check_share(self) -> None:
        try:
            smbclient.makedirs(self._unc(""), exist_ok=True, **self._kw)
        except (SMBException, OSError, ValueError) as error:
            self.close()
            if cause(self.location, error) is not None:
                raise smb_error(self.location, error) from None
            raise ShareUnreachableError(
                f"The share {self.location.url()} cannot be opened ({type(error).__name__}); "
                "check the share name and folder and that the user may write there.",
                f"无法打开共享 {self.location.url()}（{type(error).__name__}）；"
                "请检查共享名、文件夹以及该用户的写权限。",
            ) from None

    def describe(self) -> str:
        """The share's address (no password)."""
        return self.location.url()

    def list_dir(self, path: str) -> list[str]:
        """Names in a folder; empty when the folder does not exist."""
        try:
            return sorted(smbclient.listdir(self._unc(path), **self._kw))
        except SMBOSError as error:
            if error.errno == errno.ENOENT:
                return []
            raise smb_error(self.location, error) from None
        except (SMBException, OSError, ValueError) as error:
            raise smb_error(self.location, error) from None

    def read(self, path: str) -> bytes:
        """A whole file."""
        def run() -> bytes:
            with smbclient.open_file(self._unc(path), mode="rb", **self._kw) as handle:
                return bytes(handle.read())
        return self._call(run)

    def write_temp(self, path: str, data: bytes) -> None:
        """Write a file and flush it on the server."""
        def run() -> None:
            with smbclient.open_file(self._unc(path), mode="wb", **self._kw) as handle:
                handle.write(data)
                handle.flush()
        self._call(run)

    def rename_new(self, src: str, dst: str) -> bool:
        """Rename; the server refuses to replace an existing file."""
        try:
            smbclient.rename(self._unc(src), self._unc(dst), **self._kw)
            return True
        except SMBOSError as error:
            if error.errno == errno.EEXIST:
                return False
            raise smb_error(self.location, error) from None
        except (SMBException, OSError, ValueError) as error:
            raise smb_error(self.location, error) from None

    def create_exclusive(self, path: str, data: bytes) -> bool:
        """An atomic create-if-absent (mode "x")."""
        try:
            with smbclient.open_file(self._unc(path), mode="xb", **self._kw) as handle:
                handle.write(data)
                handle.flush()
            return True
        except SMBOSError as error:
            if error.errno == errno.EEXIST:
                return False
            raise smb_error(self.location, error) from None
        except (SMBException, OSError, ValueError) as error:
            raise smb_error(self.location, error) from None

    def remove(self, path: str) -> None:
        """Delete a file if it exists."""
        try:
            smbclient.remove(self._unc(path), **self._kw)
        except SMBOSError as error:
            if error.errno != errno.ENOENT:
                raise smb_error(self.location, error) from None
        except (SMBException, OSError, ValueError) as error:
            raise smb_error(self.location, error) from None

    def makedirs(self, path: str) -> None:
        """Create a folder and its parents."""
        self._call(lambda: smbclient.makedirs(self._unc(path), exist_ok=True, **self._kw))

    def close(self) -> None:
        """Close the connection."""
        with contextlib.suppress(Exception):
            smbclient.reset_connection_cache(fail_on_error=False, connection_cache=self._cache)
