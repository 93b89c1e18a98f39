"""dudao's CSV starts with the byte order mark, ends lines with CRLF and round-trips through csv."""
import csv
import io
import json
import sys
from pathlib import Path

work = Path(sys.argv[1])
result = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))


def check(path: Path, bom: bool, first_header: str, rows: int) -> None:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom, f"{path.name}: byte order mark {'missing' if bom else 'present'}"
    assert raw.count(b"\n") == raw.count(b"\r\n"), f"{path.name}: a line ends without CR"
    text = raw.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert table[0][0] == first_header, table[0]
    assert len(table) - 1 == rows, (path.name, len(table) - 1, rows)
    assert len({len(row) for row in table}) == 1, f"{path.name}: rows of different widths"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(table)
    again = (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8")
    assert again == raw, f"{path.name}: does not round-trip byte for byte"
    print(f"   {path.name}: {rows} rows, BOM {'on' if bom else 'off'}, CRLF, round trip exact")


check(work / "result.csv", True, "代码", len(result["indicators"]))
counties = len(json.loads(Path("Examples/teacher-pay-parity/province.json").read_text(encoding="utf-8")))
check(work / "batch.csv", True, "序号", counties)
check(work / "batch-en.csv", False, "#", counties)
