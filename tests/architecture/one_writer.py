"""A static map of where the interface calls service functions that write, and whether each call
runs on the database worker (issue 16, "one writer").

Services side: a service function *writes* when its body opens `….db.write()` or refers to a
service function that writes (to a fixed point over desktop/services); `EXTRA_WRITERS` adds the
few that change the database file another way.

Interface side: a reference to a writing service function (a call, or the function handed on as
a value) is *on the worker* when it lies inside the work argument of a worker call (`on_worker`,
`run_in_background`, `run_with_progress`, `wait_for`, or an interface function that hands its
own parameter to one of these), or inside a function whose every reference is itself on the
worker (a nested `def work()` passed by name, a method only called from worker lambdas). A
function nobody refers to (a Qt override such as `accept`) runs on the GUI thread. Methods are
matched by name across desktop/ui, which can only make more calls look like the GUI thread's.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "desktop" / "services"
UI = ROOT / "desktop" / "ui"

# Service functions that change the database without `Database.write()`, with the reason.
EXTRA_WRITERS: dict[tuple[str, str], str] = {
    ("desktop.services.backups", "restore"): "replaces the open database file",
}

# Worker calls of desktop/ui/tasks.py: (module, name) -> index of the work argument.
WORKER_CALLS: dict[tuple[str, str], int] = {
    ("desktop.ui.tasks", "on_worker"): 1,
    ("desktop.ui.tasks", "run_in_background"): 1,
    ("desktop.ui.tasks", "run_with_progress"): 1,
    ("desktop.ui.tasks", "wait_for"): 1,
}
# Interface methods that keep a function and run it on the worker later: name -> (index of
# that function among the arguments, where it is run).
WORKER_HOOKS: dict[str, tuple[int, str]] = {
    "offer_word": (0, "PdfPreview keeps it as word_writer; save_word runs it in run_in_background"),
}
_SKIP_UI = {"desktop.ui.tasks"}  # the worker machinery itself

type Target = tuple[str, str]  # (module, function)
type Scope = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _modules(folder: Path) -> list[tuple[str, Path, ast.Module]]:
    """The modules below `folder`, parsed (once: the trees are only read)."""
    return [
        (_module_name(path), path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted(folder.rglob("*.py"))
    ]


def _with_parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


class _Names:
    """What the names of one module stand for: modules and functions of desktop/."""

    def __init__(self, module: str, tree: ast.Module, known: set[str]) -> None:
        self.modules: dict[str, str] = {}  # local name -> module
        self.functions: dict[str, Target] = {}  # local name -> (module, function)
        package = module if module in known and _is_package(module) else module.rpartition(".")[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname and alias.name in known:
                        self.modules[alias.asname] = alias.name
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                for alias in node.names:
                    local = alias.asname or alias.name
                    full = f"{base}.{alias.name}"
                    if full in known:
                        self.modules[local] = full
                    elif base in known:
                        self.functions[local] = (base, alias.name)

    def target(self, node: ast.AST) -> Target | None:
        """The (module, function) an expression names, if it is `name` or `module.name`."""
        if isinstance(node, ast.Name):
            return self.functions.get(node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = self.modules.get(node.value.id)
            if module is not None:
                return (module, node.attr)
        return None


_PACKAGES: set[str] = set()


def _is_package(module: str) -> bool:
    return module in _PACKAGES


@cache
def _known_modules() -> set[str]:
    known: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        name = _module_name(path)
        known.add(name)
        if path.name == "__init__.py":
            _PACKAGES.add(name)
    return known


def _opens_write(node: ast.AST) -> bool:
    """`….db.write(…)` or `db.write(…)`."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    if node.func.attr != "write":
        return False
    owner = node.func.value
    return (isinstance(owner, ast.Attribute) and owner.attr == "db") or (
        isinstance(owner, ast.Name) and owner.id == "db"
    )


@cache
def writing_services() -> dict[Target, str]:
    """Every service function that writes, with why (the first write or callee found)."""
    known = _known_modules()
    why: dict[Target, str] = {t: reason for t, reason in EXTRA_WRITERS.items()}
    refers: dict[Target, set[Target]] = {}
    for module, _path, tree in _modules(SERVICES):
        names = _Names(module, tree, known)
        local = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            me = (module, fn.name)
            out: set[Target] = set()
            for node in ast.walk(fn):
                if _opens_write(node):
                    why.setdefault(me, f"db.write() at line {node.lineno}")
                if isinstance(node, ast.Name) and node.id in local and node.id != fn.name:
                    out.add((module, node.id))
                target = names.target(node)
                if target is not None and target[0].startswith("desktop.services"):
                    out.add(target)
            refers[me] = out
    changed = True
    while changed:
        changed = False
        for me, out in refers.items():
            if me in why:
                continue
            for callee in sorted(out):
                if callee in why:
                    why[me] = f"calls {callee[0]}.{callee[1]}"
                    changed = True
                    break
    return why


