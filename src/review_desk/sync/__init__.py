"""Journal exchange with the office share (see the sync issue)."""
