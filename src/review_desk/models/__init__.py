"""SQLAlchemy typed tables of the session file."""
