"""Reading and writing exchange files (Excel, CSV): grids, column mapping, participant rows."""
