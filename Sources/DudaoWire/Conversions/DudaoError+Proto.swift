public import DudaoCore
public import DudaoProto

extension DudaoError {
    /// The error as a wire `Status`, violations included.
    ///
    /// The message goes out as it is: the dispatcher must have replaced the message of an
    /// unexpected error by a generic one before it gets here.
    public var proto: Dudao_V1_Status {
        var proto = Dudao_V1_Status()
        proto.code = self.code.proto
        proto.message = self.message
        proto.violations = self.violations.map(\.proto)
        return proto
    }

    /// The error a non-OK wire `Status` stands for.
    public init(proto: Dudao_V1_Status) {
        self.init(DudaoError.Code(proto: proto.code), proto.message, violations: proto.violations.map(ValidationIssue.init(proto:)))
    }
}

extension DudaoError.Code {
    /// The wire code; the numbers are gRPC's on both sides, so this is a renaming.
    public var proto: Dudao_V1_StatusCode {
        Dudao_V1_StatusCode(rawValue: self.rawValue) ?? .unknown
    }

    /// The code for a wire code; a number outside gRPC's table becomes ``unknown``.
    public init(proto: Dudao_V1_StatusCode) {
        self.init(rawValue: proto.rawValue)
    }
}

extension ValidationIssue {
    public var proto: Dudao_V1_FieldViolation {
        var proto = Dudao_V1_FieldViolation()
        proto.path = self.path
        proto.rule = self.rule.rawValue
        proto.messageEn = self.messageEn
        proto.messageZh = self.messageZh
        return proto
    }

    public init(proto: Dudao_V1_FieldViolation) {
        self.init(path: proto.path, rule: ValidationRule(rawValue: proto.rule), zh: proto.messageZh, en: proto.messageEn)
    }
}

extension Dudao_V1_Status {
    /// The status of a call that succeeded.
    public static var ok: Dudao_V1_Status { Dudao_V1_Status() }

    /// Whether the code is `OK`.
    public var isOK: Bool { self.code == .ok }
}
