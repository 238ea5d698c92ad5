"""Every program outside Python that the scripts and tests call is declared.

`packaging/external-programs.txt` lists each external program with the Debian
package that provides it and the script that installs it.  These tests scan
`.ci/run`, the shell scripts in `packaging/`, the .deb maintainer scripts and
the Python in `tests/`, `bench/` and `packaging/` (``shutil.which`` and
``subprocess`` calls) and fail on a program the list does not declare, so a
test can no longer depend on a tool that only the developers' machines have.
`.ci/run` then proves the list complete by running the README's test command
with a PATH that holds only the declared programs.
"""

from __future__ import annotations

import ast
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "packaging" / "external-programs.txt"
INSTALLERS = {
    "test_wine.sh",
    "venv",
    "base",
    "dev.sh",
    "build_deb.sh",
    "test_packages.sh",
    ".ci/run",
    "optional",
    "manual",
}

_BUILTIN_NAMES = (
    ": . [ [[ ]] alias bg bind break builtin caller cd command compgen complete continue declare dirs disown echo "
    "enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd "
    "printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type "
    "typeset ulimit umask unalias unset wait"
)
_KEYWORD_NAMES = "if then else elif fi case esac for select while until do done in function time { } !"
BUILTINS = set(_BUILTIN_NAMES.split())
KEYWORDS = set(_KEYWORD_NAMES.split())
# External programs that run the command given after their own options.
WRAPPERS = {"sudo", "env", "timeout", "unshare", "runuser", "xargs", "nohup", "nice"}
BARE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+-]*$")
ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\[[^]]*\])?\+?=")
FUNCTION = re.compile(r"^\s*(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\)\s*\{?(.*)$")
PROGRAM_PAIR = re.compile(r"^([A-Za-z0-9_.+-]+):([a-z0-9][a-z0-9.+-]+)$")


@dataclass(frozen=True)
class Declared:
    program: str
    package: str
    installed_by: str


