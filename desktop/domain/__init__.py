"""Plain-Python domain: entities, rules and errors (standard library only)."""
