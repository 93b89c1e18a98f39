"""openpyxl reads a dudao workbook with the expected cells, and writes a filled-in template."""
import json
import sys
from pathlib import Path

import openpyxl

work, county_path = Path(sys.argv[1]), Path(sys.argv[2])
result = json.loads((work / "result.json").read_text(encoding="utf-8"))
county = json.loads(county_path.read_text(encoding="utf-8"))
verdict_names = {"pass": "达标", "fail": "未达标", "not_assessable": "不可评估"}

# 1. The result workbook: the verdict sheet first, numbers stored as numbers.
book = openpyxl.load_workbook(work / "result.xlsx")
assert book.sheetnames[0] == "结论", book.sheetnames
assert book.sheetnames[1] == "指标", book.sheetnames
verdict_sheet = book["结论"]
assert [cell.value for cell in verdict_sheet[1]][:6] == ["代码", "名称", "评估项目", "评估期", "标准版本", "结论"]
assert verdict_sheet["A2"].value == county["subject"]["code"]
assert verdict_sheet["B2"].value == county["subject"]["name"]
assert verdict_sheet["F2"].value == verdict_names[result["verdict"]], verdict_sheet["F2"].value
assert verdict_sheet["H2"].value == result["inputDigest"]

indicators = book["指标"]
header = [cell.value for cell in indicators[1]]
assert header[:5] == ["代码", "指标", "领域", "范围", "值"], header
rows = list(indicators.iter_rows(min_row=2, values_only=False))
assert len(rows) == len(result["indicators"]), (len(rows), len(result["indicators"]))
numbers = 0
for row, expected in zip(rows, result["indicators"]):
    assert row[0].value == expected["code"]
    value = row[4]
    if expected.get("value") is None:
        assert value.value is None, (expected["code"], value.value)
        continue
    assert isinstance(value.value, (int, float)), f"{expected['code']}: value stored as {type(value.value)}"
    assert abs(value.value - expected["value"]) < 1e-9, (expected["code"], value.value, expected["value"])
    assert value.number_format != "General", f"{expected['code']} has no number format"
    numbers += 1
assert numbers > 0
# Areas and scopes read as a clerk reads them: 资源配置 and 小学, not the keys `resources`, `primary`.
describe = json.loads((work / "describe.json").read_text(encoding="utf-8"))
area_names = {group["code"]: group["nameZh"] for group in describe["groups"]}
for row, expected in zip(rows, result["indicators"]):
    assert row[2].value == area_names.get(expected["group"], expected["group"]), (expected["code"], row[2].value)
    assert row[3].value in (None, "", "小学", "初中", "高中"), (expected["code"], row[3].value)
assert any(row[3].value == "小学" for row in rows)
findings = book["整改事项"]
assert findings.max_row - 1 == len(result["findings"]), (findings.max_row, len(result["findings"]))
print(f"   result workbook: {len(book.sheetnames)} sheets, {numbers} indicator values read as numbers")

# 2. A workbook written by openpyxl from the template's headers, filled from the JSON example.
template = openpyxl.load_workbook(work / "template.xlsx")
assert template.sheetnames == ["填表说明", "基本信息", "学校"], template.sheetnames
schema = describe["schema"]
by_header = {}
for spec in schema["unitFields"]:
    unit = spec.get("unit")
    by_header[f"{spec['nameZh']}（{unit}）" if unit else spec["nameZh"]] = spec["key"]
kind_names = {kind["kind"]: kind["nameZh"] for kind in schema["unitKinds"]}


def plain(value):
    """A JSON field value as a person types it: the bare value, booleans as 是/否."""
    if isinstance(value, dict):
        value = value["value"]
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


filled = openpyxl.Workbook()
filled.remove(filled.active)
subject_in = template["基本信息"]
subject_out = filled.create_sheet("基本信息")
subject_out.append([cell.value for cell in subject_in[1]])
structural = {
    "assessment": county["assessment"],
    "subject.kind": county["subject"]["kind"],
    "subject.code": county["subject"]["code"],
    "subject.name": county["subject"]["name"],
    "period": county["period"],
}
for label, _, unit, key, _note in subject_in.iter_rows(min_row=2, values_only=True):
    value = structural.get(key, plain(county.get("facts", {}).get(key)) if key in county.get("facts", {}) else None)
    subject_out.append([label, value, unit, key])

schools_in = template["学校"]
headers = [cell.value for cell in schools_in[1]]
assert headers[:3] == ["学校代码", "学校名称", "类型"], headers[:3]
unknown = [header for header in headers[3:] if header not in by_header]
assert not unknown, f"template headers not in describe: {unknown}"
schools_out = filled.create_sheet("学校")
schools_out.append(headers)
for unit in county["units"]:
    fields = unit.get("fields", {})
    row = [unit["id"], unit.get("name", ""), kind_names.get(unit["kind"], unit["kind"])]
    row += [plain(fields[by_header[header]]) if by_header[header] in fields else None for header in headers[3:]]
    schools_out.append(row)
filled.save(work / "filled.xlsx")
print(f"   template: {len(headers) - 3} school columns, {len(county['units'])} schools written by openpyxl")
