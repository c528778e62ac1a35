"""The Qt desk: the only package that imports PySide6."""
