"""Participant views: the register, person and workplace dialogs, roster, groups and card."""
