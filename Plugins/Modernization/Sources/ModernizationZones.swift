public import DudaoCore

/// The two 经济技术开发区 the monitoring covers besides the counties (REFERENCE §4.2).
///
/// They have no GB/T 2260 code of their own, so the project gives them stable codes of its own:
/// the city's four digits followed by `ED`. These codes are the project's, not the state's.
public enum ModernizationZones {
    public static let all: [Subject] = [
        Subject(kind: .zone, code: "3301ED", name: "杭州经济技术开发区"),
        Subject(kind: .zone, code: "3304ED", name: "嘉兴经济技术开发区"),
    ]

    /// An issue when a zone subject does not use one of the project's zone codes.
    static func check(_ subject: Subject) -> ValidationIssue? {
        guard subject.kind == .zone, !self.all.contains(where: { $0.code == subject.code }) else { return nil }
        let codes = self.all.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        return ValidationIssue(
            path: "subject.code", rule: .invalidCode,
            zh: "功能区代码应为本项目代码之一（\(codes)），实际为 \(subject.code)",
            en: "a zone uses one of the project's own codes (\(codes)); got \(subject.code)"
        )
    }
}
