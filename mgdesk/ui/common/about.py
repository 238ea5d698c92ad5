"""Help > About the numbers: constants, bands and sources, version, licences.

Everything a clinician or auditor needs to trust a number: the molar mass and
charge used, the profile's band edges with the source of each, the program
version, and the licences of what is bundled (Qt is LGPL-3.0).
"""

from __future__ import annotations

import html
import importlib.resources

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mgdesk import __version__
from mgdesk.domain.profile import Category, LabProfile
from mgdesk.domain.units import DISPLAY_UNITS
from mgdesk.ui.common.class_style import class_short_words
from mgdesk.ui.common.messages import left_to_right
from mgdesk.ui.common.wording import local_number, threshold_sentence


def about_html(profile: LabProfile) -> str:
    """The About-the-numbers page as HTML."""
    sources = {
        Category.CRITICAL_LOW: "critical_low_below",
        Category.LOW: "low_below",
        Category.NORMAL: "high_above",
        Category.HIGH: "high_above",
        Category.CRITICAL_HIGH: "critical_high_above",
    }
    tables = [profile.bands(unit) for unit in DISPLAY_UNITS]
    band_rows = "".join(
        "<tr><td>{}</td>{}<td>{}</td></tr>".format(
            html.escape(class_short_words(bands[0].category)),
            "".join(
                f"<td align='right'>{html.escape(left_to_right(local_number(band.text())))} {band.unit}</td>"
                for band in bands
            ),
            html.escape(profile.sources.get(sources[bands[0].category], "")),
        )
        for bands in zip(*tables, strict=True)
    )
    licences = (importlib.resources.files("mgdesk.resources") / "licenses" / "THIRD-PARTY.md").read_text("utf-8")
    # Each sentence is translated outside the f-string: pyside6-lupdate does
    # not look inside f-string braces (resources/translations/README.md).
    title = QCoreApplication.translate("about", "About the numbers")
    conversion = QCoreApplication.translate("about", "Conversion")
    molar_mass = QCoreApplication.translate(
        "about", "Molar mass of magnesium: 24.305 g/mol (CIAAW standard atomic weight, interval [24.304, 24.307])."
    )
    charge = QCoreApplication.translate(
        "about", "Charge of Mg2+: 2, so 1 mmol/L = 2 mEq/L (mEq = mmol × valence; Merck Manual, unit conversions)."
    )
    factors = QCoreApplication.translate("about", "1 mmol/L = 2.4305 mg/dL; 1 mg/dL = 0.41144 mmol/L = 0.82288 mEq/L.")
    not_ucum = QCoreApplication.translate(
        "about",
        "Generic unit libraries (UCUM, ucumvert) treat 1 mEq as 1 mmol; that is wrong for Mg2+ and not used here.",
    )
    profile_title = QCoreApplication.translate("about", "Lab profile in use: {name}").format(
        name=html.escape(profile.name)
    )
    threshold = QCoreApplication.translate("about", "Hypomagnesemia below {t}.").format(t=threshold_sentence(profile))
    source = QCoreApplication.translate("about", "Source")
    decided = QCoreApplication.translate(
        "about",
        "The class is decided on the exact converted value; the table's ends are written so that every value "
        "written with as many decimals is in the band the table gives it. A value is borderline when its written "
        "precision (half a unit of its last decimal either side) cannot tell which side of a band edge it lies "
        "on. A result written with < or > is every value it can take: one band, that class; several bands on "
        "one side of the threshold, the class nearest normal, borderline; both sides of the threshold, "
        "indeterminate (IND).",
    )
    why_title = QCoreApplication.translate("about", "Why magnesium and metformin")
    why = QCoreApplication.translate(
        "about",
        "Hypomagnesemia (serum Mg below 0.70 mmol/L) worsens insulin resistance in type 2 diabetes "
        "(Gommers et al., Diabetes 2016;65:3-13). Metformin users have lower serum Mg, more so with longer "
        "treatment and more diabetes drugs (Peters et al., PLoS One 2013;8(9):e74355; "
        "Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).",
    )
    version = QCoreApplication.translate("about", "Version")
    licences_title = QCoreApplication.translate("about", "Licences of bundled software")
    unit_headers = "".join(f"<th>{u}</th>" for u in DISPLAY_UNITS)
    return f"""
<h2>{title}</h2>
<h3>{conversion}</h3>
<ul>
<li>{molar_mass}</li>
<li>{charge}</li>
<li>{factors}</li>
<li>{not_ucum}</li>
</ul>
<h3>{profile_title}</h3>
<p>{threshold}</p>
<table cellpadding='4'><tr><th></th>{unit_headers}<th align='left'>{source}</th></tr>
{band_rows}</table>
<p>{decided}</p>
<h3>{why_title}</h3>
<p>{why}</p>
<h3>{version}</h3>
<p>mgdesk {__version__} · Qt {qVersion()} · PySide6 {pyside_version}</p>
<h3>{licences_title}</h3>
<pre>{html.escape(licences)}</pre>
"""


class AboutNumbersDialog(QDialog):
    def __init__(self, profile: LabProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutNumbersDialog")
        self.setWindowTitle(QCoreApplication.translate("about", "About the numbers"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("aboutBrowser")
        self.browser.setAccessibleName(QCoreApplication.translate("about", "About the numbers"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(about_html(profile))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
