extension AssessmentInput {
    /// The warning code for one school listed under two or more ids.
    public static let duplicateUnitWarningCode = "INPUT-DUPLICATE-UNIT"

    /// A warning for each name (of one kind of unit) that appears under more than one id.
    ///
    /// Two ids for one school count it twice in every total and ratio; the evaluation cannot know
    /// which id is right, so it goes on and says so, rather than refusing a file in which two
    /// schools may truly share a name.
    public var duplicateUnitWarnings: [Warning] {
        struct Name: Hashable {
            var kind: UnitKind
            var name: String
        }
        // Each name's ids in the order met, and where each name sits: one look-up per school.
        var names: [(name: String, ids: [String])] = []
        var place: [Name: Int] = [:]
        names.reserveCapacity(self.units.count)
        place.reserveCapacity(self.units.count)
        for unit in self.units {
            let name = unit.name.trimmingWhitespace()
            guard !name.isEmpty else { continue }
            let key = Name(kind: unit.kind, name: name)
            if let index = place[key] {
                if !names[index].ids.contains(unit.id) { names[index].ids.append(unit.id) }
            } else {
                place[key] = names.count
                names.append((name, [unit.id]))
            }
        }
        return names.compactMap { name, ids in
            guard ids.count > 1 else { return nil }
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
