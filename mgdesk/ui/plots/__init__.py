"""Trend plots shared by the Patients place, the report and ``mgdesk plot``: pyqtgraph items and their export."""