def declared() -> dict[str, Declared]:
    programs: dict[str, Declared] = {}
    for number, line in enumerate(LIST.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        assert len(fields) == 4, f"{LIST.name}:{number}: want 'program | package | installed by | why'"
        program, package, installed_by, why = fields
        assert installed_by in INSTALLERS, f"{LIST.name}:{number}: installed by one of {sorted(INSTALLERS)}"
        assert why, f"{LIST.name}:{number}: say why {program} is needed"
        assert program not in programs, f"{LIST.name}:{number}: {program} listed twice"
        programs[program] = Declared(program, package, installed_by)
    return programs


# --- shell scripts ---------------------------------------------------------


def _logical_lines(text: str) -> list[str]:
    """Lines with continuations joined and here-document bodies dropped."""
    lines: list[str] = []
    heredoc_end: str | None = None
    for raw in text.replace("\\\n", " ").splitlines():
        if heredoc_end is not None:
            if raw.strip() == heredoc_end:
                heredoc_end = None
            continue
        match = re.search(r"<<-?\s*['\"]?(\w+)['\"]?", raw)
        if match and "<<<" not in raw:
            heredoc_end = match.group(1)
        lines.append(raw)
    return lines


def _segments(line: str) -> list[str]:  # noqa: PLR0915 (a character state machine)
    """Split one line into simple commands, entering $(...), <(...) and `...`."""
    segments: list[str] = []
    stack: list[list[str]] = [[]]  # one list of characters per open command context
    quotes: list[str | None] = [None]
    i = 0

    def cut() -> None:
        segments.append("".join(stack[-1]))
        stack[-1] = []

    while i < len(line):
        char, pair = line[i], line[i : i + 2]
        quote = quotes[-1]
        if quote == "'":
            stack[-1].append(char)
            quotes[-1] = None if char == "'" else quote
            i += 1
            continue
        if char == "\\":
            stack[-1].append(line[i : i + 2])
            i += 2
            continue
        arithmetic = line[i : i + 3] == "$(("
        if pair == "${" or arithmetic:  # parameter or arithmetic expansion: data, not a command
            closing = "))" if arithmetic else "}"
            end = line.find(closing, i + 2)
            end = len(line) if end < 0 else end + len(closing)
            stack[-1].append("$X")
            i = end
            continue
        if pair in ("$(", "<(", ">(") or char == "`":
            stack.append([])
            quotes.append(None)
            i += 1 if char == "`" else 2
            continue
        if (char == ")" or (char == "`" and len(stack) > 1)) and quote is None and len(stack) > 1:
            cut()
            segments_inner = stack.pop()
            quotes.pop()
            stack[-1].extend(segments_inner)
            stack[-1].append("$X")
            i += 1
            continue
        if quote == '"':
            stack[-1].append(char)
            quotes[-1] = None if char == '"' else quote
            i += 1
            continue
        if char in "'\"":
            quotes[-1] = char
            stack[-1].append(char)
            i += 1
            continue
        if char == "#" and (not stack[-1] or stack[-1][-1] in " \t"):
            break  # a comment
        previous = stack[-1][-1] if stack[-1] else ""
        if char in ";\n(){}" or pair in ("&&", "||") or (char == "|" and previous != ">"):
            cut()
            i += 2 if pair in ("&&", "||", ";;") else 1
            continue
        if char == "&" and previous not in "<>" and line[i + 1 : i + 2] != ">":
            cut()
            i += 1
            continue
        stack[-1].append(char)
        i += 1
    while stack:
        cut()
        stack.pop()
    return [segment for segment in segments if segment.strip()]


def _words(segment: str) -> list[str]:
    try:
        words = shlex.split(segment, posix=True)
    except ValueError:
        words = segment.split()
    # Redirections are not words of the command.
    kept: list[str] = []
    skip_next = False
    for word in words:
        if skip_next:
            skip_next = False
            continue
        if re.fullmatch(r"\d*(>>?|<<?<?|>&|<&|&>)", word):
            skip_next = True
            continue
        if re.match(r"^\d*(>>?|<<?<?|>&|&>)", word):
            continue
        kept.append(word)
    return kept


@dataclass(frozen=True)
class _Function:
    runs_arguments: bool  # its body runs "$@"
    shifts: int  # how many leading arguments it drops first


def _functions(lines: list[str]) -> dict[str, _Function]:
    found: dict[str, _Function] = {}
    for number, line in enumerate(lines):
        match = FUNCTION.match(line)
        if not match:
            continue
        body = [match.group(2)]
        depth = line.count("{") - line.count("}")
        for following in lines[number + 1 :]:
            if depth <= 0:
                break
            body.append(following)
            depth += following.count("{") - following.count("}")
        text = "\n".join(body)
        before_run = text.split('"$@"', 1)[0]
        found[match.group(1)] = _Function('"$@"' in text, len(re.findall(r"\bshift\b", before_run)))
    return found


def _command(words: list[str], functions: dict[str, _Function]) -> list[str]:  # noqa: PLR0911, PLR0912
    """External programs named by one simple command, wrappers included."""
    programs: list[str] = []
    while words:
        word = words[0]
        if word in ("for", "select", "case", "function"):
            return programs  # a word list, a pattern or a name follows, not a command
        if ASSIGNMENT.match(word) or word in KEYWORDS:
            words = words[1:]
            continue
        if word == "command" and words[1:2] in (["-v"], ["-V"]):
            return programs + [w for w in words[2:3] if BARE_NAME.match(w)]
        if word in ("command", "exec"):
            words = words[1:]
            while words and words[0].startswith("-"):
                words = words[1:]
            continue
        if word in functions:
            function = functions[word]
            if not function.runs_arguments:
                return programs
            words = words[1 + function.shifts :]
            continue
        if word in BUILTINS:
            return programs
        if not BARE_NAME.match(word):
            return programs  # a path or an expansion: not looked up on PATH
        programs.append(word)
        if word not in WRAPPERS:
            return programs
        words = words[1:]
        while words and (
            words[0].startswith("-") or ASSIGNMENT.match(words[0]) or re.fullmatch(r"\d+[smh]?", words[0])
        ):
            option = words.pop(0)
            if word == "runuser" and option == "-u" and words:
                words.pop(0)
    return programs


def shell_programs(text: str) -> tuple[set[str], dict[str, str]]:
    """Programs a shell script calls, and the program:package pairs it installs."""
    lines = _logical_lines(text)
    functions = _functions(lines)
    for line in lines:  # functions from a script it sources, e.g. . "$here/packaging/python.sh"
        sourced = re.match(r"^\s*(?:\.|source)\s+\"?\$\w+/([^\"\s]+)", line)
        if sourced and (ROOT / sourced.group(1)).is_file():
            functions |= _functions(_logical_lines((ROOT / sourced.group(1)).read_text(encoding="utf-8")))
    programs: set[str] = set()
    pairs: dict[str, str] = {}
    in_case = 0
    for raw in lines:
        line, stripped = raw, raw.strip()
        if re.match(r"^case\b", stripped):
            in_case += 1
        elif stripped == "esac" or stripped.startswith("esac"):
            in_case -= 1
        elif in_case and re.match(r"^[^\s()]+(\|[^\s()]+)*\)", stripped):
            line = stripped.split(")", 1)[1]  # drop the case pattern
        for_list = re.match(r"^\s*for\s+\w+\s+in\s+([^;]*);", line)
        if for_list:
            for word in for_list.group(1).split():
                pair = PROGRAM_PAIR.match(word)
                if pair:
                    pairs[pair.group(1)] = pair.group(2)
                    programs.add(pair.group(1))
        for segment in _segments(line):
            found = _command(_words(segment), functions)
            programs.update(found)
    return programs, pairs


# --- Python ---------------------------------------------------------------

_SUBPROCESS = {"run", "Popen", "call", "check_call", "check_output"}


def _program_of(argument: ast.expr) -> str | None:
    """The program an argv or command string names, if written literally."""
    if isinstance(argument, ast.List | ast.Tuple) and argument.elts:
        argument = argument.elts[0]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            return argument.value
        return None
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value.split()[0] if argument.value.split() else None
    return None


def python_programs(source: str) -> set[str]:
    """Programs named literally in shutil.which, subprocess and os.system calls."""
    programs: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        owner = (
            function.value.id if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) else ""
        )
        if name == "which" or (owner == "subprocess" and name in _SUBPROCESS) or name in ("system", "execvp", "execlp"):
            program = _program_of(node.args[0])
            if program is not None:
                programs.add(program)
    return {program for program in programs if "/" not in program}


