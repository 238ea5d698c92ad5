"""The Patients place (Ctrl+2): the patient list and the selected patient.

The trend, its numbers, the medication courses and results, and the dialogs
that change them.
"""
