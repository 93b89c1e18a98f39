public import DudaoCore
public import DudaoProto

extension Subject {
    public var proto: Dudao_V1_Subject {
        var proto = Dudao_V1_Subject()
        proto.kind = self.kind.proto
        proto.code = self.code
        proto.name = self.name
        return proto
    }

    /// Reads a subject from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when the kind is unset or unknown.
    public init(proto: Dudao_V1_Subject) throws {
        self = try ConversionIssues.convert("subject") { Subject(proto: proto, path: "subject", issues: &$0) }
    }

    init?(proto: Dudao_V1_Subject, path: String, issues: inout ConversionIssues) {
        guard let kind = SubjectKind(proto: proto.kind, path: join(path, "kind"), issues: &issues) else { return nil }
        self.init(kind: kind, code: proto.code, name: proto.name)
    }
}

extension SubjectKind {
    public var proto: Dudao_V1_SubjectKind {
        switch self {
        case .province: .province
        case .city: .city
        case .county: .county
        case .zone: .zone
        case .school: .school
        case .kindergarten: .kindergarten
        }
    }

    init?(proto: Dudao_V1_SubjectKind, path: String, issues: inout ConversionIssues) {
        switch proto {
        case .province: self = .province
        case .city: self = .city
        case .county: self = .county
        case .zone: self = .zone
        case .school: self = .school
        case .kindergarten: self = .kindergarten
        case .unspecified:
            issues.missing(path)
            return nil
        case .UNRECOGNIZED(let number):
            let known = SubjectKind.allCases.map(\.rawValue).joined(separator: ", ")
            issues.invalid(path, rule: .subjectKind, zh: "未知的对象层级 \(number)", en: "unknown subject kind \(number); expected one of \(known)")
            return nil
        }
    }
}
