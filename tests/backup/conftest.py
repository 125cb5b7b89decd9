import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "backup.py"


@pytest.fixture(scope="session")
def backup_script():
    """scripts/backup.py is a stand-alone script, not a package: load it by path."""
    spec = importlib.util.spec_from_file_location("maatwerk_backup_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
