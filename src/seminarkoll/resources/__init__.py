"""Runtime assets: icon and compiled translations."""
