"""Named mapping profiles: a manual header -> field mapping (and the reading options that
go with a source) saved as JSON in the user's config folder, to reuse next year.

The folder is platformdirs' user config dir, or $REVIEW_DESK_CONFIG_DIR when set (tests,
portable installs), or the `directory` a caller passes.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from review_desk.importing.errors import MappingProfileError
from review_desk.importing.fields import FIELDS_BY_KIND

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class MappingProfile:
    """A saved mapping: header -> field ("" ignores the column), plus reading options."""

    name: str
    target: str = "proposals"  # proposals | members | units | archive | lists
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    sheet: str | None = None
    table: str | None = None
    default_category: str | None = None


def profiles_dir(directory: Path | None = None) -> Path:
    """Where profiles live."""
    if directory is not None:
        return directory
    env = os.environ.get("REVIEW_DESK_CONFIG_DIR", "").strip()
    base = Path(env) if env else platformdirs.user_config_path("review-desk", appauthor=False)
    return base / "import-profiles"


def _file(name: str, directory: Path | None) -> Path:
    clean = _UNSAFE.sub("_", name.strip())
    if not clean or clean in (".", ".."):
        raise MappingProfileError(f"{name!r} is not a usable profile name.",
                                  f"“{name}”不能用作映射方案名称。")
    return profiles_dir(directory) / f"{clean}.json"


def validate_mapping(mapping: dict[str, str], target: str) -> None:
    """Refuse a mapping onto fields the target does not have."""
    known = FIELDS_BY_KIND.get(target)
    if known is None:
        raise MappingProfileError(f"Unknown import target {target!r}.",
                                  f"未知的导入类型“{target}”。")
    wrong = sorted({v for v in mapping.values() if v and v not in known})
    if wrong:
        raise MappingProfileError(
            f"Unknown fields {', '.join(wrong)}; known: {', '.join(known)}.",
            f"未知的字段：{'、'.join(wrong)}；可用字段：{'、'.join(known)}。")


def save_profile(profile: MappingProfile, directory: Path | None = None) -> Path:
    """Write a profile (replacing one of the same name); returns its file."""
    validate_mapping(profile.mapping, profile.target)
    path = _file(profile.name, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".json.tmp")
    temp.write_text(json.dumps(asdict(profile), ensure_ascii=False, indent=2), "utf-8")
    temp.replace(path)
    return path


def load_profile(name: str, directory: Path | None = None) -> MappingProfile:
    """A profile by name, or from a .json file path."""
    given = Path(name)
    path = given if given.suffix == ".json" and given.exists() else _file(name, directory)
    try:
        data = json.loads(path.read_text("utf-8"))
        profile = MappingProfile(
            name=str(data.get("name") or name), target=str(data.get("target") or "proposals"),
            mapping={str(k): str(v) for k, v in dict(data.get("mapping") or {}).items()},
            encoding=data.get("encoding"), sheet=data.get("sheet"), table=data.get("table"),
            default_category=data.get("default_category"))
    except FileNotFoundError as error:
        raise MappingProfileError(
            f"No mapping profile {name!r} (looked in {path.parent}).",
            f"没有名为“{name}”的映射方案（位置：{path.parent}）。") from error
    except (OSError, ValueError, TypeError, AttributeError) as error:
        raise MappingProfileError(f"{path}: not a mapping profile ({error}).",
                                  f"{path}：不是有效的映射方案（{error}）。") from error
    validate_mapping(profile.mapping, profile.target)
    return profile


def list_profiles(directory: Path | None = None) -> list[str]:
    """The saved profiles' names."""
    folder = profiles_dir(directory)
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []
