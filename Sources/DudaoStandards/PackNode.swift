import DudaoCore
import Foundation
import Yams

/// A YAML (or JSON) node of a pack file together with the file it came from, so that every
/// accessor can say where a value is wrong.
///
/// Accessors record problems in the shared ``PackDiagnostics`` and return `nil` instead of
/// throwing, so the loader goes on and reports every problem of a pack in one pass.
struct PackNode {
    let node: Node
    let file: String
    let diagnostics: PackDiagnostics

    var line: Int { self.node.mark?.line ?? 0 }
    var column: Int { self.node.mark?.column ?? 0 }

    /// Records a problem at this node.
    func fail(_ rule: String, _ message: String) {
        self.diagnostics.add(PackError(file: self.file, line: self.line, column: self.column, rule: rule, message))
    }

    var isMapping: Bool { self.node.mapping != nil }

    /// Whether `key` is present, even with a null value.
    func has(_ key: String) -> Bool { self.value(at: key) != nil }

    /// The node under the text key `key`. Compared as text: Yams's own subscript compares nodes
    /// with their resolved types, one regular expression per rule for every key it passes. Found
    /// by index: iterating a Yams mapping first copies all its pairs into a new array.
    private func value(at key: String) -> Node? {
        guard let mapping = self.node.mapping else { return nil }
        return mapping.firstIndex { entry in entry.key.scalar?.string == key }.map { mapping[$0].value }
    }

    /// The value under `key`, or `nil` when absent or null.
    func optional(_ key: String) -> PackNode? {
        guard let value = self.value(at: key) else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain, ["null", "~", ""].contains(scalar.string) { return nil }
        return PackNode(node: value, file: self.file, diagnostics: self.diagnostics)
    }

    /// The value under `key`; a missing one is recorded as a problem.
    func required(_ key: String) -> PackNode? {
        guard self.isMapping else {
            self.fail("not-a-mapping", "expected a mapping with key \(key)")
            return nil
        }
        guard let value = self.optional(key) else {
            self.fail("missing-key", "missing required key \(key)")
            return nil
        }
        return value
    }

    /// Keys that the reader does not know are refused, so a typo is not silently ignored.
    func allowOnly(_ keys: Set<String>) {
        guard let mapping = self.node.mapping else { return }
        for (key, _) in mapping {
            let name = key.string ?? "?"
            if !keys.contains(name) {
                PackNode(node: key, file: self.file, diagnostics: self.diagnostics)
                    .fail("unknown-key", "unknown key \(name); expected one of \(keys.sorted().joined(separator: ", "))")
            }
        }
    }

    var entries: [(key: String, value: PackNode)] {
        self.node.mapping?.map { (key: $0.key.string ?? "", value: PackNode(node: $0.value, file: self.file, diagnostics: self.diagnostics)) } ?? []
    }

    var items: [PackNode] {
        guard case .sequence(let sequence) = self.node else {
            self.fail("not-a-list", "expected a list")
            return []
        }
        return sequence.map { PackNode(node: $0, file: self.file, diagnostics: self.diagnostics) }
    }

    var text: String? {
        guard case .scalar(let scalar) = self.node else {
            self.fail("not-a-text", "expected a text")
            return nil
        }
        return scalar.string
    }

    var number: Double? {
        guard let number = YAMLScalar.number(self.node) ?? YAMLScalar.integer(self.node).map(Double.init), number.isFinite else {
            self.fail("not-a-number", "expected a number, got \(self.node.string ?? "a structure")")
            return nil
        }
        return number
    }

    var integer: Int? {
        guard let integer = YAMLScalar.integer(self.node) else {
            self.fail("not-an-integer", "expected an integer, got \(self.node.string ?? "a structure")")
            return nil
        }
        return integer
    }

    var boolean: Bool? {
        guard let flag = YAMLScalar.boolean(self.node) else {
            self.fail("not-a-boolean", "expected true or false, got \(self.node.string ?? "a structure")")
            return nil
        }
        return flag
    }

    /// A typed ``Value``: booleans, integers, numbers, else text, as YAML resolves the scalar.
    var value: Value? {
        guard case .scalar(let scalar) = self.node else {
            self.fail("not-a-value", "expected a single value")
            return nil
        }
        switch YAMLScalar.reading(self.node) {
        case .boolean(let flag): return .boolean(flag)
        case .integer(let integer): return .integer(Int64(integer))
        case .number(let number) where number.isFinite: return .number(number)
        default: return .text(scalar.string)
        }
    }

    /// `{zh: …, en: …}`; both are required.
    var names: (zh: String, en: String)? {
        guard let zh = self.required("zh")?.text, let en = self.required("en")?.text else { return nil }
        return (zh, en)
    }

    var statusTag: StatusTag? {
        guard let text = self.text else { return nil }
        let bare = text.trimmingCharacters(in: "[]")
        guard let tag = StatusTag(rawValue: bare) else {
            self.fail("bad-status", "status must be C, P or U, got \(text)")
            return nil
        }
        return tag
    }

    var date: CalendarDate? {
        guard let text = self.text else { return nil }
        guard let date = CalendarDate(text) else {
            self.fail("bad-date", "expected a date YYYY-MM-DD, got \(text)")
            return nil
        }
        return date
    }
}

/// The problems found while reading one pack; shared by every node of it.
final class PackDiagnostics {
    private(set) var errors: [PackError] = []

    func add(_ error: PackError) { self.errors.append(error) }
}

extension String {
    func trimmingCharacters(in characters: String) -> String {
        var text = Substring(self)
        while let first = text.first, characters.contains(first) { text.removeFirst() }
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return String(text)
    }
}
