"""Windows and menu entries for backups, retention, and checking the database."""
