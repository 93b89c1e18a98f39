import DudaoCore
import Foundation
import Testing

@Suite("Strict JSON reading")
struct JSONSyntaxCheckTests {
    private func failure(_ text: String) throws -> DudaoError {
        try #require(throws: DudaoError.self) { try JSONSyntaxCheck.check(Data(text.utf8), what: "county.json") }
    }

    @Test("a duplicate key is refused naming the key, its line and column, and the first one")
    func duplicateKey() throws {
        let error = try self.failure("{\n  \"facts\": {\"pupils\": 10,\n            \"pupils\": 1000}\n}")
        #expect(error.code == .invalidArgument)
        #expect(error.violations.first?.rule == .duplicateKey)
        #expect(error.message.contains("line 3, column 13"))
        #expect(error.message.contains("\"pupils\""))
        #expect(error.message.contains("first at line 2, column 13"))
    }

    @Test("the same key in two different objects is fine")
    func sameKeyInSiblings() throws {
        try JSONSyntaxCheck.check(Data(#"[{"id": "a"}, {"id": "b", "x": {"id": 1}}]"#.utf8), what: "units")
    }

    @Test("a syntax error gives its line and column", arguments: [
        ("{\n  \"a\": 1,\n}", "line 3, column 1"),
        ("{\"a\" 1}", "line 1, column 6"),
        ("[1, 2,, 3]", "line 1, column 7"),
        ("{\"a\": tru}", "line 1, column 7"),
        ("{\"a\": 01}", "line 1, column 8"),
        ("{\"名\": \"值\",\n \"b\": [1 2]}", "line 2, column 10"),
    ])
    func syntax(text: String, place: String) throws {
        let error = try self.failure(text)
        #expect(error.violations.first?.rule == .jsonSyntax)
        #expect(error.message.contains(place), "\(error.message)")
    }

    @Test("valid JSON of every kind passes, with a byte order mark")
    func valid() throws {
        let text = "\u{FEFF}{\"a\": [true, false, null, -0.5e+3, 12, \"x\\u00e9\\n\"], \"b\": {}, \"c\": []}"
        try JSONSyntaxCheck.check(Data(text.utf8), what: "ok")
    }

    @Test("nesting past the bound is refused rather than recursed into")
    func deepNesting() throws {
        let error = try self.failure(String(repeating: "[", count: 100_000))
        #expect(error.message.contains("nested deeper"))
    }

    /// A JSON encoder writes a whole batch on one line: 200 counties made a 1.2 MB line, and
    /// counting each key's column from the start of its line took `dudao batch` minutes.
    @Test("a large document on one line is checked in time linear in its size", .timeLimit(.minutes(1)))
    func oneLongLine() throws {
        let object = "{" + (0..<20).map { "\"field\($0)\": \($0)" }.joined(separator: ",") + "}"
        let text = "[" + Array(repeating: object, count: 10_000).joined(separator: ",") + "]"
        #expect(text.utf8.count > 2_000_000)
        let started = ContinuousClock.now
        try JSONSyntaxCheck.check(Data(text.utf8), what: "batch.json")
        #expect(ContinuousClock.now - started < .seconds(20))
    }
}
