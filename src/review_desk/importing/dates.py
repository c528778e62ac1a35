"""Dates in the forms people type: 2025-01-15, 2025/1/15, 2025.1.15, 2025年1月15日,
二〇二五年一月十五日, 20250115, 1月15日 (year from the session), day-first 15/01/2025 and
15.01.2025 (as European and some office systems export them), Excel serial numbers, with an
optional time of day.

A date with the year last is read day first (15/01/2026, 03/04/2026 = 3 April), since that is
how the systems that put the year last order it; it is read month first only when the second
number cannot be a month (01/15/2026)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta

_EXCEL_EPOCH = datetime(1899, 12, 30)
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_YMD = re.compile(
    r"^(?P<y>\d{4}|\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?"
    r"(?:[\sT]*(?P<rest>.*))?$")
_DAY_FIRST = re.compile(
    r"^(?P<a>\d{1,2})\s*[-/.]\s*(?P<b>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})(?:[\sT]*(?P<rest>.*))?$")
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:[\sT]*(?P<rest>.*))?$")
_MD = re.compile(r"^(?P<m>\d{1,2})\s*[月/.-]\s*(?P<d>\d{1,2})\s*[日号]?(?:[\sT]*(?P<rest>.*))?$")
_TIME = re.compile(
    r"^(?P<ampm>上午|下午|晚上|中午)?\s*(?P<h>\d{1,2})\s*[:：时点]\s*(?:(?P<mi>\d{1,2})\s*[:：分]?"
    r"\s*(?:(?P<s>\d{1,2})\s*秒?)?)?$")


def _cn_number(text: str) -> str:
    """Chinese numerals of a date written out (二〇二五, 十五, 二十三) as Arabic digits."""
    def tens(match: re.Match[str]) -> str:
        token = match.group(0)
        left, _, right = token.partition("十")
        high = _CN_DIGITS.get(left, 1) if left else 1
        low = _CN_DIGITS.get(right, 0) if right else 0
        return str(high * 10 + low)

    text = re.sub(r"[一二三四五六七八九]?十[一二三四五六七八九]?", tens, text)
    return "".join(str(_CN_DIGITS[c]) if c in _CN_DIGITS else c for c in text)


def _clock(rest: str | None) -> time | None:
    if not rest:
        return time()
    match = _TIME.match(rest.strip())
    if not match:
        return None
    hour = int(match["h"])
    if match["ampm"] in ("下午", "晚上") and hour < 12:
        hour += 12
    try:
        return time(hour, int(match["mi"] or 0), int(match["s"] or 0))
    except ValueError:
        return None


def _day_first(match: re.Match[str]) -> datetime | None:
    first, second = int(match["a"]), int(match["b"])
    day, month = (second, first) if second > 12 >= first else (first, second)
    clock = _clock(match["rest"])
    if clock is None:
        return None
    try:
        return datetime.combine(date(int(match["y"]), month, day), clock)
    except ValueError:
        return None


def parse_date(value: object, default_year: int | None = None) -> datetime | None:
    """A date (and time) from a cell or a typed string; None when it is not one."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 < value < 80000:  # an Excel serial day number
            return _EXCEL_EPOCH + timedelta(days=float(value))
        value = str(int(value))
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    if not text:
        return None
    text = _cn_number(text)
    day_first = _DAY_FIRST.match(text)
    if day_first:
        return _day_first(day_first)
    year: int | None
    for pattern in (_YMD, _COMPACT, _MD):
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("y"):
            year = int(groups["y"])
            year = year + 2000 if year < 100 else year
        else:
            year = default_year
        clock = _clock(groups.get("rest"))
        if year is None or clock is None:
            return None
        try:
            return datetime.combine(date(year, int(groups["m"]), int(groups["d"])), clock)
        except ValueError:
            return None
    return None


def iso(moment: datetime) -> str:
    """The ISO form the session stores: "YYYY-MM-DDTHH:MM:SS"."""
    return moment.replace(microsecond=0, tzinfo=None).isoformat()
