/// The level of a node in a scored indicator tree, as the tables of a 细则 name them.
public enum IndicatorLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 一级指标
    case first
    /// 二级指标
    case second
    /// 三级指标
    case third
    /// 监测点 (or 评分要素): the scored leaf under a 三级 indicator.
    case monitoringPoint = "monitoring_point"

    public var nameZh: String {
        switch self {
        case .first: "一级指标"
        case .second: "二级指标"
        case .third: "三级指标"
        case .monitoringPoint: "监测点"
        }
    }

    private var depth: Int {
        switch self {
        case .first: 0
        case .second: 1
        case .third: 2
        case .monitoringPoint: 3
        }
    }

    public static func < (lhs: IndicatorLevel, rhs: IndicatorLevel) -> Bool { lhs.depth < rhs.depth }
}
