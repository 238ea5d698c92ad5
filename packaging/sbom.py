"""The bill of materials and the licence texts of what a bundle really holds.

Run by packaging/build_deb.sh with the build venv's Python, after PyInstaller:

    python packaging/sbom.py ENV_SBOM MANIFEST BUNDLE

ENV_SBOM is the CycloneDX SBOM that `cyclonedx-py environment` (a maintained
tool, the cyclonedx-bom package) wrote for the whole build venv; MANIFEST is
the list of bundled files with their sources that packaging/mgdesk.spec writes.
This script keeps the components whose files PyInstaller really bundled (so
PyInstaller itself and the build tools are left out), adds the Python runtime
and the system libraries the bundle carries (from dpkg), copies every
component's licence texts into BUNDLE/licenses/<name>/, and writes
BUNDLE/sbom.cdx.json.  It fails, naming them, when a bundled file belongs to
no component or a component has no licence text: a bundle that cannot show
its licences (the LGPL for Qt among them) is not shipped.

    python packaging/sbom.py --check BUNDLE

checks an installed bundle: every component in its SBOM has its licence texts
beside it, and Qt's include the LGPL.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)", re.IGNORECASE)
RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "licenses"
# Distributions whose wheels carry no licence file: the texts mgdesk ships in
# resources/licenses.  PySide6 and shiboken6 are used under the LGPL-3.0,
# which is the GPL-3.0 plus additional permissions, so both texts go along.
SHIPPED_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    # Their wheels carry no licence file; the texts are copied from each project's source archive.
    "fhir-resources": ("fhir.resources-BSD-3-Clause.txt",),
    "fhir-core": ("fhir-core-BSD-3-Clause.txt",),
}
QT = "pyside6-essentials"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Component:
    name: str
    version: str
    licence_files: list[Path] = field(default_factory=list)
    cyclonedx: dict[str, object] = field(default_factory=dict)


def licence_files(distribution: metadata.Distribution) -> list[Path]:
    """The licence texts a distribution ships, or mgdesk's copy of them."""
    found: list[Path] = []
    for file in distribution.files or []:
        parts = Path(str(file)).parts
        in_metadata = parts and parts[0].endswith(".dist-info")
        if in_metadata and (LICENCE_FILE.match(parts[-1]) or "licenses" in parts[1:-1]):
            found.append(Path(str(distribution.locate_file(file))))
    name = canonical(distribution.metadata["Name"])
    found += [RESOURCES / text for text in SHIPPED_TEXTS.get(name, ())]
    return sorted({path for path in found if path.is_file()})


def bundled_distributions(sources: set[Path]) -> tuple[dict[str, Component], set[Path]]:
    """Distributions with at least one bundled file, and the sources none of them owns."""
    owned: set[Path] = set()
    found: dict[str, Component] = {}
    for distribution in metadata.distributions():
        files = {Path(str(distribution.locate_file(file))).resolve() for file in distribution.files or []}
        mine = files & sources
        if not mine:
            continue
        owned |= mine
        name = canonical(distribution.metadata["Name"])
        found[name] = Component(name, distribution.version, licence_files(distribution))
    return found, sources - owned


def python_runtime(sources: set[Path]) -> tuple[Component | None, set[Path]]:
    """The CPython runtime (standard library, libpython) among the sources."""
    prefixes = {Path(sys.base_prefix).resolve(), Path(sysconfig.get_paths()["stdlib"]).resolve()}
    # base_library.zip is PyInstaller's archive of the standard library modules
    # needed to boot, made in its work folder.
    mine = {
        source
        for source in sources
        if any(source.is_relative_to(prefix) for prefix in prefixes) or source.name == "base_library.zip"
    }
    if not mine:
        return None, sources
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    texts = [path for path in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt") if path.is_file()]
    component = Component("python", ".".join(map(str, sys.version_info[:3])), texts[:1])
    component.cyclonedx = {
        "type": "library",
        "name": "python",
        "version": component.version,
        "bom-ref": f"python@{component.version}",
        "purl": f"pkg:generic/python@{component.version}",
        "licenses": [{"license": {"id": "PSF-2.0"}}],
        "description": "CPython runtime: libpython and the standard library",
    }
    return component, sources - mine


def debian_packages(sources: set[Path]) -> tuple[dict[str, Component], set[Path]]:
    """System libraries the bundle carries, by the Debian package that installed them."""
    found: dict[str, Component] = {}
    left = set(sources)
    if shutil.which("dpkg-query") is None:
        return found, left
    # One dpkg-query for every file (each under its /usr-merged spellings).
    spellings = {
        spelling: source
        for source in sources
        for spelling in (str(source), str(source).removeprefix("/usr"), "/usr" + str(source))
    }
    done = subprocess.run(["dpkg-query", "-S", *sorted(spellings)], capture_output=True, text=True, check=False)
    owner: dict[Path, str] = {}
    for line in done.stdout.splitlines():
        package, _, path = line.partition(": ")
        if path in spellings and "," not in package:
            owner.setdefault(spellings[path], package.split(":")[0].strip())
    for source in sorted(owner):
        package = owner[source]
        left.discard(source)
        if package in found:
            continue
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=True
        ).stdout
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        text = copyright_file.read_text(encoding="utf-8", errors="replace") if copyright_file.is_file() else ""
        names = sorted(set(re.findall(r"^License:\s*(\S.*?)\s*$", text, re.MULTILINE)))
        component = Component(package, version, [copyright_file] if copyright_file.is_file() else [])
        component.cyclonedx = {
            "type": "library",
            "name": package,
            "version": version,
            "bom-ref": f"deb:{package}@{version}",
            "purl": f"pkg:deb/debian/{package}@{version}?arch=amd64",
            "licenses": [{"license": {"name": name}} for name in names]
            or [{"license": {"name": f"see /usr/share/doc/{package}/copyright"}}],
            "description": "system library bundled from the build machine (Debian package)",
        }
        found[package] = component
    return found, left


