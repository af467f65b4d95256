"""Pure-Python domain: enums, value objects, rules and typed errors (standard library only)."""
