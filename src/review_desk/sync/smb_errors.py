"""SMB failures in words: connection refused, unknown host, a stopped server, access
denied … rather than the name of an exception class."""

from __future__ import annotations

import socket

from smbprotocol.exceptions import (  # type: ignore[import-untyped]
    AccessDenied,
    SMBConnectionClosed,
)

from review_desk.sync.errors import ShareUnreachableError
from review_desk.sync.location import SmbLocation
from review_desk.sync.transport import share_error

CONNECT_TIMEOUT_S = 15  # as sync.smb's
_ACCESS_DENIED = (0xC0000022, 0xC00000A2)  # STATUS_ACCESS_DENIED, STATUS_MEDIA_WRITE_PROTECTED
_NO_SUCH_SHARE = 0xC00000CC  # STATUS_BAD_NETWORK_NAME


def cause(location: SmbLocation, error: BaseException) -> tuple[str, str] | None:
    """What went wrong with the share, in words (English, Chinese), or None."""
    text = f"{error} {error.__context__ or ''}"
    status = getattr(error, "ntstatus", None) or getattr(error, "status", None)
    where = f"{location.host} port {location.port}"
    if isinstance(error, ConnectionRefusedError) or "Connection refused" in text:
        return (f"refused the connection: no file-sharing service answers on {where} (is the "
                "server switched on, and is the port right?)",
                f"拒绝连接：{location.host} 端口 {location.port} 上没有文件共享服务（服务器是否"
                "开机，端口是否正确？）")
    if isinstance(error, socket.gaierror) or "Name or service not known" in text or (
            "name resolution" in text) or "nodename nor servname" in text:
        return (f"names a computer that cannot be found ({location.host}): check the spelling "
                "and the network",
                f"找不到计算机“{location.host}”：请检查名称拼写和网络")
    if status in _ACCESS_DENIED or isinstance(error, AccessDenied) or (
            "STATUS_ACCESS_DENIED" in text):
        return (f"refused access: the user {location.user} may not write in this folder of the "
                "share; ask the office to give that user write access",
                f"拒绝访问：用户 {location.user} 无权写入共享中的该文件夹；请让办公室为该用户开通"
                "写权限")
    if status == _NO_SUCH_SHARE or "STATUS_BAD_NETWORK_NAME" in text:
        return (f"has no share called “{location.share}” on {location.host}; check the share "
                "name",
                f"服务器 {location.host} 上没有名为“{location.share}”的共享；请检查共享名")
    if isinstance(error, TimeoutError | socket.timeout) or "timed out" in text:
        return (f"did not answer within {CONNECT_TIMEOUT_S} s ({where}); check the network",
                f"在 {CONNECT_TIMEOUT_S} 秒内没有应答（{location.host} 端口 {location.port}）；"
                "请检查网络")
    if isinstance(error, SMBConnectionClosed | ConnectionResetError | BrokenPipeError) or (
            "socket was closed" in text or "Connection reset" in text):
        return ("stopped answering: the server was switched off or restarted, or the network "
                "dropped",
                "停止了应答：服务器已关闭或重启，或网络已断开")
    if "Network is unreachable" in text or "No route to host" in text:
        return (f"cannot be reached ({where}): this computer is not on that network",
                f"无法到达（{location.host} 端口 {location.port}）：本机不在该网络中")
    return None


def smb_error(location: SmbLocation, error: BaseException) -> ShareUnreachableError:
    """The typed error for a failed share operation, naming the cause in words."""
    found = cause(location, error)
    if found is None:
        return share_error(location.url(), error)
    en, zh = found
    return ShareUnreachableError(
        f"The share {location.url()} {en}. Nothing half-written was kept; sync again when it "
        "is fixed.",
        f"共享位置 {location.url()} {zh}。未保存半截的内容；解决后请重新同步。",
    )
