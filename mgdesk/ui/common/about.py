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
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.units import DISPLAY_UNITS
from mgdesk.ui.common.wording import edge_text, threshold_sentence


def tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def about_html(profile: LabProfile) -> str:
    """The About-the-numbers page as HTML."""
    rows = [
        (tr("critical low below"), profile.critical_low_below, "critical_low_below"),
        (tr("low (hypomagnesemia) below"), profile.low_below, "low_below"),
        (tr("high above"), profile.high_above, "high_above"),
        (tr("critical high above"), profile.critical_high_above, "critical_high_above"),
        (tr("hypomagnesemia threshold"), profile.hypomagnesemia_below, "hypomagnesemia_below"),
    ]
    band_rows = "".join(
        "<tr><td>{}</td>{}<td>{}</td></tr>".format(
            html.escape(label),
            "".join(f"<td align='right'>{edge_text(edge, unit)} {unit}</td>" for unit in DISPLAY_UNITS),
            html.escape(profile.sources.get(key, "")),
        )
        for label, edge, key in rows
    )
    licences = (importlib.resources.files("mgdesk.resources") / "licenses" / "THIRD-PARTY.md").read_text("utf-8")
    return f"""
<h2>{tr("About the numbers")}</h2>
<h3>{tr("Conversion")}</h3>
<ul>
<li>{tr("Molar mass of magnesium: 24.305 g/mol (CIAAW standard atomic weight, interval [24.304, 24.307]).")}</li>
<li>{tr("Charge of Mg2+: 2, so 1 mmol/L = 2 mEq/L (mEq = mmol × valence; Merck Manual, unit conversions).")}</li>
<li>{tr("1 mmol/L = 2.4305 mg/dL; 1 mg/dL = 0.41144 mmol/L = 0.82288 mEq/L.")}</li>
<li>{
        tr("Generic unit libraries (UCUM, ucumvert) treat 1 mEq as 1 mmol; that is wrong for Mg2+ and not used here.")
    }</li>
</ul>
<h3>{tr("Lab profile in use: {name}").format(name=html.escape(profile.name))}</h3>
<p>{tr("Hypomagnesemia below {t}.").format(t=threshold_sentence(profile))}</p>
<table cellpadding='4'><tr><th></th>{"".join(f"<th>{u}</th>" for u in DISPLAY_UNITS)}<th align='left'>{
        tr("Source")
    }</th></tr>
{band_rows}</table>
<p>{
        tr(
            "The class is decided on the exact converted value. A value is borderline when its written precision "
            "(half a unit of its last decimal either side) cannot tell which side of a band edge it lies on."
        )
    }</p>
<h3>{tr("Why magnesium and metformin")}</h3>
<p>{
        tr(
            "Hypomagnesemia (serum Mg below 0.70 mmol/L) worsens insulin resistance in type 2 diabetes "
            "(Gommers et al., Diabetes 2016;65:3-13). Metformin users have lower serum Mg, more so with longer "
            "treatment and more diabetes drugs (Peters et al., PLoS One 2013;8(9):e74355; "
            "Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19)."
        )
    }</p>
<h3>{tr("Version")}</h3>
<p>mgdesk {__version__} · Qt {qVersion()} · PySide6 {pyside_version}</p>
<h3>{tr("Licences of bundled software")}</h3>
<pre>{html.escape(licences)}</pre>
"""


class AboutNumbersDialog(QDialog):
    def __init__(self, profile: LabProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutNumbersDialog")
        self.setWindowTitle(tr("About the numbers"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("aboutBrowser")
        self.browser.setAccessibleName(tr("About the numbers"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(about_html(profile))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
