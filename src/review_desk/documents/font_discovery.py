"""Font discovery: the CJK TrueType faces on this machine (fontconfig and font folders)."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from review_desk.documents.font_coverage import fontconfig_faces, scan_folders

# The real typefaces: family names (fontconfig, any platform) and file names (Windows,
# macOS folders).
REAL_FAMILIES: dict[str, tuple[str, ...]] = {
    "fangsong": ("FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋",
                 "FZFangSong-Z02S", "方正仿宋简体", "FZFangSong-Z02"),
    "song": ("SimSun", "宋体", "NSimSun", "新宋体", "STSong", "华文宋体", "Songti SC"),
    "hei": ("SimHei", "黑体", "STHeiti", "华文黑体", "Heiti SC"),
    "kai": ("KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "华文楷体", "Kaiti SC"),
    "xiaobiaosong": ("FZXiaoBiaoSong-B05S", "方正小标宋简体", "FZXiaoBiaoSong-B05",
                     "方正小标宋_GBK", "方正小标宋"),
}
REAL_FILES: dict[str, tuple[str, ...]] = {
    "fangsong": ("simfang.ttf", "STFANGSO.TTF", "FZFSJW.TTF", "FZFSK.TTF"),
    "song": ("simsun.ttc", "simsun.ttf", "STSONG.TTF", "Songti.ttc"),
    "hei": ("simhei.ttf", "STHeiti Medium.ttc", "STHEITI.TTF"),
    "kai": ("simkai.ttf", "STKAITI.TTF", "Kaiti.ttc"),
    "xiaobiaosong": ("FZXBSJW.TTF", "FZXBSK.TTF", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf"),
}
# Close real typefaces to try before open fonts (小标宋 missing: a 宋体 is near).
NEAR_ROLES: dict[str, tuple[str, ...]] = {
    "fangsong": ("song", "kai"), "song": ("fangsong",), "hei": (), "kai": ("fangsong",),
    "xiaobiaosong": ("song", "hei"),
}
# Open CJK TrueType stand-ins, best first, per role.
OPEN_FAMILIES: dict[str, tuple[str, ...]] = {
    "fangsong": ("AR PL UMing CN", "LXGW WenKai", "AR PL UKai CN", "WenQuanYi Zen Hei"),
    "song": ("AR PL UMing CN", "AR PL UMing TW", "WenQuanYi Zen Hei"),
    "hei": ("WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "AR PL UMing CN"),
    "kai": ("AR PL UKai CN", "LXGW WenKai", "AR PL UMing CN", "WenQuanYi Zen Hei"),
    "xiaobiaosong": ("AR PL UMing CN", "WenQuanYi Zen Hei", "AR PL UKai CN"),
}
OPEN_FILES: dict[str, tuple[tuple[str, int], ...]] = {
    "AR PL UMing CN": (("uming.ttc", 0),),
    "AR PL UMing TW": (("uming.ttc", 2),),
    "AR PL UKai CN": (("ukai.ttc", 0),),
    "WenQuanYi Zen Hei": (("wqy-zenhei.ttc", 0),),
    "WenQuanYi Micro Hei": (("wqy-microhei.ttc", 0),),
    "LXGW WenKai": (("LXGWWenKai-Regular.ttf", 0),),
}


@dataclass(frozen=True)
class FontFace:
    """A font file (and face index inside a .ttc) found on this machine."""

    family: str
    path: Path
    index: int = 0


@functools.cache
def fc_faces() -> tuple[tuple[tuple[str, ...], FontFace], ...]:
    """Every face fontconfig knows that covers Chinese: (family names, face)."""
    exe = shutil.which("fc-list")
    if not exe:
        return ()
    try:
        out = subprocess.run(
            [exe, ":lang=zh", "-f", "%{family}\t%{file}\t%{index}\t%{fontformat}\n"],
            capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    faces = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or parts[3] not in ("TrueType", ""):
            continue
        names = tuple(n.strip() for n in parts[0].split(",") if n.strip())
        index = int(parts[2]) if parts[2].isdigit() else 0
        faces.append((names, FontFace(names[0] if names else "", Path(parts[1]), index)))
    return tuple(sorted(faces, key=lambda f: (str(f[1].path), f[1].index)))


def _font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                 Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                 Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts"]
    return [d for d in dirs if d.is_dir()]


@functools.cache
def file_index() -> dict[str, Path]:
    """Font files under the usual folders by lower-case name (first found wins)."""
    found: dict[str, Path] = {}
    for folder in _font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def faces_by_family(families: Iterable[str]) -> list[FontFace]:
    faces = fc_faces()
    out = []
    for wanted in families:
        for names, face in faces:
            if wanted in names:
                out.append(FontFace(wanted, face.path, face.index))
    return out


def faces_by_file(names: Iterable[str]) -> list[FontFace]:
    index = file_index()
    return [FontFace(Path(index[n.lower()]).stem, index[n.lower()])
            for n in names if n.lower() in index]


def open_faces(role: str) -> list[FontFace]:
    out = faces_by_family(OPEN_FAMILIES[role])
    index = file_index()
    for family in OPEN_FAMILIES[role]:
        for filename, face_index in OPEN_FILES.get(family, ()):
            if filename.lower() in index:
                out.append(FontFace(family, index[filename.lower()], face_index))
    return out


def any_cjk_faces() -> list[FontFace]:
    return [face for _names, face in fc_faces()]


def installed_faces_with(code: int) -> list[FontFace]:
    """Installed TrueType faces with a glyph for `code`, in a stable order: fontconfig's
    answer where there is fontconfig, else a scan of the font folders' character maps."""
    faces = fontconfig_faces(code)
    if faces is None:
        faces = tuple(scan_folders(file_index().values(), code))
    return [FontFace(Path(path).stem, Path(path), index) for path, index in faces]
