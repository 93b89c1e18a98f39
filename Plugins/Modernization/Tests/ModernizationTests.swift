import DudaoCore
import ModernizationAssessment
import Testing

struct ModernizationTests {
    static let registry = try! AssessmentRegistry([ModernizationAssessment()])

    @Test("the tree has 5 一级, 12 二级 and 42 三级 indicators, and the shipped weights add up to 100")
    func structure() throws {
        let tree = try ModernizationTree.make(ModernizationEditions.monitoring2017.parameters)
        #expect(tree.nodes.count == 5)
        #expect(tree.allNodes.filter { $0.level == .second }.count == 12)
        #expect(tree.allNodes.filter { $0.level == .third }.count == 42)
        #expect(tree.nodes.map(\.weight).reduce(0, +) == 100)
        for node in tree.allNodes where !node.children.isEmpty {
            #expect(abs(node.children.map(\.weight).reduce(0, +) - node.weight) < 1e-9, "children of \(node.code) add up to its weight")
        }
    }

    @Test("the confirmed rows of the 2017 细则 are tagged confirmed and the rest unconfirmed")
    func statusTags() throws {
        let parameters = ModernizationEditions.monitoring2017.parameters
        #expect(parameters["weight.MOD-1"]?.status == .confirmed)
        #expect(parameters["weight.MOD-1"]?.value == .number(35))
        #expect(parameters["weight.MOD-1.1"]?.value == .number(9))
        #expect(parameters["weight.MOD-1.2"]?.value == .number(14))
        #expect(parameters["weight.MOD-1.1.1.3"]?.value == .number(0.6))
        #expect(parameters["target.MOD-1.2.1.1"]?.value == .number(15))
        #expect(parameters["weight.MOD-2"]?.status == .unconfirmed)
        #expect(parameters["credit_rule"]?.status == .unconfirmed)
        #expect(ModernizationEditions.monitoring2017.notes.contains { $0.contains("UNCONFIRMED") })
        #expect(ModernizationAssessment.descriptor.indicators.count == 75 + 2)
    }

    @Test("a zone must use one of the project's own zone codes")
    func zoneCodes() throws {
        var input = ModernizationExamples.all[0].input
        input.subject = Subject(kind: .zone, code: "330199", name: "某开发区")
        do {
            _ = try Self.registry.evaluate(input)
            Issue.record("expected an error")
        } catch let error as DudaoError {
            #expect(error.violations.map(\.rule) == [.invalidCode])
        }
        input.subject = ModernizationZones.all[1]
        #expect(try Self.registry.evaluate(input).verdict == .pass)
    }

    @Test("a subject of another kind is refused, naming the field")
    func badSubject() {
        var input = ModernizationExamples.all[0].input
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
