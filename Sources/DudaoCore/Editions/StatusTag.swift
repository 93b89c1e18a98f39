/// How well a figure is confirmed against the official text (REFERENCE.md's tags).
public enum StatusTag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// [C] confirmed from a retrieved official or faithful text.
    case confirmed = "C"
    /// [P] seen in a provincial or county transcription or a secondary summary.
    case partial = "P"
    /// [U] from general knowledge only; must stay a parameter.
    case unconfirmed = "U"

    public var label: String { "[\(self.rawValue)]" }

    public var nameZh: String {
        switch self {
        case .confirmed: "已核实"
        case .partial: "部分核实"
        case .unconfirmed: "未核实"
        }
    }

    private var rank: Int {
        switch self {
        case .confirmed: 0
        case .partial: 1
        case .unconfirmed: 2
        }
    }

    /// Orders from best confirmed to least; `max` of several tags is the weakest.
    public static func < (lhs: StatusTag, rhs: StatusTag) -> Bool { lhs.rank < rhs.rank }
}
