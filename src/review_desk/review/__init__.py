"""The write path: review commands through the journal, undo, reads."""
