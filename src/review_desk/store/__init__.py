"""Opening, creating and migrating session files; the search index."""
