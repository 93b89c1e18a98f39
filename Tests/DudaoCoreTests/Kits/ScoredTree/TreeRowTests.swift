import DudaoCore
import Testing

struct TreeRowTests {
    static let citation = Citation(document: "测试表", number: nil, article: nil)
    static let rows = [
        TreeRow("R1", parent: nil, level: .first, zh: "一", en: "one", weight: 60, status: .confirmed, citation: citation),
        TreeRow("R1.1", parent: "R1", level: .second, zh: "一一", en: "one-one", weight: 1, status: .unconfirmed, citation: citation,
                measure: .init(field: "x", target: 0.9, unit: "%", targetStatus: .unconfirmed)),
        TreeRow("R2", parent: nil, level: .first, zh: "二", en: "two", weight: 40, status: .partial, citation: citation,
                measure: .init(field: "ok", target: 1, comparator: .isTrue, credit: .allOrNothing, targetStatus: .confirmed)),
    ]

    @Test("rows become weight and target parameters with their tags")
    func parameters() {
        let parameters = ParameterSet(TreeRow.parameters(Self.rows))
        #expect(parameters.all.map(\.key) == ["weight.R1", "weight.R1.1", "target.R1.1", "weight.R2", "target.R2"])
        #expect(parameters["target.R1.1"]?.status == .unconfirmed)
        #expect(parameters["weight.R2"]?.status == .partial)
    }

    @Test("the tree reads weights and targets from the parameters, overrides included")
    func nodes() throws {
        let (overridden, issues) = ParameterSet(TreeRow.parameters(Self.rows)).applying(["target.R1.1": .number(0.6)])
        #expect(issues.isEmpty)
        let nodes = try TreeRow.nodes(Self.rows, parameters: overridden)
        #expect(nodes.map(\.code) == ["R1", "R2"])
        #expect(nodes[0].children.first?.leaf?.target == 0.6)
        #expect(nodes[0].children.first?.status == .unconfirmed)
        #expect(TreeRow.fields(Self.rows).map(\.type) == [.number, .boolean])
        #expect(throws: DudaoError.self) { try TreeRow.nodes(Self.rows, parameters: ParameterSet([])) }
    }
}
