"""The Clinic place (Ctrl+3): the clinic list and the cohort plot."""
