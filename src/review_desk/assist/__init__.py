"""Similar proposals and handling-unit suggestions (see the assistance issue)."""
