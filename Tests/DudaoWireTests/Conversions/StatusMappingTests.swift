import DudaoCore
import DudaoProto
import DudaoWire
import Testing

struct StatusMappingTests {
    /// gRPC's table: the wire number, the Swift code and the generated wire code must agree.
    static let table: [(Int, DudaoError.Code, Dudao_V1_StatusCode)] = [
        (0, .ok, .ok),
        (1, .cancelled, .cancelled),
        (2, .unknown, .unknown),
        (3, .invalidArgument, .invalidArgument),
        (4, .deadlineExceeded, .deadlineExceeded),
        (5, .notFound, .notFound),
        (6, .alreadyExists, .alreadyExists),
        (7, .permissionDenied, .permissionDenied),
        (8, .resourceExhausted, .resourceExhausted),
        (9, .failedPrecondition, .failedPrecondition),
        (10, .aborted, .aborted),
        (11, .outOfRange, .outOfRange),
        (12, .unimplemented, .unimplemented),
        (13, .internal, .internal),
        (14, .unavailable, .unavailable),
        (15, .dataLoss, .dataLoss),
        (16, .unauthenticated, .unauthenticated),
    ]

    @Test("each status code maps to the wire code with gRPC's number and back", arguments: Self.table)
    func mapping(number: Int, code: DudaoError.Code, wire: Dudao_V1_StatusCode) {
        #expect(code.rawValue == number)
        #expect(wire.rawValue == number)
        #expect(code.proto == wire)
        #expect(DudaoError.Code(proto: wire) == code)
    }

    @Test("the table covers every code the core defines")
    func complete() {
        #expect(Self.table.map(\.1) == DudaoError.Code.all)
        #expect(Dudao_V1_StatusCode.allCases.count == Self.table.count)
    }

    @Test("a wire code outside gRPC's table reads as UNKNOWN")
    func unknownNumber() {
        #expect(DudaoError.Code(proto: .UNRECOGNIZED(99)) == .unknown)
    }

    @Test("an error travels as a status with one violation per bad field, both languages kept")
    func violations() {
        let error = DudaoError(
            .invalidArgument,
            "the input breaks 2 rule(s)",
            violations: [
                ValidationIssue(path: "units[12].sports_venue_area_m2", rule: .negative, zh: "不能为负", en: "must not be negative"),
                ValidationIssue(path: "facts.rate", rule: .outOfRange, zh: "应在 0–1 之间", en: "must be within 0…1"),
            ]
        )
        let status = error.proto
        #expect(status.code == .invalidArgument)
        #expect(status.violations.map(\.rule) == ["negative", "out_of_range"])
        #expect(status.violations.first?.messageZh == "不能为负")
        #expect(DudaoError(proto: status) == error)
    }
}