# --- the files ------------------------------------------------------------


def shell_scripts() -> list[Path]:
    scripts = [ROOT / ".ci" / "run", *sorted((ROOT / "packaging").rglob("*.sh"))]
    scripts += [ROOT / "packaging" / "linux" / name for name in ("postinst", "postrm")]
    return [script for script in scripts if script.is_file()]


def python_files() -> list[Path]:
    files: list[Path] = []
    for folder in ("tests", "bench", "packaging"):
        files += [path for path in sorted((ROOT / folder).rglob("*.py")) if "__pycache__" not in path.parts]
    return files + sorted((ROOT / "packaging").glob("*.spec"))


def test_the_list_is_well_formed() -> None:
    programs = declared()
    assert "bash" in programs
    assert programs["strip"].package == "binutils"


@pytest.mark.parametrize("script", shell_scripts(), ids=lambda path: str(path.relative_to(ROOT)))
def test_shell_scripts_call_only_declared_programs(script: Path) -> None:
    programs, pairs = shell_programs(script.read_text(encoding="utf-8"))
    known = declared()
    missing = sorted(programs - set(known))
    assert not missing, f"{script.relative_to(ROOT)} calls {missing}: declare them in packaging/external-programs.txt"
    wrong = {tool: package for tool, package in pairs.items() if known[tool].package != package}
    assert not wrong, f"{script.relative_to(ROOT)} installs {wrong}, the list says otherwise"


@pytest.mark.parametrize("source", python_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_python_calls_only_declared_programs(source: Path) -> None:
    programs = python_programs(source.read_text(encoding="utf-8"))
    missing = sorted(programs - set(declared()))
    assert not missing, f"{source.relative_to(ROOT)} calls {missing}: declare them in packaging/external-programs.txt"


def test_each_installing_script_names_the_package_it_installs() -> None:
    scripts = {"dev.sh": "packaging/dev.sh", "build_deb.sh": "packaging/build_deb.sh"}
    scripts |= {"test_packages.sh": "packaging/test_packages.sh", ".ci/run": ".ci/run"}
    scripts |= {"test_wine.sh": "packaging/windows/test_wine.sh"}
    for entry in declared().values():
        if entry.installed_by in scripts:
            text = (ROOT / scripts[entry.installed_by]).read_text(encoding="utf-8")
            assert re.search(rf"(?<![\w-]){re.escape(entry.package)}(?![\w-])", text), (
                f"{entry.program}: {scripts[entry.installed_by]} should install the Debian package {entry.package}"
            )


def test_venv_programs_come_from_pyproject() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    names = {re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower() for requirement in requirements}
    for entry in declared().values():
        if entry.installed_by == "venv" and entry.package != "python":
            assert entry.package.lower() in names, f"{entry.program}: {entry.package} is not in pyproject.toml"


def test_the_scanners_find_what_they_should() -> None:
    script = """#!/usr/bin/env bash
# pdftoppm in a comment is not a call
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
check() { local name=$1; shift; if "$@"; then echo ok; fi; }
offline() { HOME=/x unshare -n "$@"; }
for pair in strip:binutils makensis:nsis; do command -v "${pair%%:*}" >/dev/null 2>&1 || echo; done
case "$1" in
  start|test) ;;
esac
x=$(pdftoppm -png a.pdf | tail -n 1)
check "it renders" offline convert a.png b.jpg
if xvfb-run true; then :; fi
while IFS= read -r line; do :; done < <(find . -print0)
cat <<EOF
heredoc-only-text here
EOF
LANG=C sudo -E gs -q 2>/dev/null
"""
    programs, pairs = shell_programs(script)
    assert programs == {
        "dirname", "strip", "makensis", "pdftoppm", "tail", "unshare", "convert", "xvfb-run", "find", "cat",
        "sudo", "gs",
    }  # fmt: skip
    assert pairs == {"strip": "binutils", "makensis": "nsis"}
    source = (
        "import shutil, subprocess, sys, os\n"
        "shutil.which('pdftoppm')\n"
        "subprocess.run(['gs', '-q'], check=True)\n"
        "subprocess.run([sys.executable, '-c', 'pass'])\n"
        "subprocess.Popen(argv)\n"
        "os.system('xdg-open x')\n"
        "subprocess.run(['/usr/bin/mgdesk'])\n"
    )
    assert python_programs(source) == {"pdftoppm", "gs", "xdg-open"}
