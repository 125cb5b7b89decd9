"""The audit app sits below the domain (issue 6): none of its modules imports a domain app, so
retention can destroy case files without the log depending on them. Migrations excepted."""

import ast
from pathlib import Path

import maatwerk.audit

ALLOWED = ("maatwerk.audit", "maatwerk.core")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_the_audit_app_imports_no_other_app_of_the_project():
    root = Path(maatwerk.audit.__file__).parent
    modules = [p for p in root.rglob("*.py") if "migrations" not in p.parts]

    found = {
        f"{path.relative_to(root)}: {name}"
        for path in modules
        for name in _imports(path)
        if name.startswith("maatwerk.") and not name.startswith(ALLOWED)
    }
    assert modules and found == set()
