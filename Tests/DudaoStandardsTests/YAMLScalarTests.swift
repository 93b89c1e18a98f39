@testable import DudaoStandards
import Testing
import Yams

/// The quick readers of pack scalars give what Yams's own readers give, for every form YAML
/// allows and for texts that only look like numbers.
struct YAMLScalarTests {
    static let texts = [
        "0", "7", "5200", "+5200", "-42", "-0", "+0", "0123", "0x1F", "0o17", "0b101", "1_000", "1:30", "9223372036854775808",
        "0.5", "-0.85", "5200.0", "1e5", "1E-5", "2.5e+3", "05.5", "1.", ".5", ".inf", "-.inf", ".nan", "1e", "1.2.3", "+",
        "2024-2025", "12:00:00", "true", "True", "yes", "No", "on", "OFF", "y", "truth", "示例县", "S1", "null", "~",
    ]

    /// The scalar as a pack file holds it: a plain value in a mapping, parsed as packs are.
    static func node(_ text: String) throws -> Node {
        let root = try #require(try Yams.compose(yaml: "value: \(text)\n", PackReader.resolver))
        return try #require(root.mapping?.first?.value)
    }

    @Test("integers, numbers and booleans are read as Yams reads them", arguments: texts)
    func sameAsYams(text: String) throws {
        let node = try Self.node(text)
        #expect(YAMLScalar.integer(node) == node.int)
        #expect(YAMLScalar.number(node).map(\.bitPattern) == node.float.map(\.bitPattern) || (YAMLScalar.number(node)?.isNaN == true && node.float?.isNaN == true))
        #expect(YAMLScalar.boolean(node) == node.bool)
    }

    @Test("a pack's number is YAML's number, else its integer (0o17, 0b101)", arguments: texts)
    func packNumber(text: String) throws {
        let node = try Self.node(text)
        let yams = (node.float ?? node.int.map(Double.init)).flatMap { $0.isFinite ? $0 : nil }
        #expect(PackNode(node: node, file: "test.yaml", diagnostics: PackDiagnostics()).number == yams)
    }

    @Test("a quoted scalar is never a number")
    func quoted() throws {
        let node = try Self.node("\"5200\"")
        #expect(YAMLScalar.integer(node) == nil && YAMLScalar.number(node) == nil)
    }
}
