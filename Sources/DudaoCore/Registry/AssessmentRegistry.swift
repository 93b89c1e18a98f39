import Synchronization

/// The assessments a process serves, built from an explicit list. There is no global.
///
/// Copies share one table, so a daemon can ``replace(_:)`` the served set (reloading standard
/// packs) and every service holding the registry sees the new set from its next call; a call
/// already running keeps the assessment it looked up. Versions that were served and then
/// replaced stay in an archive, so a record made under one can be replayed under it
/// (``assessment(id:version:)``).
public struct AssessmentRegistry: Sendable {
    /// An assessment with the validator of its schema, made once: building one indexes the
    /// schema's fields, which cost every call a share of its CPU when done per call.
    struct Served: Sendable {
        let assessment: any Assessment
        let validator: Validator

        init(_ assessment: any Assessment) {
            self.assessment = assessment
            self.validator = Validator(schema: assessment.descriptor.schema)
        }
    }

    private struct Snapshot: Sendable {
        var byID: [String: Served] = [:]
        var descriptors: [AssessmentDescriptor] = []
        /// Every version served or archived, keyed by ``archiveKey(id:version:)``.
        var archive: [String: Served] = [:]
    }

    private final class Table: Sendable {
        let state: Mutex<Snapshot>
        init(_ snapshot: Snapshot) { self.state = Mutex(snapshot) }
    }

    private let table: Table

    /// - Throws: ``RegistryError`` when two assessments share an id or a descriptor is empty,
    ///   broken or inconsistent: a defect of the build, refused before anything is served.
    public init(_ assessments: [any Assessment]) throws {
        self.table = Table(try Self.snapshot(assessments, archive: [:]))
    }

    private static func snapshot(_ assessments: [any Assessment], archive: [String: Served]) throws -> Snapshot {
        var snapshot = Snapshot(archive: archive)
        for assessment in assessments {
            let descriptor = assessment.descriptor
            guard snapshot.byID[descriptor.id] == nil else { throw RegistryError.duplicateID(descriptor.id) }
            try RegistryError.check(descriptor)
            let served = Served(assessment)
            snapshot.byID[descriptor.id] = served
            snapshot.archive[Self.archiveKey(id: descriptor.id, version: descriptor.version)] = served
        }
        snapshot.descriptors = assessments.map(\.descriptor)
        return snapshot
    }

    private static func archiveKey(id: String, version: String) -> String { "\(id)@\(version)" }

    /// Descriptors in the order the assessments were given.
    public var descriptors: [AssessmentDescriptor] { self.table.state.withLock { $0.descriptors } }

    public func assessment(id: String) -> (any Assessment)? { self.served(id: id)?.assessment }

    func served(id: String) -> Served? { self.table.state.withLock { $0.byID[id] } }

    /// The assessment `id` as it was at `version`: the served one when its version matches,
    /// else an archived one, else `nil`.
    public func assessment(id: String, version: String) -> (any Assessment)? { self.served(id: id, version: version)?.assessment }

    func served(id: String, version: String) -> Served? {
        self.table.state.withLock { $0.archive[Self.archiveKey(id: id, version: version)] }
    }

    public var ids: [String] { self.descriptors.map(\.id) }

    /// Serves `assessments` instead of the current set, all at once; the replaced versions stay
    /// in the archive.
    ///
    /// - Throws: ``RegistryError`` as ``init(_:)``; then nothing changes.
    public func replace(_ assessments: [any Assessment]) throws {
        try self.table.state.withLock { state in
            state = try Self.snapshot(assessments, archive: state.archive)
        }
    }

    /// Keeps an older version for replays, without serving it (e.g. one rebuilt from the store).
    public func archive(_ assessment: any Assessment) {
        let descriptor = assessment.descriptor
        let served = Served(assessment)
        self.table.state.withLock { $0.archive[Self.archiveKey(id: descriptor.id, version: descriptor.version)] = served }
    }
}
