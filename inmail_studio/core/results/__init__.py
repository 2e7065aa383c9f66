# SPDX-License-Identifier: GPL-3.0-or-later
"""Results over the outreach log: rates with windows and intervals, A/B verdicts, the InMail credit ledger, quotas."""
