"""Formats of ``ogp calendar``: ics (RFC 5545, CRLF line endings, folded at 75 octets)."""

from __future__ import annotations

from ogp.documents.calendar import Invitation
from ogp.output.context import OutputContext


def ics(invitation: Invitation, ctx: OutputContext) -> bytes:
    data: bytes = invitation.calendar.to_ical()
    return data
