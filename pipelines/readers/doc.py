"""Legacy Word .doc: converted by an installed tool (antiword, or LibreOffice's soffice)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from pipelines.model import Block
from pipelines.readers.errors import ReadError


def read(data: bytes) -> list[Block]:
    if shutil.which("antiword"):
        with tempfile.NamedTemporaryFile(suffix=".doc") as f:
            f.write(data)
            f.flush()
            out = subprocess.run(["antiword", "-w", "0", f.name], capture_output=True, timeout=120)
        if out.returncode == 0:
            return [out.stdout.decode("utf-8", errors="replace")]
        raise ReadError(f"antiword could not read this .doc: {out.stderr.decode(errors='replace')[:200]}")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in.doc"
            src.write_bytes(data)
            subprocess.run([soffice, "--headless", "--convert-to", "docx", "--outdir", tmp, str(src)],
                           capture_output=True, timeout=300)
            converted = Path(tmp) / "in.docx"
            if converted.exists():
                from pipelines.readers import docx

                return docx.read(converted.read_bytes())
        raise ReadError("LibreOffice could not convert this .doc: open it in Word and save as .docx")
    raise ReadError("legacy Word .doc needs a converter: install antiword (apt-get install antiword) or "
                    "LibreOffice (apt-get install libreoffice-writer), or save the file as .docx")
