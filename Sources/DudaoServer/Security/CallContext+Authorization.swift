public import DudaoCore

extension CallContext {
    /// The regions this caller may evaluate and read; everything without security.
    public var regions: RegionScope { self.authenticated?.regions ?? .all }

    /// Whether the caller may use `assessment`.
    public func mayUse(assessment: String) -> Bool {
        self.authenticated?.mayUse(assessment: assessment) ?? true
    }

    /// - Throws: `PERMISSION_DENIED` when the policy does not give the caller `assessment`.
    public func checkAssessment(_ assessment: String) throws {
        guard self.mayUse(assessment: assessment) else {
            throw DudaoError(.permissionDenied, "\(self.authenticated?.identity ?? "this caller") may not use the assessment \(assessment)")
        }
    }

    /// - Throws: `PERMISSION_DENIED` when the policy does not let the caller ask for `kind`.
    public func checkEvaluation(_ kind: EvaluationKind) throws {
        guard self.authenticated?.evaluations.contains(kind) ?? true else {
            throw DudaoError(.permissionDenied, "\(self.authenticated?.identity ?? "this caller") may not ask for \(kind.rawValue) evaluations")
        }
    }

    /// For evaluating a subject: the caller must hold its region.
    ///
    /// - Throws: `PERMISSION_DENIED` naming the code, which the caller sent itself.
    public func checkRegion(_ subjectCode: String) throws {
        guard self.regions.contains(subjectCode) else {
            throw DudaoError(.permissionDenied, "\(self.authenticated?.identity ?? "this caller") may not evaluate region \(subjectCode)")
        }
    }

    /// For reading a stored record: one outside the caller's regions is answered exactly as a
    /// missing one, so its existence is not revealed.
    ///
    /// - Throws: `NOT_FOUND` with `notFoundMessage` when `subjectCode` is outside the scope.
    public func checkReadable(_ subjectCode: String, notFoundMessage: String) throws {
        guard self.regions.contains(subjectCode) else {
            throw DudaoError(.notFound, notFoundMessage)
        }
    }

    /// For reading a stored record: as ``checkReadable(_:notFoundMessage:)`` with the store's
    /// own message for a missing id.
    public func checkReadable(_ record: EvaluationRecord, id: String) throws {
        try self.checkReadable(record.subject.code, notFoundMessage: "no evaluation record with id \(id)")
    }

    /// The region prefix a record listing runs with, narrowed to the caller's regions; `nil`
    /// when nothing the caller asked for is visible to it.
    ///
    /// - Throws: `INVALID_ARGUMENT` when the caller holds several regions and the request would
    ///   span more than one: it must name one of them.
    public func scopedRegionPrefix(_ requested: String?) throws -> String?? {
        let prefixes = self.regions.prefixes(within: requested)
        guard prefixes.count <= 1 else {
            throw DudaoError(
                .invalidArgument,
                "give region_prefix: this caller may list \(prefixes.compactMap { $0 }.joined(separator: ", ")), one at a time"
            )
        }
        return prefixes.first
    }
}