@dataclass(frozen=True)
class Site:
    """A reference in desktop/ui to a service function that writes."""

    path: str
    line: int
    function: str  # the innermost named function around it
    target: Target
    on_worker: bool

    def __str__(self) -> str:
        where = "worker" if self.on_worker else "GUI thread"
        return f"{self.path}:{self.line} {self.function}() -> {'.'.join(self.target)} [{where}]"


@dataclass
class _UiModule:
    name: str
    path: Path
    tree: ast.Module
    names: _Names
    parents: dict[ast.AST, ast.AST]
    nodes: list[ast.AST]


def _defs(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef, method: bool) -> list[str]:
    names = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args]]
    return names[1:] if method and names else names


def _callables(work: ast.expr) -> set[str]:
    """The names a work argument runs: itself when a name, and every name called inside it."""
    used = {work.id} if isinstance(work, ast.Name) else set()
    for node in ast.walk(work):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            used.add(node.func.id)
    return used


class _Ui:
    """The interface modules, their worker calls and the functions they define."""

    def __init__(self, files: list[tuple[str, Path, ast.Module]] | None = None) -> None:
        known = _known_modules()
        self.modules = [
            _UiModule(
                name,
                path,
                tree,
                _Names(name, tree, known),
                _with_parents(tree),
                list(ast.walk(tree)),
            )
            for name, path, tree in (files if files is not None else _modules(UI))
            if name not in _SKIP_UI
        ]
        # (module, function) or method name -> indexes of the work arguments
        self.worker_calls = {k: frozenset({i}) for k, i in WORKER_CALLS.items()}
        self.worker_methods = {name: frozenset({i}) for name, (i, _why) in WORKER_HOOKS.items()}
        self._work: dict[ast.Call, tuple[ast.expr, ...]] = {}
        self._inside: dict[ast.AST, bool] = {}
        self._derive_worker_calls()

    # --- worker calls -------------------------------------------------------------------

    def work_arguments(self, m: _UiModule, call: ast.Call) -> tuple[ast.expr, ...]:
        """The work arguments of `call` when it is a worker call (else none)."""
        if call not in self._work:
            self._work[call] = self._find_work_arguments(m, call)
        return self._work[call]

    def _find_work_arguments(self, m: _UiModule, call: ast.Call) -> tuple[ast.expr, ...]:
        indexes: set[int] = set()
        target = m.names.target(call.func)
        if target is None and isinstance(call.func, ast.Name):
            target = (m.name, call.func.id)
        if target is not None and target in self.worker_calls:
            indexes = self.worker_calls[target]
        elif isinstance(call.func, ast.Attribute) and call.func.attr in self.worker_methods:
            on_self = isinstance(call.func.value, ast.Name) and call.func.value.id == "self"
            if on_self or call.func.attr in WORKER_HOOKS:
                indexes = self.worker_methods[call.func.attr]
        if not indexes:
            return ()
        named = tuple(kw.value for kw in call.keywords if kw.arg in ("fn", "work"))
        return named + tuple(call.args[i] for i in sorted(indexes) if i < len(call.args))

    def _derive_worker_calls(self) -> None:
        """An interface function that hands its own parameter (called or passed on as it is)
        to a worker call is a worker call too, with that parameter as its work argument."""
        calls = [
            (m, node, self._chain(m, node))
            for m in self.modules
            for node in m.nodes
            if isinstance(node, ast.Call)
        ]
        changed = True
        while changed:
            changed = False
            self._work.clear()  # the worker calls known so far have grown
            self._inside.clear()
            for m, call, chain in calls:
                for work in self.work_arguments(m, call):
                    used = _callables(work)
                    for fn in chain:
                        method = isinstance(m.parents.get(fn), ast.ClassDef)
                        table: dict[Any, frozenset[int]]
                        table, key = (
                            (self.worker_methods, fn.name)
                            if method
                            else (self.worker_calls, (m.name, fn.name))
                        )
                        found = {i for i, p in enumerate(_params(fn, method)) if p in used}
                        if not found <= table.get(key, frozenset()):
                            table[key] = table.get(key, frozenset()) | found
                            changed = True

    def _chain(self, m: _UiModule, node: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        """The functions around `node`, innermost first."""
        chain = []
        owner = self._enclosing_def(m, node)
        while owner is not None:
            chain.append(owner)
            owner = self._enclosing_def(m, owner)
        return chain

    # --- where code runs -------------------------------------------------------------------

    def _in_work_argument(self, m: _UiModule, node: ast.AST) -> bool:
        """Lies inside the work argument of a worker call (remembered per node)."""
        known = self._inside.get(node)
        if known is None:
            parent = m.parents.get(node)
            known = parent is not None and (
                (
                    isinstance(parent, ast.Call)
                    and any(node is work for work in self.work_arguments(m, parent))
                )
                or self._in_work_argument(m, parent)
            )
            self._inside[node] = known
        return known

    def _enclosing_def(
        self, m: _UiModule, node: ast.AST
    ) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        parent = m.parents.get(node)
        while parent is not None and not isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef):
            parent = m.parents.get(parent)
        return parent

    def _references(self) -> dict[ast.AST, list[tuple[_UiModule, ast.AST]]]:
        """For each function defined in desktop/ui, the expressions that name it."""
        refs: dict[ast.AST, list[tuple[_UiModule, ast.AST]]] = {}
        methods: dict[str, list[ast.AST]] = {}
        top: dict[Target, ast.AST] = {}
        for m in self.modules:
            for fn in _defs(m.tree):
                refs[fn] = []
                owner = m.parents.get(fn)
                if isinstance(owner, ast.ClassDef):
                    methods.setdefault(fn.name, []).append(fn)
                elif isinstance(owner, ast.Module):
                    top[(m.name, fn.name)] = fn
                else:  # nested: named inside the function that defines it
                    for node in ast.walk(owner):
                        if isinstance(node, ast.Name) and node.id == fn.name and node is not fn:
                            refs[fn].append((m, node))
        for m in self.modules:
            for node in m.nodes:
                module_attribute = isinstance(node, ast.Attribute) and (
                    isinstance(node.value, ast.Name) and node.value.id in m.names.modules
                )
                if isinstance(node, ast.Attribute) and not module_attribute:
                    for fn in methods.get(node.attr, []):
                        refs[fn].append((m, node))
                target = m.names.target(node)
                if target is None and isinstance(node, ast.Name):
                    target = (m.name, node.id)
                if target in top:
                    refs[top[target]].append((m, node))
        return refs

    def _where(self, m: _UiModule, node: ast.AST) -> tuple[bool, ast.AST | None]:
        """Whether `node` lies in a work argument, and the innermost function around it."""
        return self._in_work_argument(m, node), self._enclosing_def(m, node)

    def gui_functions(self) -> set[ast.AST]:
        """Functions that can run on the GUI thread (least fixed point): those nobody names
        (called by Qt or by tests), the Qt methods a class overrides, and those named outside
        a work argument in a function that runs on the GUI thread (or at module level)."""
        refs = self._references()
        qt_names = self._qt_overrides()
        where = {fn: [self._where(m, node) for m, node in found] for fn, found in refs.items()}
        gui = {fn for fn, found in where.items() if not found or fn in qt_names}
        changed = True
        while changed:
            changed = False
            for fn, found in where.items():
                if fn not in gui and any(
                    not lex and (owner is None or owner in gui) for lex, owner in found
                ):
                    gui.add(fn)
                    changed = True
        return gui

    def _qt_overrides(self) -> set[ast.AST]:
        """Methods named like a method of a Qt class their class derives from (Qt calls them)."""
        from PySide6 import QtCore, QtGui, QtWidgets

        qt = {
            name: cls
            for module in (QtCore, QtGui, QtWidgets)
            for name, cls in vars(module).items()
            if isinstance(cls, type)
        }
        classes = {
            node.name: node
            for m in self.modules
            for node in ast.walk(m.tree)
            if isinstance(node, ast.ClassDef)
        }

        def qt_bases(cls: ast.ClassDef, seen: set[str]) -> set[str]:
            found: set[str] = set()
            for base in cls.bases:
                name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
                if name in qt:
                    found |= set(dir(qt[name]))
                elif name in classes and name not in seen:
                    found |= qt_bases(classes[name], seen | {name})
            return found

        out: set[ast.AST] = set()
        for cls in classes.values():
            names = qt_bases(cls, {cls.name})
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef) and (
                    fn.name in names or fn.name.startswith("__")
                ):
                    out.add(fn)
        return out

    def _runs_on_gui(self, m: _UiModule, node: ast.AST, gui: set[ast.AST]) -> bool:
        lex, owner = self._where(m, node)
        return not lex and (owner is None or owner in gui)

    def sites(self, writers: set[Target]) -> list[Site]:
        """Every reference in desktop/ui to a writing service function, GUI thread or worker."""
        gui = self.gui_functions()
        found: list[Site] = []
        for m in self.modules:
            for node in m.nodes:
                if not isinstance(node, ast.Name | ast.Attribute):
                    continue
                target = m.names.target(node)
                if target is None or target not in writers:
                    continue
                owner = self._enclosing_def(m, node)
                found.append(
                    Site(
                        str(m.path.relative_to(ROOT)),
                        node.lineno,
                        owner.name if owner is not None else "<module>",
                        target,
                        not self._runs_on_gui(m, node, gui),
                    )
                )
        return found


def ui_sites(files: list[tuple[str, Path, ast.Module]] | None = None) -> list[Site]:
    """The references of desktop/ui (or of `files`, named as modules of it) to writing services."""
    return _Ui(files).sites(set(writing_services()))
