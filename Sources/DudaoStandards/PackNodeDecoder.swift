import Yams

/// Decodes a `Decodable` value straight from a pack's YAML node, read as the JSON it stands for.
///
/// A worked example's input is an ``DudaoCore/AssessmentInput`` written in YAML. Reading the node
/// in place, rather than writing it out as JSON for `JSONDecoder`, saves a tenth of the daemon's
/// start. It keeps JSON's rules: a plain scalar is `null` (`null`, `~`), a boolean, an integer
/// or a number as YAML spells them, anything else (and every quoted scalar) is text; a text is
/// not a number, a number is not a text, an integral number is an integer. Packs are parsed
/// without type resolution, so the scalar's text decides.
struct PackNodeDecoder: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    /// Texts that stand in for the top mapping's keys, whatever the node says (an example's
    /// `assessment` is its pack's). Making a node would cost more: each new Yams tag builds a
    /// resolver of its own.
    var replacing: [String: String] = [:]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<T: Decodable>(_ type: T.Type, from node: Node, replacing: [String: String] = [:]) throws -> T {
        try T(from: PackNodeDecoder(node: node, codingPath: [], replacing: replacing))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = self.node else { throw self.mismatch([String: Any].self, expected: "a mapping") }
        return KeyedDecodingContainer(Keyed(mapping: mapping, codingPath: self.codingPath, replacing: self.replacing))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = self.node else { throw self.mismatch([Any].self, expected: "a list") }
        return Unkeyed(items: Array(sequence), codingPath: self.codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(node: self.node, codingPath: self.codingPath) }

    func mismatch(_ type: Any.Type, expected: String) -> DecodingError {
        .typeMismatch(type, .init(codingPath: self.codingPath, debugDescription: "expected \(expected), found \(Self.describe(self.node))"))
    }

    static func describe(_ node: Node) -> String {
        switch YAMLScalar.reading(node) {
        case .null: "null"
        case .boolean(let flag): "the boolean \(flag)"
        case .integer(let integer): "the number \(integer)"
        case .number(let number): "the number \(number)"
        case .text(let text): "the text \"\(text)\""
        case nil: node.mapping != nil ? "a mapping" : "a list"
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let values: [String: Node]
        let codingPath: [any CodingKey]
        let replacing: [String: String]

        init(mapping: Node.Mapping, codingPath: [any CodingKey], replacing: [String: String]) {
            var values: [String: Node] = [:]
            for (key, value) in mapping { values[key.string ?? ""] = value }
            self.values = values
            self.codingPath = codingPath
            self.replacing = replacing
        }

        var allKeys: [Key] { Set(self.values.keys).union(self.replacing.keys).compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { self.replacing[key.stringValue] != nil || self.values[key.stringValue] != nil }

        private func child(_ key: Key) throws -> PackNodeDecoder {
            guard let node = self.values[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: self.codingPath, debugDescription: "no value for key \(key.stringValue)"))
            }
            return PackNodeDecoder(node: node, codingPath: self.codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard self.replacing[key.stringValue] == nil, case .null = YAMLScalar.reading(try self.child(key).node) else { return false }
            return true
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if let text = self.replacing[key.stringValue] {
                guard let value = text as? T else {
                    throw DecodingError.typeMismatch(type, .init(codingPath: self.codingPath + [key], debugDescription: "expected a text"))
                }
                return value
            }
            return try T(from: self.child(key))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try self.child(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try self.child(key).unkeyedContainer() }

        func superDecoder() throws -> any Decoder { try self.child(Key(stringValue: "super")!) }

        func superDecoder(forKey key: Key) throws -> any Decoder { try self.child(key) }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let items: [Node]
        let codingPath: [any CodingKey]
        private(set) var currentIndex = 0

        init(items: [Node], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        var count: Int? { self.items.count }
        var isAtEnd: Bool { self.currentIndex >= self.items.count }

        private struct Index: CodingKey {
            var intValue: Int?
            var stringValue: String { "\(self.intValue ?? 0)" }
            init(intValue: Int) { self.intValue = intValue }
            init?(stringValue: String) { nil }
        }

        private mutating func next(_ type: Any.Type) throws -> PackNodeDecoder {
            guard !self.isAtEnd else {
                throw DecodingError.valueNotFound(type, .init(codingPath: self.codingPath, debugDescription: "the list has no more items"))
            }
            defer { self.currentIndex += 1 }
            return PackNodeDecoder(node: self.items[self.currentIndex], codingPath: self.codingPath + [Index(intValue: self.currentIndex)])
        }

        mutating func decodeNil() throws -> Bool {
            guard !self.isAtEnd, case .null = YAMLScalar.reading(self.items[self.currentIndex]) else { return false }
            self.currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self.next(type)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try self.next([String: Any].self).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try self.next([Any].self).unkeyedContainer() }

        mutating func superDecoder() throws -> any Decoder { try self.next(Any.self) }
    }

    /// A single value, read once: a ``DudaoCore/Value`` tries a boolean, an integer, a number and
    /// a text in turn on the same container.
    private struct Single: SingleValueDecodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        let reading: YAMLScalar.Reading?

        init(node: Node, codingPath: [any CodingKey]) {
            self.node = node
            self.codingPath = codingPath
            self.reading = YAMLScalar.reading(node)
        }

        private var decoder: PackNodeDecoder { PackNodeDecoder(node: self.node, codingPath: self.codingPath) }

        func decodeNil() -> Bool {
            guard case .null = self.reading else { return false }
            return true
        }

        private func absent(_ type: Any.Type) -> DecodingError {
            .valueNotFound(type, .init(codingPath: self.codingPath, debugDescription: "expected a value, found null"))
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            switch self.reading {
            case .boolean(let flag): return flag
            case .null: throw self.absent(type)
            default: throw self.decoder.mismatch(type, expected: "a boolean")
            }
        }

        func decode(_ type: String.Type) throws -> String {
            switch self.reading {
            case .text(let text): return text
            case .null: throw self.absent(type)
            default: throw self.decoder.mismatch(type, expected: "a text")
            }
        }

        func decode(_ type: Double.Type) throws -> Double {
            switch self.reading {
            case .integer(let integer): return Double(integer)
            case .number(let number): return number
            case .null: throw self.absent(type)
            default: throw self.decoder.mismatch(type, expected: "a number")
            }
        }

        func decode(_ type: Float.Type) throws -> Float { Float(try self.decode(Double.self)) }

        /// An integer, or a number that is one (JSON does not tell `420` from `420.0`).
        private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
            let exact: I? =
                switch self.reading {
                case .integer(let integer): I(exactly: integer)
                case .number(let number): I(exactly: number)
                case .null: throw self.absent(type)
                default: throw self.decoder.mismatch(type, expected: "an integer")
                }
            guard let exact else { throw self.decoder.mismatch(type, expected: "an integer that fits \(type)") }
            return exact
        }

        func decode(_ type: Int.Type) throws -> Int { try self.integer(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try self.integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try self.integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try self.integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try self.integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try self.integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try self.integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try self.integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try self.integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try self.integer(type) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self.decoder) }
    }
}
