"""The office's provincial profile edited as a form: one award's standards written back into
the profile's TOML (the storage stays TOML)."""

from __future__ import annotations

import json
import tomllib
from typing import Any

from desktop.domain.awards import Catalog
from desktop.domain.errors import ValidationError
from desktop.services import catalog
from desktop.services.session import Workspace

_FIRST = ("code", "vote_threshold", "review_note")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{ " + ", ".join(f"{json.dumps(str(k))} = {_value(v)}" for k, v in value.items()) + " }"
        )
    raise ValidationError("profile", "profile_value", f"Giá trị không ghi được: {value!r}.")


def dumps(entries: list[dict[str, Any]]) -> str:
    """The profile's `[[award]]` entries as TOML."""
    blocks = []
    for entry in entries:
        lines = ["[[award]]"]
        keys = [k for k in _FIRST if k in entry] + [
            k for k in entry if k not in _FIRST and k != "params"
        ]
        lines += [f"{k} = {_value(entry[k])}" for k in keys]
        params = entry.get("params") or {}
        if params:
            lines.append("[award.params]")
            lines += [f"{k} = {_value(v)}" for k, v in params.items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def with_standards(
    profile_text: str, code: str, vote_threshold: int | None, params: dict[str, Any]
) -> str:
    """The profile with one award's vote threshold and parameters set (others kept)."""
    try:
        raw = tomllib.loads(profile_text) if profile_text.strip() else {}
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            "profile",
            "profile_syntax",
            f"Danh mục của tỉnh sai cú pháp: {exc}",
            {"detail": str(exc)},
        ) from exc
    entries: list[dict[str, Any]] = list(raw.get("award", []))
    entry = next((e for e in entries if e.get("code") == code), None)
    if entry is None:
        entry = {"code": code}
        entries.append(entry)
    if vote_threshold is not None:
        entry["vote_threshold"] = vote_threshold
    if params:
        entry["params"] = {**entry.get("params", {}), **params}
    return dumps(entries)


def save_standards(
    ws: Workspace, code: str, vote_threshold: int | None, params: dict[str, Any]
) -> Catalog:
    """Store an award's standards as the office sets them; the checked catalog in use."""
    text = with_standards(catalog.profile_text(ws), code, vote_threshold, params)
    return catalog.save_profile(ws, text)
