"""Import and export windows: participant lists, attendance sheets, Excel and PDF exports."""
