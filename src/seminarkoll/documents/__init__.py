"""Printable documents (schedule, sign-in sheets, certificates) drawn as PDF with QtGui only."""
