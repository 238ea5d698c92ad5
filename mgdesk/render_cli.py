"""The drawing half of ``mgdesk plot`` and ``mgdesk report``: Qt, headless.

``mgdesk.cli`` parses the arguments and loads the patient without Qt; for
these two commands ``mgdesk.__main__`` passes it ``render`` from here, which
starts a ``QApplication`` on the offscreen platform (no window is ever
shown, so it runs with no display), configures it as the window does (font,
translations) and draws with the window's own plot and report code.  Sitting
above both ``cli`` and ``ui`` in the layers contract, it is the one place
where the command line meets Qt.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.units import MgUnit


def _application() -> object:
    # The commands never show a window: draw offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mgdesk.ui.common.import_check import speed_up

    speed_up()  # numpy and pyqtgraph follow (its docstring)

    from PySide6.QtWidgets import QApplication

    from mgdesk.ui.common.i18n import install_language
    from mgdesk.ui.common.look import configure_application, name_application
    from mgdesk.ui.common.settings import Settings

    app = QApplication.instance()
    if app is None:
        name_application()
        app = QApplication(["mgdesk"])
        configure_application(app)
        install_language(app, Settings().language)  # the report in the window's language
    return app


def render(
    command: str,
    history: PatientHistory,
    profile: LabProfile,
    today: dt.date,
    out: Path,
    *,
    unit: MgUnit,
    axis: str,
    overwrite: bool = False,
) -> None:
    """Draw the plot (PNG, SVG or PDF by ``out``'s suffix) or the one-page report PDF."""
    app = _application()
    from mgdesk.domain.trend import summarize
    from mgdesk.ui.plots.trend_data import TimeAxis

    time_axis = TimeAxis(axis)
    if command == "report":
        from mgdesk.ui.report.patient_report import light_palette, write_report_pdf

        write_report_pdf(out, history, profile, today, unit=unit, axis=time_axis, overwrite=overwrite)
    else:
        from mgdesk.ui.plots.plot_export import export_plot
        from mgdesk.ui.plots.trend_plot import TrendPlot
        from mgdesk.ui.report.patient_report import light_palette

        plot = TrendPlot()
        plot.setPalette(light_palette())
        summary = summarize(history.courses, history.results, profile, today)
        plot.show_trend(history, profile, today, unit=unit, axis=time_axis, summary=summary)
        export_plot(plot, out, overwrite=overwrite)
        plot.deleteLater()
    del app
