"""One reader per file format, each turning a file's bytes into blocks of text and native tables.

Every reader has the signature ``read(data: bytes) -> list[Block]`` and raises
``pipelines.readers.errors.ReadError`` with a message a person can act on.
"""
