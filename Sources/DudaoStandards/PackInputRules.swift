import DudaoCore

/// What a pack's schema says of an input beyond the core's ``InputSchema``: the codes a subject
/// of a kind must use (`subject_codes`), and the facts a result carries as measures (`measure:
/// true` on a fact) so that a batch view can count them without scoring them.
struct PackInputRules: Sendable, Hashable {
    /// Per subject kind, the only subjects of that kind the pack accepts (e.g. development zones,
    /// which have no GB/T 2260 code of their own and take codes the office gives them).
    var subjectCodes: [SubjectKind: [Subject]] = [:]
    /// Facts copied into the result's measures (a yes/no fact as 1 or 0), by key.
    var factMeasures: [String] = []

    /// An issue when a subject of a listed kind does not use one of its codes.
    func check(_ subject: Subject) -> ValidationIssue? {
        guard let allowed = self.subjectCodes[subject.kind], !allowed.contains(where: { $0.code == subject.code }) else { return nil }
        let codes = allowed.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        return ValidationIssue(
            path: "subject.code", rule: .invalidCode,
            zh: "\(subject.kind.nameZh)代码应为本项目代码之一（\(codes)），实际为 \(subject.code)",
            en: "a \(subject.kind.rawValue) uses one of the project's own codes (\(codes)); got \(subject.code)"
        )
    }

    /// The listed facts present in `input`, as measures.
    func measures(_ input: AssessmentInput) -> [String: Double] {
        var measures: [String: Double] = [:]
        for key in self.factMeasures {
            guard let value = input.facts[key]?.value else { continue }
            if let flag = value.booleanValue {
                measures[key] = flag ? 1 : 0
            } else if let number = value.numberValue {
                measures[key] = number
            }
        }
        return measures
    }
}
