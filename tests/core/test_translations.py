"""The translation catalogues: complete, faithful to their sources, and in step with the code.

Reads the committed ``.ts`` files in ``resources/translations`` (Qt Linguist's
XML) and runs Qt's own ``pyside6-lupdate`` (a program of the PySide6-Essentials
wheel, run as a separate process, so this stays a Qt-free test) over the tree
into a temporary copy: a string added to the window without updating the
catalogues, or a catalogue edited by hand into a shape lupdate would rewrite,
fails here.  See resources/translations/README.md.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
# Translated in full and finished; the others wait for their translators.
FINISHED = {"fr", "ar", "es", "pt_BR"}
# CLDR plural categories per language, as Qt counts its numerus forms.
NUMERUS_FORMS = {"en": 2, "fr": 2, "es": 2, "pt_BR": 2, "ar": 6}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[0-9n]|%L[0-9n]")


def _pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mgdesk_translations", ROOT / "packaging" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _pipeline()
ALL_LANGUAGES = (*translations.LANGUAGES, translations.PLURALS_ONLY)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type attribute: None when finished
    texts: tuple[str, ...]  # the translation, or each numerus form


def messages(language: str) -> list[Message]:
    root = ET.parse(translations.catalogue(language)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if numerus else (translation.text or "",)
            found.append(Message(name, message.findtext("source") or "", numerus, translation.get("type"), texts))
    return found


def completeness_params() -> list[object]:
    pending = pytest.mark.xfail(strict=True, reason="translation pending")
    return [
        pytest.param(language, marks=() if language in FINISHED or language == "en" else pending)
        for language in ALL_LANGUAGES
    ]


@pytest.mark.parametrize("language", completeness_params())
def test_every_message_is_translated(language: str) -> None:
    unfinished = [m.source for m in messages(language) if m.kind == "unfinished" or not all(m.texts)]
    assert not unfinished, f"{len(unfinished)} unfinished in mgdesk_{language}.ts, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_no_obsolete_message_is_kept(language: str) -> None:
    stale = [m.source for m in messages(language) if m.kind in {"obsolete", "vanished"}]
    assert not stale


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_catalogue_declares_its_language_and_plural_forms(language: str) -> None:
    root = ET.parse(translations.catalogue(language)).getroot()
    assert root.get("language") == language
    assert root.get("sourcelanguage") == "en"
    numerus = [m for m in messages(language) if m.numerus]
    assert numerus, "the catalogue has no plural message: %n strings are no longer extracted"
    assert {len(m.texts) for m in numerus} == {NUMERUS_FORMS[language]}


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_placeholders_match_the_source_in_every_form(language: str) -> None:
    wrong = [
        (m.source, text)
        for m in messages(language)
        for text in m.texts
        if text and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source))
    ]
    assert not wrong


def test_the_english_catalogue_holds_only_plural_forms() -> None:
    english = messages("en")
    assert english
    assert all(m.numerus for m in english)
    every = {(m.context, m.source) for m in messages("fr") if m.numerus}
    assert {(m.context, m.source) for m in english} == every


def test_units_and_codes_stay_untranslated_in_french() -> None:
    """A unit or FHIR code in a source is still there, spelled the same, in its translation."""
    kept = re.compile(r"mg/dL|mmol/L|mEq/L|\b(?:LL|HH|IND)\b|FHIR")
    lost = [
        (m.source, text)
        for m in messages("fr")
        for text in m.texts
        if sorted(kept.findall(text)) != sorted(kept.findall(m.source))
    ]
    assert not lost


def test_lupdate_over_the_tree_changes_no_catalogue(tmp_path: Path) -> None:
    """Every translatable string is in the catalogues, in the shape lupdate writes."""
    copy = tmp_path / "translations"
    shutil.copytree(FOLDER, copy, ignore=shutil.ignore_patterns("*.qm"))
    translations.update(root=ROOT, folder=copy)
    for language in ALL_LANGUAGES:
        name = translations.catalogue(language).name
        assert (copy / name).read_text(encoding="utf-8") == (FOLDER / name).read_text(encoding="utf-8"), (
            f"{name} is not up to date: run python packaging/translations.py update"
        )


def _translate_calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "QCoreApplication"
    ]


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


@pytest.mark.parametrize("path", translations.sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_window_strings_are_literals_lupdate_can_read(path: Path) -> None:
    """``QCoreApplication.translate("Context", "literal")``: no wrapper, no ``self.tr``, no f-string.

    The one exception is a table of ``QT_TRANSLATE_NOOP`` marks translated at
    use, ``translate("Context", str(TABLE[key]))``.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in {"tr", "_tr"}]
    assert not wrappers
    self_tr = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "tr"]
    assert not self_tr
    in_f_strings = [
        call.lineno
        for joined in ast.walk(tree)
        if isinstance(joined, ast.JoinedStr)
        for call in _translate_calls(joined)
    ]
    assert not in_f_strings, f"lines {in_f_strings}: lupdate does not read inside f-string braces"
    for call in _translate_calls(tree):
        context, text = call.args[0], call.args[1]
        table_lookup = isinstance(text, ast.Call) and isinstance(text.func, ast.Name) and text.func.id == "str"
        assert _literal(context), f"line {call.lineno}: the context must be a literal"
        assert _literal(text) or table_lookup, f"line {call.lineno}: the text must be a literal"


NSIS_NAMES = {"fr": "French", "es": "Spanish", "pt_BR": "PortugueseBR", "ar": "Arabic"}


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_installers_carry_every_language(language: str) -> None:
    """The desktop entry, the bundle's Qt catalogues and the Windows installer know every language."""
    desktop = (ROOT / "packaging" / "linux" / "mgdesk.desktop").read_text(encoding="utf-8")
    for key in ("Name", "GenericName", "Comment"):
        assert re.search(rf"^{key}\[{language}\]=\S", desktop, re.MULTILINE), f"{key}[{language}] missing"
    spec = (ROOT / "packaging" / "mgdesk.spec").read_text(encoding="utf-8")
    languages = re.search(r"^QT_LANGUAGES = \(([^)]*)\)", spec, re.MULTILINE)
    assert languages is not None
    assert f'"{language}"' in languages.group(1)
    nsis = (ROOT / "packaging" / "windows" / "mgdesk.nsi").read_text(encoding="utf-8")
    assert f'!insertmacro MUI_LANGUAGE "{NSIS_NAMES[language]}"' in nsis


def test_built_catalogues_hold_the_translations(tmp_path: Path) -> None:
    """pyside6-lrelease compiles every catalogue; the French one is not empty."""
    written = translations.build(out=tmp_path)
    assert {path.name for path in written} == {f"mgdesk_{language}.qm" for language in ALL_LANGUAGES}
    french = tmp_path / "mgdesk_fr.qm"
    assert french.stat().st_size > 10 * (tmp_path / "mgdesk_en.qm").stat().st_size
    assert "Convertisseur".encode("utf-16-be") in french.read_bytes()
