public import DudaoCore
public import DudaoProto

extension AssessmentInput {
    public var proto: Dudao_V1_AssessmentInput {
        var proto = Dudao_V1_AssessmentInput()
        proto.assessment = self.assessment
        if let edition = self.edition { proto.edition = edition }
        proto.subject = self.subject.proto
        proto.period = self.period.proto
        proto.facts = self.facts.proto
        proto.units = self.units.map(\.proto)
        proto.parameterOverrides = self.parameterOverrides.proto
        return proto
    }

    /// Reads an input from the wire, reporting every structural problem at once.
    ///
    /// Only what the protobuf cannot express is checked here (unset `oneof`s, unset enums, bad
    /// dates); the schema's rules are the validator's job.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` with one violation per problem,
    ///   paths as the validator writes them (`subject.kind`, `facts.pupils`, `units[2].area_m2`).
    public init(proto: Dudao_V1_AssessmentInput) throws {
        self = try ConversionIssues.convert("input") { AssessmentInput(proto: proto, path: "", issues: &$0) }
    }

    init?(proto: Dudao_V1_AssessmentInput, path: String, issues: inout ConversionIssues) {
        var subject: Subject?
        if proto.hasSubject {
            subject = Subject(proto: proto.subject, path: join(path, "subject"), issues: &issues)
        } else {
            issues.missing(join(path, "subject"))
        }
        var period: Period?
        if proto.hasPeriod {
            period = Period(proto: proto.period, path: join(path, "period"), issues: &issues)
        } else {
            issues.missing(join(path, "period"))
        }
        let facts = [String: FieldValue](proto: proto.facts, path: join(path, "facts"), issues: &issues)
        var units: [DudaoCore.Unit] = []
        for (index, unit) in proto.units.enumerated() {
            if let unit = DudaoCore.Unit(proto: unit, path: join(path, "units[\(index)]"), issues: &issues) {
                units.append(unit)
            }
        }
        let overrides = [String: Value](proto: proto.parameterOverrides, path: join(path, "parameterOverrides"), issues: &issues)
        var edition: String?
        if case .edition(let id)? = proto.editionPresent { edition = id }
        guard let subject, let period, let facts, let overrides, units.count == proto.units.count else { return nil }
        self.init(
            assessment: proto.assessment,
            edition: edition,
            subject: subject,
            period: period,
            facts: facts,
            units: units,
            parameterOverrides: overrides
        )
    }
}
