"""Use cases and rules (no Qt): each function owns one transaction."""
