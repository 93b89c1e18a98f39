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
        if let limit = self.limit {
            proto.limit = Dudao_V1_LimitKind(rawValue: limit.kind.rawValue) ?? .unspecified
            proto.retryAfterMs = limit.retryAfter.map { UInt32(clamping: $0.wholeMillisecondsRoundedUp) } ?? 0
        }
        return proto
    }

    /// The error a non-OK wire `Status` stands for.
    public init(proto: Dudao_V1_Status) {
        self.init(DudaoError.Code(proto: proto.code), proto.message, violations: proto.violations.map(ValidationIssue.init(proto:)))
        if let kind = LimitRefusal.Kind(rawValue: proto.limit.rawValue) {
            self.limit = LimitRefusal(kind, retryAfter: proto.retryAfterMs > 0 ? .milliseconds(Int64(proto.retryAfterMs)) : nil)
        }
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

extension Duration {
    /// Whole milliseconds, rounded up, so that waiting this long is always enough.
    fileprivate var wholeMillisecondsRoundedUp: Int64 {
        let (seconds, attoseconds) = self.components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }
}
