"""Where a session's share is: a folder path or `smb://USER@HOST[:PORT]/SHARE/FOLDER`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from review_desk.sync.errors import ShareLocationError

SMB_PORT = 445


@dataclass(frozen=True)
class FolderLocation:
    """A folder: a mounted share, a UNC path, a USB stick."""

    path: Path

    def url(self) -> str:
        """The text form remembered by the session."""
        return str(self.path)


@dataclass(frozen=True)
class SmbLocation:
    """A folder on an SMB 2/3 share, reached directly."""

    user: str
    host: str
    port: int
    share: str
    folder: str  # "/"-separated, may be empty

    def url(self) -> str:
        """The text form remembered by the session (never a password)."""
        port = "" if self.port == SMB_PORT else f":{self.port}"
        folder = f"/{self.folder}" if self.folder else ""
        return f"smb://{self.user}@{self.host}{port}/{self.share}{folder}"

    def keychain_user(self) -> str:
        """The account name under which the keychain holds the password."""
        return f"{self.user}@{self.host}:{self.port}"


Location = FolderLocation | SmbLocation


def parse_location(text: str) -> Location:
    """Read a share location typed by a person."""
    value = text.strip()
    if not value.lower().startswith("smb://"):
        if not value:
            raise ShareLocationError("Give the share as a folder path or smb://USER@HOST/SHARE.",
                                     "请以文件夹路径或 smb://用户@主机/共享 的形式指定共享位置。")
        return FolderLocation(Path(value).expanduser())
    try:
        parts = urlsplit(value)
        password, host = parts.password, parts.hostname
    except ValueError:  # e.g. an unclosed [IPv6 address
        raise _not_an_address(value) from None
    if password is not None:
        # the password itself is never repeated back
        raise ShareLocationError(
            "Do not put the password in the share address; run `review-desk login URL` to keep "
            "it in the system keychain.",
            "请不要把密码写在共享地址中；用 `review-desk login URL` 把密码存入系统钥匙串。",
        )
    try:
        port = parts.port or SMB_PORT
    except ValueError:
        port = -1
    path = [unquote(p) for p in parts.path.split("/") if p]
    if not parts.username or not host or not path or port <= 0:
        raise _not_an_address(value)
    return SmbLocation(unquote(parts.username), host, port, path[0], "/".join(path[1:]))


def _not_an_address(value: str) -> ShareLocationError:
    return ShareLocationError(
        f"{value!r} is not a share address; write smb://USER@HOST[:PORT]/SHARE/FOLDER.",
        f"“{value}”不是有效的共享地址，格式为 smb://用户@主机[:端口]/共享/文件夹。",
    )
