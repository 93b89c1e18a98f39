import DudaoCore
import Testing

struct InputDigestTests {
    static let input = AssessmentInput(
        assessment: "a",
        subject: Subject(kind: .county, code: "330106", name: "西湖区"),
        period: .calendarYear(2024),
        facts: [
            "n": FieldValue(.integer(3)),
            "k": FieldValue(.number(1.5), provenance: Provenance(source: "基础基312", year: 2023)),
        ],
        units: [Unit(id: "S1", name: "一小", kind: .primary, fields: ["t": "是"])]
    )

    @Test("the digest is SHA-256 of the documented canonical binary form (checked against an independent encoder)")
    func knownVector() {
        // Computed from the description in PROTOCOL.md §7.1 with Python's struct and hashlib.
        #expect(CanonicalInputEncoder.encode(Self.input).count == 177)
        #expect(InputDigest.of(Self.input) == "sha256-bin:e09d1f1485a56663c9ce142b0cbb35649be321e23e84573b55f06ee97dadda40")
    }

    @Test("−0 and 0 digest alike; a changed figure does not")
    func sensitivity() {
        var zero = Self.input
        zero.facts["k"] = FieldValue(.number(0))
        var negativeZero = Self.input
        negativeZero.facts["k"] = FieldValue(.number(-0.0))
        #expect(InputDigest.of(zero) == InputDigest.of(negativeZero))
        #expect(InputDigest.of(zero) != InputDigest.of(Self.input))
    }

    @Test("both schemes verify: the binary one of today and the JSON one of earlier records")
    func verifiesBothSchemes() throws {
        let legacy = try InputDigest.json(Self.input)
        #expect(legacy.hasPrefix("sha256:"))
        #expect(InputDigest.verify(Self.input, digest: legacy))
        #expect(InputDigest.verify(Self.input, digest: InputDigest.of(Self.input)))
        var changed = Self.input
        changed.subject.name = "上城区"
        #expect(!InputDigest.verify(changed, digest: legacy))
        #expect(!InputDigest.verify(changed, digest: InputDigest.of(Self.input)))
        #expect(!InputDigest.verify(Self.input, digest: "md5:00"))
    }

    @Test("a school's fields are written in their own key order, whatever the schools before it had")
    func eachUnitSortsItsOwnKeys() {
        func encoded(_ units: [Unit]) -> [UInt8] {
            var input = Self.input
            input.units = units
            return CanonicalInputEncoder.encode(input)
        }
        let last = Unit(id: "S3", name: "三小", kind: .primary, fields: ["b": "1", "c": "2", "é": "3"])
        let before = [
            Unit(id: "S1", name: "一小", kind: .primary, fields: ["a": "1", "b": "2", "é": "3"]),
            Unit(id: "S2", name: "二小", kind: .primary, fields: ["é": "1", "c": "2", "b": "3"]),
        ]
        let alone = encoded([last])
        // The last school's bytes and the overrides' count, as they are when it is the only one.
        let tail = alone.count - encoded([]).count + 4
        for prefix in [[], [before[0]], [before[1]], before, [before[1], before[0]]] {
            #expect(Array(encoded(prefix + [last]).suffix(tail)) == Array(alone.suffix(tail)))
        }
    }
}
