import Foundation
import Testing

@testable import DudaoCore

struct RecordsDomainTests {
    @Test("record ids sort by creation time and are unique within a millisecond")
    func recordIDs() {
        let early = RecordID.make(createdAt: 999)
        let late = RecordID.make(createdAt: 1_735_660_800_000)
        #expect(early.hasPrefix("ev_0000000000999_"))
        #expect(early.count == late.count)
        #expect(early < late)
        let same = (0..<100).map { _ in RecordID.make(createdAt: 1_735_660_800_000) }
        #expect(Set(same).count == 100)
    }

    @Test("field-by-field differences name each changed path, and absent keys and elements")
    func differences() throws {
        let before = try CanonicalJSON.decode(JSONTree.self, from: Data(#"{"a":1,"b":{"c":"x","d":[1,2]},"e":true}"#.utf8))
        let after = try CanonicalJSON.decode(JSONTree.self, from: Data(#"{"a":1,"b":{"c":"y","d":[1]},"f":null}"#.utf8))
        let differences = JSONTree.differences(before, after)
        #expect(
            differences == [
                ResultDifference(path: "b.c", before: "\"x\"", after: "\"y\""),
                ResultDifference(path: "b.d[1]", before: "2", after: nil),
                ResultDifference(path: "e", before: "true", after: nil),
                ResultDifference(path: "f", before: nil, after: "null"),
            ]
        )
    }

    @Test("elements with a code (and scope) are matched by it, whatever their order; others by position")
    func keyedDifferences() throws {
        let before = try CanonicalJSON.decode(JSONTree.self, from: Data(#"{"i":[{"code":"A","scope":"primary","v":1},{"code":"A","scope":"junior","v":2},{"code":"B","v":3}],"d":[{"code":"X","v":1},{"code":"X","v":2}]}"#.utf8))
        let after = try CanonicalJSON.decode(JSONTree.self, from: Data(#"{"i":[{"code":"B","v":3},{"code":"A","scope":"junior","v":5},{"code":"A","scope":"primary","v":1},{"code":"C","v":0}],"d":[{"code":"X","v":1},{"code":"X","v":3}]}"#.utf8))
        #expect(
            JSONTree.differences(before, after) == [
                ResultDifference(path: "d[1].v", before: "2", after: "3"),
                ResultDifference(path: "i[A/junior].v", before: "2", after: "5"),
                ResultDifference(path: "i[C]", before: nil, after: #"{"code":"C","v":0}"#),
            ]
        )
        // Listed in another order and otherwise the same: nothing differs.
        let reordered = try CanonicalJSON.decode(JSONTree.self, from: Data(#"{"i":[{"code":"B","v":3},{"code":"A","scope":"junior","v":2},{"code":"A","scope":"primary","v":1}],"d":[{"code":"X","v":1},{"code":"X","v":2}]}"#.utf8))
        #expect(JSONTree.differences(before, reordered).isEmpty)
    }

    @Test(
        "a difference is wording when only reader-facing text changed, the version when only the module's did, else a figure",
        arguments: [
            ("indicators[3].explanationZh", ResultDifference.Kind.wording), ("indicators[1].breakdown[4].note", .wording),
            ("findings[0].messageEn", .wording), ("summary.notesZh[2]", .wording), ("titleEn", .wording), ("indicators[0].nameZh", .wording),
            ("assessmentVersion", .version), ("indicators[1].value", .figure), ("indicators[1].outcome", .figure), ("verdict", .figure),
            ("reasons[0]", .figure), ("findings[2]", .figure), ("indicators[1].breakdown[4]", .figure), ("edition.id", .figure),
        ]
    )
    func differenceKinds(path: String, kind: ResultDifference.Kind) {
        #expect(ResultDifference(path: path, before: "1", after: "2").kind == kind)
    }

    @Test("a filter with a bad page size, an empty region or an inverted time range is INVALID_ARGUMENT")
    func filterValidation() {
        let error = #expect(throws: DudaoError.self) {
            try RecordFilter(regionPrefix: "", createdFrom: 10, createdBefore: 5, pageSize: 5000).validate()
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.violations.map(\.path) == ["pageSize", "regionPrefix", "createdBefore"])
        #expect(throws: Never.self) { try RecordFilter(regionPrefix: "3301").validate() }
        let audit = #expect(throws: DudaoError.self) { try AuditFilter(from: 5, before: 5).validate() }
        #expect(audit?.violations.map(\.path) == ["before"])
    }
}
