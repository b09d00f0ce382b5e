"""Who decides each award (thẩm quyền), per rule set and kind of office: the head of the office
itself (a Quyết định) or an authority above it (a tờ trình)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from desktop.domain.errors import ValidationError

HEAD = "thu_truong"  # the head of the office itself


@dataclass(frozen=True, slots=True)
class Authority:
    """A deciding authority and how a tờ trình to it is addressed."""

    id: str
    name: str
    addressee: str


@dataclass(frozen=True, slots=True)
class Route:
    """Where one award goes from one office under one rule set."""

    authority: Authority | None  # None: the head of the office decides
    basis: str
    review: str = ""  # why the route could not be confirmed ("" when it is)

    @property
    def by_head(self) -> bool:
        """True when the head of the office decides (no tờ trình)."""
        return self.authority is None and not self.review

    @property
    def key(self) -> str:
        """HEAD, an authority id, or "review"."""
        if self.review:
            return "review"
        return HEAD if self.authority is None else self.authority.id


@dataclass(frozen=True, slots=True)
class AuthorityTable:
    """The authority catalog: offices, authorities and the routes of each rule set."""

    offices: dict[str, str]
    authorities: dict[str, Authority]
    routes: dict[tuple[str, str], tuple[frozenset[str], dict[str, str], str, str]]

    def route(self, office: str, rule_set: str, award_code: str) -> Route:
        """Where `award_code` goes from an `office` kind under `rule_set`."""
        entry = self.routes.get((office, rule_set))
        if entry is None:
            return Route(None, "", f"Chưa có bảng thẩm quyền cho quy định {rule_set}.")
        head, up, basis, review = entry
        if award_code in head:
            return Route(None, basis, review)
        if award_code in up:
            return Route(self.authorities[up[award_code]], basis, review)
        return Route(None, basis, review or f"Không có trong bảng thẩm quyền: {award_code}.")


def parse_authorities(text: str) -> AuthorityTable:
    """Read resources/catalog/authority.toml; ValidationError naming what is wrong."""
    try:
        raw = tomllib.loads(text)
        offices = {o["id"]: o["name"] for o in raw.get("office", [])}
        authorities = {
            a["id"]: Authority(a["id"], a["name"], a.get("addressee", a["name"]))
            for a in raw.get("authority", [])
        }
        routes: dict[tuple[str, str], tuple[frozenset[str], dict[str, str], str, str]] = {}
        for r in raw.get("route", []):
            if r["office"] not in offices:
                raise ValueError(f"office {r['office']}")
            up: dict[str, str] = {}
            for authority, codes in r.get("up", {}).items():
                if authority not in authorities:
                    raise ValueError(f"authority {authority}")
                for code in codes:
                    up[code] = authority
            head = frozenset(r.get("head", []))
            if head & up.keys():
                raise ValueError(f"both head and up: {sorted(head & up.keys())}")
            for rs in r["rule_sets"]:
                routes[(r["office"], rs)] = (head, up, r.get("basis", ""), r.get("review", ""))
    except (tomllib.TOMLDecodeError, KeyError, ValueError, TypeError) as exc:
        raise ValidationError(
            "authority", "authority_catalog", f"Bảng thẩm quyền khen thưởng có mục sai: {exc}"
        ) from exc
    return AuthorityTable(offices, authorities, routes)
