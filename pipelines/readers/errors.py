"""The error every reader raises: here, below both ``pipelines.read`` and the readers, so that
neither imports the other for it (``pipelines.read`` re-exports it for the rest of the code)."""


class ReadError(Exception):
    """A file that cannot be turned into text; the message tells the user what to do."""
