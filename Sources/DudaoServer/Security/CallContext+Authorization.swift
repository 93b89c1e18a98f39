import DudaoCore

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
}
