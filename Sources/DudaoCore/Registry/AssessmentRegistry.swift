/// The assessments a process serves, built once from an explicit list. There is no global.
public struct AssessmentRegistry: Sendable {
    private let byID: [String: any Assessment]
    /// Descriptors in the order the assessments were given.
    public let descriptors: [AssessmentDescriptor]

    /// - Throws: ``RegistryError`` when two assessments share an id or a descriptor is inconsistent.
    public init(_ assessments: [any Assessment]) throws {
        var byID: [String: any Assessment] = [:]
        for assessment in assessments {
            let descriptor = assessment.descriptor
            guard byID[descriptor.id] == nil else { throw RegistryError.duplicateID(descriptor.id) }
            try RegistryError.check(descriptor)
            byID[descriptor.id] = assessment
        }
        self.byID = byID
        self.descriptors = assessments.map(\.descriptor)
    }

    public func assessment(id: String) -> (any Assessment)? { self.byID[id] }

    public var ids: [String] { self.descriptors.map(\.id) }
}

/// A registry that cannot be built: a defect in the list of assessments, caught at start-up.
public enum RegistryError: Error, Equatable, CustomStringConvertible {
    case duplicateID(String)
    case noEdition(String)
    case duplicateIndicator(assessment: String, code: String)

    public var description: String {
        switch self {
        case .duplicateID(let id): "two assessments share the id \(id)"
        case .noEdition(let id): "assessment \(id) has no edition"
        case .duplicateIndicator(let id, let code): "assessment \(id) defines indicator \(code) twice"
        }
    }

    static func check(_ descriptor: AssessmentDescriptor) throws {
        guard !descriptor.editions.isEmpty else { throw RegistryError.noEdition(descriptor.id) }
        var codes = Set<String>()
        for indicator in descriptor.indicators where !codes.insert(indicator.code).inserted {
            throw RegistryError.duplicateIndicator(assessment: descriptor.id, code: indicator.code)
        }
    }
}
