/// The assessments a process serves, built once from an explicit list. There is no global.
public struct AssessmentRegistry: Sendable {
    private let byID: [String: any Assessment]
    /// Descriptors in the order the assessments were given.
    public let descriptors: [AssessmentDescriptor]

    /// - Throws: ``RegistryError`` when two assessments share an id or a descriptor is empty,
    ///   broken or inconsistent: a defect of the build, refused before anything is served.
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
