"""Synthetic Zhejiang-like counties for the shipped example data (stdlib only).

The codes and names are SYNTHETIC: eleven city prefixes 3301 … 3311 with as many counties as
Zhejiang's cities had in 2020 (90 in all), numbered 01, 02, … within each city. They are not the
GB/T 2260 codes of real counties, and the names say "合成" (synthetic) so nobody mistakes them.
"""

CITIES = [
    ("3301", "杭州", 13), ("3302", "宁波", 10), ("3303", "温州", 12), ("3304", "嘉兴", 7),
    ("3305", "湖州", 5), ("3306", "绍兴", 6), ("3307", "金华", 9), ("3308", "衢州", 6),
    ("3309", "舟山", 4), ("3310", "台州", 9), ("3311", "丽水", 9),
]


def counties():
    """(code, name, city prefix) for the 90 synthetic counties, in code order."""
    result = []
    for prefix, city, count in CITIES:
        for index in range(1, count + 1):
            result.append((f"{prefix}{index:02d}", f"合成{city}第{index}县", prefix))
    return result


def zones():
    """The two development zones under the project's own codes (not GB/T 2260)."""
    return [("3301ED", "合成杭州经济技术开发区", "3301"), ("3304ED", "合成嘉兴经济技术开发区", "3304")]
