"""Planning screens: programmes, theme areas, cohorts, seminars, guest lecturers and undo."""
