"""The error codes raised in desktop/, read from the sources: each construction of one of our
error types (directly, through a small helper that forwards its code, or in a subclass), with
the names of the parameters it passes."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Error type → (position of `code`, position of `params`) in its constructor; None: not there.
ERRORS: dict[str, tuple[int | None, int | None]] = {
    "ValidationError": (1, 3),
    "NotFoundError": (1, 2),
    "ConflictError": (0, 2),
    "DatabaseError": (0, 3),
    "FileRejected": (1, 2),
    "PackageRefused": (0, None),  # its parameters are keyword arguments
}
DEFAULT_CODES = {"NotFoundError": "not_found", "FileRejected": "file_rejected"}
ALWAYS = {"DatabaseError": {"path"}}  # DatabaseError passes the path as a parameter itself


@dataclass(frozen=True)
class Site:
    """One place an error with a code is made."""

    where: str
    code: str
    params: frozenset[str] | None  # None: not a literal, unknown


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _arg(call: ast.Call, position: int | None, keyword: str) -> ast.expr | None:
    for k in call.keywords:
        if k.arg == keyword:
            return k.value
    if position is not None and position < len(call.args):
        return call.args[position]
    return None


def _params(kind: str, call: ast.Call) -> frozenset[str] | None:
    always = ALWAYS.get(kind, set())
    if kind == "PackageRefused":
        return frozenset(k.arg for k in call.keywords if k.arg) | always
    node = _arg(call, ERRORS[kind][1], "params")
    if node is None:
        return frozenset(always)
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        return frozenset(str(k.value) for k in node.keys if isinstance(k, ast.Constant)) | always
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, path: str, tree: ast.Module) -> None:
        self.path = path
        # Module-level dict literals: a code looked up in one of them names each of its keys.
        self.tables = {
            t.id: [k.value for k in n.value.keys if isinstance(k, ast.Constant)]
            for n in tree.body
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Dict)
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        self.sites: list[Site] = []
        self.forwarded: list[tuple[str, int, str, ast.Call]] = []  # helper, code position, kind
        self.unresolved: list[str] = []
        self._functions: list[ast.FunctionDef] = []
        self._classes: list[ast.ClassDef] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node)
        self.generic_visit(node)
        self._functions.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node)
        for item in node.body:  # `code = "cancelled"` on an error class
            if (
                isinstance(item, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "code" for t in item.targets)
                and isinstance(item.value, ast.Constant)
                and item.value.value != "error"
            ):
                given = frozenset(  # the keys of `self.params = {…}` in the class
                    str(k.value)
                    for a in ast.walk(node)
                    if isinstance(a, ast.Assign)
                    and any(isinstance(t, ast.Attribute) and t.attr == "params" for t in a.targets)
                    and isinstance(a.value, ast.Dict)
                    for k in a.value.keys
                    if isinstance(k, ast.Constant)
                )
                self.sites.append(Site(f"{self.path}:{item.lineno}", item.value.value, given))
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        kind = _name(node.func)
        if kind == "__init__" and self._classes:  # super().__init__(…) of an error subclass
            bases = {_name(b) for b in self._classes[-1].bases}
            kind = next((b for b in bases if b in ERRORS), None)
        if kind in ERRORS:
            self._construction(kind, node)
        self.generic_visit(node)

    def _construction(self, kind: str, node: ast.Call) -> None:
        where = f"{self.path}:{node.lineno}"
        code = _arg(node, ERRORS[kind][0], "code")
        if code is None:
            if kind in DEFAULT_CODES:
                self.sites.append(Site(where, DEFAULT_CODES[kind], _params(kind, node)))
            return
        if isinstance(code, ast.Constant) and isinstance(code.value, str):
            self.sites.append(Site(where, code.value, _params(kind, node)))
        elif isinstance(code, ast.Attribute) and code.attr == "code":
            return  # the code of another error, passed on (its own site is counted)
        elif isinstance(code, ast.Name) and (keys := self._table_keys(node, code.id)):
            self.sites += [Site(where, k, _params(kind, node)) for k in keys]
        elif isinstance(code, ast.Name) and self._functions:
            helper = self._functions[-1]
            names = [a.arg for a in helper.args.args]
            if helper.name == "__init__":
                return  # an error class passing its own code on: its constructions are sites
            if code.id in names:
                self.forwarded.append((helper.name, names.index(code.id), kind, node))
                return
            self.unresolved.append(where)
        else:
            self.unresolved.append(where)

    def _table_keys(self, node: ast.Call, name: str) -> list[str]:
        """The keys of the table the code indexes in the same call (`TABLE[code]`)."""
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Subscript)
                and isinstance(sub.value, ast.Name)
                and isinstance(sub.slice, ast.Name)
                and sub.slice.id == name
                and sub.value.id in self.tables
            ):
                return [str(k) for k in self.tables[sub.value.id]]
        return []


def collect() -> tuple[list[Site], list[str]]:
    """Every site in desktop/, and the sites whose code could not be read."""
    sites: list[Site] = []
    unresolved: list[str] = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = _Collector(rel, tree)
        found.visit(tree)
        sites += found.sites
        unresolved += found.unresolved
        for helper, position, kind, inner in found.forwarded:
            for call in ast.walk(tree):
                if isinstance(call, ast.Call) and _name(call.func) == helper:
                    code = call.args[position] if position < len(call.args) else None
                    where = f"{rel}:{call.lineno}"
                    if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
                        unresolved.append(where)
                        continue
                    passed = _params(kind, inner)
                    if kind == "PackageRefused":  # the helper passes on its keyword arguments
                        passed = frozenset(k.arg for k in call.keywords if k.arg)
                    sites.append(Site(where, code.value, passed))
    return sites, unresolved


if __name__ == "__main__":
    import sys

    all_sites, odd = collect()
    by_code: dict[str, list[Site]] = {}
    for s in all_sites:
        by_code.setdefault(s.code, []).append(s)
    for c in sorted(by_code):
        print(
            c, [(s.where, sorted(s.params) if s.params is not None else None) for s in by_code[c]]
        )
    print("unresolved", odd, file=sys.stderr)
