import DudaoAssessments
import DudaoCore
import DudaoStandards
import Foundation
import Testing

/// 县（市、区）教育现代化发展水平监测 is the standard pack in this folder, served by the bundled
/// registry under the id the Swift module had; it gives the results the module gave
/// (`frozen-results.json`) on every worked example and on the shipped province, and the module's
/// tests hold for it.
struct ModernizationTests {
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let registry = try! BundledAssessments.registry()
    static let assessment = BundledAssessments.all.first { $0.descriptor.id == "zj-county-education-modernization" }!

    @Test("the served pack gives the results of the Swift module it replaced")
    func frozen() async throws {
        #expect(Self.assessment is PackAssessment)
        let differences = try await FrozenResults.differences(of: Self.assessment, plugin: Self.plugin)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("the tree has 5 一级, 12 二级 and 42 三级 indicators, and the shipped weights add up to 100")
    func structure() throws {
        // Every node has a weight parameter; its code's depth is its level (MOD-1, MOD-1.1, MOD-1.1.1, MOD-1.1.1.1).
        let weights = Dictionary(
            uniqueKeysWithValues: Self.assessment.descriptor.editions[0].parameters.all.filter { $0.key.hasPrefix("weight.") }.map {
                (String($0.key.dropFirst("weight.".count)), $0.value.numberValue ?? .nan)
            }
        )
        let depth = { (code: String) in code.filter { $0 == "." }.count }
        #expect(weights.keys.filter { depth($0) == 0 }.count == 5)
        #expect(weights.keys.filter { depth($0) == 1 }.count == 12)
        #expect(weights.keys.filter { depth($0) == 2 }.count == 42)
        #expect(Self.assessment.descriptor.groups.count - 1 == 5)
        #expect(weights.filter { depth($0.key) == 0 }.values.reduce(0, +) == 100)
        for (code, weight) in weights {
            let children = weights.filter { $0.key.hasPrefix(code + ".") && depth($0.key) == depth(code) + 1 }
            guard !children.isEmpty else { continue }
            #expect(abs(children.values.reduce(0, +) - weight) < 1e-9, "children of \(code) add up to its weight")
        }
    }

    @Test("the confirmed rows of the 2017 细则 are tagged confirmed and the rest unconfirmed")
    func statusTags() throws {
        let edition = Self.assessment.descriptor.editions[0]
        let parameters = edition.parameters
        #expect(parameters["weight.MOD-1"]?.status == .confirmed)
        #expect(parameters["weight.MOD-1"]?.value.numberValue == 35)
        #expect(parameters["weight.MOD-1.1"]?.value.numberValue == 9)
        #expect(parameters["weight.MOD-1.2"]?.value.numberValue == 14)
        #expect(parameters["weight.MOD-1.1.1.3"]?.value.numberValue == 0.6)
        #expect(parameters["target.MOD-1.2.1.1"]?.value.numberValue == 15)
        #expect(parameters["weight.MOD-2"]?.status == .unconfirmed)
        #expect(parameters["credit_rule"]?.status == .unconfirmed)
        #expect(edition.notes.contains { $0.contains("UNCONFIRMED") })
        #expect(Self.assessment.descriptor.indicators.count == 75 + 2)
    }

    @Test("a zone must use one of the project's own zone codes")
    func zoneCodes() throws {
        var input = Self.assessment.examples[0].input
        input.subject = Subject(kind: .zone, code: "330199", name: "某开发区")
        do {
            _ = try Self.registry.evaluate(input)
            Issue.record("expected an error")
        } catch let error as DudaoError {
            #expect(error.violations.map(\.rule) == [.invalidCode])
        }
        input.subject = Subject(kind: .zone, code: "3304ED", name: "嘉兴经济技术开发区")
        #expect(try Self.registry.evaluate(input).verdict == .pass)
    }

    @Test("a subject of another kind is refused, naming the field")
    func badSubject() {
        var input = Self.assessment.examples[0].input
        input.subject.kind = .school
        #expect(throws: DudaoError.self) { try Self.registry.evaluate(input) }
        do {
            _ = try Self.registry.evaluate(input)
        } catch let error as DudaoError {
            #expect(error.violations.map(\.path) == ["subject.kind"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
