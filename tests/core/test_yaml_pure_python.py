"""Without ruamel.yaml.clib (PyPy, an unusual platform) nhnorm still reads YAML, through ruamel's
pure-Python parser, with the same data, problems and positions as through libyaml."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from nhnorm_cli.errors import NhnormError
from nhnorm_cli.source.yamlsource import parse_document
from tests.conftest import DATA, EXAMPLES

FILES = sorted(DATA.glob("bad/**/*.yaml")) + sorted(EXAMPLES.rglob("*.yaml"))

# Runs in a fresh interpreter where importing the C extension fails, as it does where it is absent.
_SCRIPT = """
import json, sys
sys.modules["_ruamel_yaml"] = None  # `import _ruamel_yaml` now raises ImportError
from nhnorm_cli.source import yamlsource
from tests.core.test_yaml_pure_python import outcome
assert yamlsource._ruamel_yaml is None and yamlsource._PurePythonParser in yamlsource._Composer.__mro__
print(json.dumps({name: outcome(name) for name in sys.argv[1:]}))
"""


def outcome(path: str) -> object:
    """What reading a file gives: its data, or its problems with positions."""
    try:
        return repr(parse_document(Path(path).read_bytes(), path).data)  # keys may be dates
    except NhnormError as exc:
        return [
            [p.code, p.location.line, p.location.column, str(p.params.get("oorzaak", ""))]
            for p in exc.problems
        ]


def test_reading_without_the_c_extension_gives_the_same_result() -> None:
    names = [str(p) for p in FILES]
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *names],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {name: outcome(name) for name in names}
