"""`privacy` and `retention` collect the apps' declarations and import no domain app: only
`accounts`, `audit`, `core` and themselves. (Until the import contract in `make lint` covers
it, this test does.)"""

import ast
from pathlib import Path

import pytest

import maatwerk

ALLOWED = {"accounts", "audit", "core", "privacy", "retention"}
ROOT = Path(maatwerk.__file__).parent


def _maatwerk_imports(path: Path) -> set[str]:
    """The Maatwerk apps a module imports (relative imports stay inside its own app)."""
    apps = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        apps |= {name.split(".")[1] for name in names if name.startswith("maatwerk.")}
    return apps


@pytest.mark.parametrize("app", ["privacy", "retention"])
def test_it_imports_no_domain_app(app):
    modules = sorted((ROOT / app).rglob("*.py"))
    assert modules

    wrong = {
        str(path.relative_to(ROOT)): sorted(_maatwerk_imports(path) - ALLOWED)
        for path in modules
        if _maatwerk_imports(path) - ALLOWED
    }

    assert wrong == {}
