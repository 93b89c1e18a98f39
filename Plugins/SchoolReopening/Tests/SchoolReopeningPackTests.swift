import DudaoCore
import DudaoStandards
import Foundation
import SchoolReopeningAssessment
import Testing

/// The reopening checklist written as a standard pack (`Plugins/SchoolReopening/Pack`) gives the
/// Swift module's verdicts, values, thresholds and outcomes on every one of its worked examples.
/// What the pack does not give yet (listed in the module's README) is not compared here.
struct SchoolReopeningPackTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Pack").path

    static let registries: (swift: AssessmentRegistry, pack: AssessmentRegistry) = {
        let pack = try! PackLoader().load(try! PackSource.read(folder: Self.folder))
        return (try! AssessmentRegistry([SchoolReopeningAssessment()]), try! AssessmentRegistry([pack.assessment]))
    }()

    @Test("the pack gives the module's verdict, values, thresholds and outcomes", arguments: ReopeningExamples.all.map(\.name))
    func sameResults(_ name: String) throws {
        let example = try #require(ReopeningExamples.all.first { $0.name == name })
        let swift = try Self.registries.swift.evaluate(example.input)
        let pack = try Self.registries.pack.evaluate(example.input)
        #expect(pack.verdict == swift.verdict)
        #expect(pack.indicators.map(\.code) == swift.indicators.map(\.code))
        for expected in swift.indicators {
            let actual = try #require(pack.indicator(expected.code))
            #expect(actual.value == expected.value, "\(expected.code)")
            #expect(actual.threshold == expected.threshold, "\(expected.code)")
            #expect(actual.outcome == expected.outcome, "\(expected.code)")
            #expect(actual.breakdown.map(\.unitID) == expected.breakdown.map(\.unitID), "\(expected.code)")
            #expect(actual.breakdown.map(\.outcome) == expected.breakdown.map(\.outcome), "\(expected.code)")
        }
        #expect(Set(pack.findings.map { "\($0.indicatorCode) \($0.unitID ?? "")" }) == Set(swift.findings.map { "\($0.indicatorCode) \($0.unitID ?? "")" }))
        #expect(pack.parameters.map(\.key) == swift.parameters.map(\.key))
        #expect(pack.findings.map(\.deadline) == swift.findings.map(\.deadline))
        // Every expectation of the module's example holds for the pack, except its named measures
        // and the warning listing undecided schools.
        let mismatches = example.mismatches(in: pack).filter { !$0.hasPrefix("measure ") && !$0.hasPrefix("no warning undecided_schools") }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
