"""The printed reports carry the county names, the verdict and the chart titles."""
import json
import sys
from pathlib import Path

work, county_path, province_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
# The verdict as dudao's JSON states it, to find its Chinese name in the printed page.
verdict = json.loads((work / "result.json").read_text(encoding="utf-8"))["verdict"]


def squeeze(text: str) -> str:
    # pdftotext may break lines and insert spaces between CJK glyphs; compare without whitespace.
    return "".join(text.split())


evaluation = squeeze((work / "evaluation.txt").read_text(encoding="utf-8"))
county = json.loads(Path(county_path).read_text(encoding="utf-8"))
expected = [squeeze(county["subject"]["name"]), "结论：", "各领域指标达标情况", "整改清单"]
verdict_names = {"pass": "达标", "fail": "未达标", "not_assessable": "不可评估"}
expected.append("结论：" + verdict_names[verdict])
missing = [text for text in expected if text not in evaluation]
assert not missing, f"evaluation PDF lacks {missing}"

province_text = squeeze((work / "province.txt").read_text(encoding="utf-8"))
counties = json.loads(Path(province_path).read_text(encoding="utf-8"))
names = [squeeze(entry["subject"]["name"]) for entry in counties]
missing = [name for name in names if name not in province_text]
assert not missing, f"province PDF lacks {len(missing)} county names, e.g. {missing[:3]}"
for title in ["得分分布直方图", "各单位得分条形图", "达标比例与规划目标", "全省结论："]:
    assert title in province_text, f"province PDF lacks {title}"
print(f"   evaluation PDF: {len(expected)} texts found; province PDF: {len(names)} county names and the chart titles found")
