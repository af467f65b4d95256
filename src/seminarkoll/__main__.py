"""Lets `python -m seminarkoll` run the command line."""

from seminarkoll.cli import main

raise SystemExit(main())
