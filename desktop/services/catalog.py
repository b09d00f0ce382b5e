"""The award catalog: the national defaults shipped in resources/catalog, plus the office's
provincial profile (parameter overrides stored in the database)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache

from desktop import paths
from desktop.domain.authority import AuthorityTable, parse_authorities
from desktop.domain.awards import Catalog, parse_catalog
from desktop.domain.errors import ValidationError
from desktop.persistence.repositories import meta
from desktop.services.session import Workspace

PROFILE_KEY = "catalog_profile"


@lru_cache(maxsize=1)
def national() -> Catalog:
    """The catalog as shipped."""
    text = (paths.resources_dir() / "catalog" / "awards.toml").read_text(encoding="utf-8")
    return parse_catalog(text)


@lru_cache(maxsize=1)
def authorities() -> AuthorityTable:
    """Who decides each award, per rule set and kind of office (resources/catalog/authority.toml)."""
    text = (paths.resources_dir() / "catalog" / "authority.toml").read_text(encoding="utf-8")
    return parse_authorities(text)


def apply_profile(base: Catalog, profile_text: str) -> Catalog:
    """Apply a provincial profile: TOML `[[award]]` entries with `code` and the fields to change
    (`params` merged key by key, `vote_threshold`, `review_note`)."""
    if not profile_text.strip():
        return base
    try:
        raw = tomllib.loads(profile_text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            "profile",
            "profile_syntax",
            f"Danh mục của tỉnh sai cú pháp: {exc}",
            {"detail": str(exc)},
        ) from exc
    changes = {entry.get("code"): entry for entry in raw.get("award", [])}
    awards = []
    for a in base.awards:
        ch = changes.pop(a.code, None)
        if ch is None:
            awards.append(a)
            continue
        awards.append(
            replace(
                a,
                params={**a.params, **ch.get("params", {})},
                vote_threshold=int(ch.get("vote_threshold", a.vote_threshold)),
                review_note=str(ch.get("review_note", a.review_note)),
            )
        )
    if changes:
        unknown = ", ".join(str(c) for c in changes)
        raise ValidationError(
            "profile",
            "profile_unknown",
            f"Danh mục của tỉnh có mã không tồn tại: {unknown}.",
            {"codes": unknown},
        )
    return Catalog(base.rule_sets, tuple(awards))


def load(ws: Workspace) -> Catalog:
    """The catalog in force for this office (national defaults + its provincial profile)."""
    with ws.db.read() as conn:
        profile = meta.get(conn, PROFILE_KEY)
    return apply_profile(national(), profile)


def profile_text(ws: Workspace) -> str:
    """The office's provincial profile as TOML text (empty when none)."""
    with ws.db.read() as conn:
        return meta.get(conn, PROFILE_KEY)


def save_profile(ws: Workspace, text: str) -> Catalog:
    """Check and store the office's provincial profile; return the resulting catalog."""
    catalog = apply_profile(national(), text)
    with ws.db.write() as conn:
        meta.put(conn, PROFILE_KEY, text)
    return catalog
