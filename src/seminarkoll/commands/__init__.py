"""Headless subcommands of the `seminarkoll` command line, one module per command."""
