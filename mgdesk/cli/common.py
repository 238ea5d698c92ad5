"""What every sub-command shares: exit codes and reading the profile and the day."""

from __future__ import annotations

import argparse
import datetime as dt

from mgdesk.domain.profile import LabProfile, default_profile, load_profile

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def profile_and_today(args: argparse.Namespace) -> tuple[LabProfile, dt.date]:
    """The profile given with --profile (else the default) and --today (else today)."""
    profile = load_profile(args.profile) if args.profile else default_profile()
    return profile, args.today or dt.date.today()
