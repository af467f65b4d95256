"""Attendance views: the matrix tab, the seminar sign-off view and their dialogs."""
