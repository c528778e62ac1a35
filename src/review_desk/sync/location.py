"""Where a session syncs: a folder path, `smb://USER@HOST[:PORT]/SHARE/FOLDER`, or an
office server `postgresql://USER@HOST[:PORT]/DATABASE`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from review_desk.sync.errors import ShareLocationError

SMB_PORT = 445
PG_PORT = 5432
PG_SCHEMES = ("postgresql://", "postgres://")
# connection settings a server address may carry (never a password)
PG_OPTIONS = frozenset({"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl",
                        "connect_timeout"})
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


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

    def keychain_service(self) -> str:
        """The keychain's service name for SMB passwords."""
        return "review-desk-smb"


@dataclass(frozen=True)
class ServerLocation:
    """A database on an office PostgreSQL server."""

    user: str
    host: str
    port: int
    database: str
    options: tuple[tuple[str, str], ...] = field(default=())

    def url(self) -> str:
        """The text form remembered by the session (never a password)."""
        port = "" if self.port == PG_PORT else f":{self.port}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?{urlencode(self.options)}" if self.options else ""
        return (f"postgresql://{quote(self.user, safe='')}@{host}{port}/"
                f"{quote(self.database, safe='')}{query}")

    def keychain_user(self) -> str:
        """The account name under which the keychain holds the password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def keychain_service(self) -> str:
        """The keychain's service name for office-server passwords."""
        return "review-desk-postgresql"

    def is_local(self) -> bool:
        """Whether the server is this computer (a loopback address or a socket folder)."""
        return self.host in _LOCAL_HOSTS or self.host.startswith("/")

    def sslmode(self) -> str:
        """TLS required for a server on the network unless the address says otherwise."""
        given = dict(self.options).get("sslmode")
        return given or ("prefer" if self.is_local() else "require")

    def as_user(self, user: str) -> ServerLocation:
        """The same server for another role."""
        return ServerLocation(user, self.host, self.port, self.database, self.options)


Location = FolderLocation | SmbLocation | ServerLocation
PasswordLocation = SmbLocation | ServerLocation


def _bad_server(value: str) -> ShareLocationError:
    return ShareLocationError(
        f"{value!r} is not a server address; write postgresql://USER@HOST[:PORT]/DATABASE.",
        f"“{value}”不是有效的服务器地址，格式为 postgresql://用户@主机[:端口]/数据库。",
    )


def _bad_share(value: str) -> ShareLocationError:
    return ShareLocationError(
        f"{value!r} is not a share address; write smb://USER@HOST[:PORT]/SHARE/FOLDER.",
        f"“{value}”不是有效的共享地址，格式为 smb://用户@主机[:端口]/共享/文件夹。",
    )


def _no_password() -> ShareLocationError:
    # the password itself is never repeated back
    return ShareLocationError(
        "Do not put the password in the address; run `review-desk login URL` to keep it in "
        "the system keychain.",
        "请不要把密码写在地址中；用 `review-desk login URL` 把密码存入系统钥匙串。",
    )


def parse_server(value: str) -> ServerLocation:
    """Read `postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…]`."""
    try:
        parts = urlsplit(value)
        parts.password, parts.hostname  # noqa: B018 - both raise on an unclosed [IPv6
    except ValueError:
        raise _bad_server(value) from None
    if parts.password is not None:
        raise _no_password()
    try:
        port = parts.port or PG_PORT
    except ValueError:
        raise _bad_server(value) from None
    database = unquote(parts.path.strip("/"))
    if not parts.username or not parts.hostname or not database or "/" in database:
        raise _bad_server(value)
    options = parse_qsl(parts.query, keep_blank_values=True)
    for key, _ in options:
        if key == "password":
            raise _no_password()
        if key not in PG_OPTIONS:
            raise ShareLocationError(
                f"The server address has an unknown setting {key!r}; allowed: "
                f"{', '.join(sorted(PG_OPTIONS))}.",
                f"服务器地址中的设置“{key}”无法识别；可用：{', '.join(sorted(PG_OPTIONS))}。",
            )
    return ServerLocation(unquote(parts.username), parts.hostname, port, database,
                          tuple(sorted(options)))


def parse_location(text: str) -> Location:
    """Read a share or server location typed by a person."""
    value = text.strip()
    if value.lower().startswith(PG_SCHEMES):
        return parse_server(value)
    if not value.lower().startswith("smb://"):
        if not value:
            raise ShareLocationError("Give the share as a folder path or smb://USER@HOST/SHARE.",
                                     "请以文件夹路径或 smb://用户@主机/共享 的形式指定共享位置。")
        return FolderLocation(Path(value).expanduser())
    try:
        parts = urlsplit(value)
        parts.password, parts.hostname  # noqa: B018 - both raise on an unclosed [IPv6
    except ValueError:
        raise _bad_share(value) from None
    if parts.password is not None:
        raise _no_password()
    try:
        port = parts.port or SMB_PORT
    except ValueError:
        port = -1
    path = [unquote(p) for p in parts.path.split("/") if p]
    if not parts.username or not parts.hostname or not path or port <= 0:
        raise _bad_share(value)
    return SmbLocation(unquote(parts.username), parts.hostname, port, path[0], "/".join(path[1:]))
