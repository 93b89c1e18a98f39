/// A registry that cannot be built: a defect in the list of assessments, caught at start-up.
public enum RegistryError: Error, Equatable, CustomStringConvertible {
    case duplicateID(String)
    case brokenDescriptor(id: String, reason: String)
    case noEdition(String)
    case noIndicators(String)
    case emptySchema(String)
    case duplicateIndicator(assessment: String, code: String)
    case unknownGroup(assessment: String, indicator: String, group: String)
    case duplicateField(assessment: String, key: String)

    public var description: String {
        switch self {
        case .duplicateID(let id): "two assessments share the id \(id)"
        case .brokenDescriptor(let id, let reason): "assessment \(id) could not build its descriptor: \(reason)"
        case .noEdition(let id): "assessment \(id) has no edition"
        case .noIndicators(let id): "assessment \(id) defines no indicators"
        case .emptySchema(let id): "assessment \(id) accepts no subject kind or no input field"
        case .duplicateIndicator(let id, let code): "assessment \(id) defines indicator \(code) twice"
        case .unknownGroup(let id, let code, let group): "assessment \(id): indicator \(code) belongs to group \(group), which it does not define"
        case .duplicateField(let id, let key): "assessment \(id) defines input field \(key) twice (or as an alias of another)"
        }
    }

    /// Refuses a descriptor that is empty or does not hang together.
    static func check(_ descriptor: AssessmentDescriptor) throws {
        let id = descriptor.id
        if let defect = descriptor.defect { throw RegistryError.brokenDescriptor(id: id, reason: defect) }
        guard !descriptor.editions.isEmpty else { throw RegistryError.noEdition(id) }
        guard !descriptor.indicators.isEmpty else { throw RegistryError.noIndicators(id) }
        let schema = descriptor.schema
        guard !schema.subjectKinds.isEmpty, !(schema.facts.isEmpty && schema.unitFields.isEmpty) else { throw RegistryError.emptySchema(id) }
        let groups = Set(descriptor.groups.map(\.code))
        var codes = Set<String>()
        for indicator in descriptor.indicators {
            guard codes.insert(indicator.code).inserted else { throw RegistryError.duplicateIndicator(assessment: id, code: indicator.code) }
            guard groups.contains(indicator.group) else {
                throw RegistryError.unknownGroup(assessment: id, indicator: indicator.code, group: indicator.group)
            }
        }
        for fields in [schema.facts, schema.unitFields] {
            var keys = Set<String>()
            for key in fields.flatMap({ [$0.key] + $0.deprecatedKeys }) where !keys.insert(key).inserted {
                throw RegistryError.duplicateField(assessment: id, key: key)
            }
        }
    }
}