def build(environment_sbom: Path, manifest: Path, bundle: Path) -> list[str]:
    """Write BUNDLE/sbom.cdx.json and BUNDLE/licenses/; return the problems found."""
    listed = json.loads(manifest.read_text(encoding="utf-8"))
    sources = {Path(source).resolve() for source in listed["sources"] if Path(source).exists()}
    distributions, left = bundled_distributions(sources)
    runtime, left = python_runtime(left)
    system, left = debian_packages(left)
    problems = [f"bundled but owned by no component: {source}" for source in sorted(left)]

    sbom = json.loads(environment_sbom.read_text(encoding="utf-8"))
    root_name = canonical(str(sbom.get("metadata", {}).get("component", {}).get("name", "mgdesk")))
    kept = []
    for entry in sbom.get("components", []):
        name = canonical(str(entry.get("name", "")))
        if name in distributions and name != root_name:
            distributions[name].cyclonedx = entry
            kept.append(entry)
    missing = sorted(set(distributions) - {canonical(str(entry["name"])) for entry in kept} - {root_name})
    problems += [f"{name}: bundled, but not in cyclonedx-py's SBOM" for name in missing]
    components = [distributions[name] for name in sorted(distributions) if name != root_name]
    components += ([runtime] if runtime else []) + [system[name] for name in sorted(system)]

    licences = bundle / "licenses"
    shutil.rmtree(licences, ignore_errors=True)
    for component in components:
        if not component.licence_files:
            problems.append(f"{component.name} {component.version}: no licence text found")
            continue
        folder = licences / component.name
        folder.mkdir(parents=True, exist_ok=True)
        for number, text in enumerate(component.licence_files):
            target = folder / (text.name if number == 0 else f"{number}-{text.name}")
            shutil.copyfile(text, target)
        properties = list(component.cyclonedx.get("properties", []))  # type: ignore[call-overload]
        properties.append({"name": "mgdesk:licence-texts", "value": f"licenses/{component.name}/"})
        component.cyclonedx["properties"] = properties
    root = sbom.get("metadata", {}).get("component")
    if isinstance(root, dict) and not root.get("version") and root_name in distributions:
        root["version"] = distributions[root_name].version  # pyproject's version is dynamic
    if root_name in distributions:
        root_texts = distributions[root_name].licence_files or [RESOURCES / "GPL-3.0.txt"]
        (licences / "mgdesk").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root_texts[0], licences / "mgdesk" / root_texts[0].name)

    refs = {str(component.cyclonedx.get("bom-ref")) for component in components}
    root_ref = sbom.get("metadata", {}).get("component", {}).get("bom-ref")
    sbom["components"] = [component.cyclonedx for component in components]
    sbom["dependencies"] = [
        {**dependency, "dependsOn": [ref for ref in dependency.get("dependsOn", []) if ref in refs]}
        for dependency in sbom.get("dependencies", [])
        if dependency.get("ref") in refs or dependency.get("ref") == root_ref
    ]
    (bundle / "sbom.cdx.json").write_text(json.dumps(sbom, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return problems


def check(bundle: Path) -> list[str]:
    """Problems with an installed bundle's SBOM and licence texts; empty when none."""
    sbom = json.loads((bundle / "sbom.cdx.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    names = set()
    for component in sbom["components"]:
        name = str(component["name"])
        names.add(canonical(name))
        if not component.get("version"):
            problems.append(f"{name}: no version")
        if not component.get("licenses"):
            problems.append(f"{name}: no licence named")
        where = [p["value"] for p in component.get("properties", []) if p.get("name") == "mgdesk:licence-texts"]
        folder = bundle / (where[0] if where else f"licenses/{canonical(name)}/")
        if not folder.is_dir() or not any(path.stat().st_size > 0 for path in folder.iterdir()):
            problems.append(f"{name}: no licence text in {folder.relative_to(bundle)}/")
    if QT not in names:
        problems.append("Qt (PySide6-Essentials) is not in the SBOM")
    else:
        qt_texts = " ".join(path.read_text(errors="replace") for path in (bundle / "licenses" / QT).iterdir())
        if "GNU LESSER GENERAL PUBLIC LICENSE" not in qt_texts:
            problems.append("Qt's licence texts do not include the LGPL")
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check"] and len(argv) == 2:
        problems = check(Path(argv[1]))
        count = len(json.loads((Path(argv[1]) / "sbom.cdx.json").read_text(encoding="utf-8"))["components"])
        summary = f"sbom: {count} components, each with its licence text"
    elif len(argv) == 3:
        problems = build(Path(argv[0]), Path(argv[1]), Path(argv[2]))
        summary = f"sbom: wrote {argv[2]}/sbom.cdx.json and {argv[2]}/licenses/"
    else:
        print("usage: sbom.py ENV_SBOM MANIFEST BUNDLE | sbom.py --check BUNDLE", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"sbom: {problem}", file=sys.stderr)
    if not problems:
        print(summary)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
