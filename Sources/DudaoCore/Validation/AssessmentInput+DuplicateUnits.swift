extension AssessmentInput {
    /// The warning code for one school listed under two or more ids.
    public static let duplicateUnitWarningCode = "INPUT-DUPLICATE-UNIT"

    /// A warning for each name (of one kind of unit) that appears under more than one id.
    ///
    /// Two ids for one school count it twice in every total and ratio; the evaluation cannot know
    /// which id is right, so it goes on and says so, rather than refusing a file in which two
    /// schools may truly share a name.
    public var duplicateUnitWarnings: [Warning] {
        var idsByName: [String: [String]] = [:]
        var order: [String] = []
        for unit in self.units {
            let name = unit.name.trimmingWhitespace()
            guard !name.isEmpty else { continue }
            let key = "\(unit.kind.rawValue)\u{1F}\(name)"
            if idsByName[key] == nil { order.append(key) }
            if idsByName[key]?.contains(unit.id) != true {
                idsByName[key, default: []].append(unit.id)
            }
        }
        return order.compactMap { key in
            guard let ids = idsByName[key], ids.count > 1 else { return nil }
            let name = String(key.split(separator: "\u{1F}", maxSplits: 1).last ?? "")
            let list = ids.joined(separator: ", ")
            return Warning(
                code: Self.duplicateUnitWarningCode,
                zh: "学校“\(name)”以 \(ids.count) 个标识出现（\(list)），可能被重复计算",
                en: "the school \"\(name)\" appears under \(ids.count) ids (\(list)) and may be counted twice",
                unitIDs: ids
            )
        }
    }
}
