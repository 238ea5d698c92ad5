"""pyproject.toml lists every package, so wheels and bundles miss no module."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "mgdesk").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert "mgdesk.resources" in listed
    assert (ROOT / "resources" / "__init__.py").is_file()


def test_resources_are_importable_as_package_data() -> None:
    import importlib.resources

    fonts = importlib.resources.files("mgdesk.resources") / "fonts"
    assert (fonts / "Inter-Regular.otf").is_file()
    assert (importlib.resources.files("mgdesk.resources") / "licenses" / "LGPL-3.0.txt").is_file()
