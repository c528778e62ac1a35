"""Word and PDF documents (see the documents issue)."""
