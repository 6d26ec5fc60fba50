"""Thai text, digit, calendar, ID and money helpers (no Qt, no SQLAlchemy)."""
