public import DudaoCore
import DudaoProto
public import Foundation
import SwiftProtobuf

/// Writes an `AssessmentInput` message straight from the core input, the counterpart of
/// ``EvaluateRequestReader``.
///
/// The store keeps every new input. Through the generated messages, a county's 1,200 map entries
/// were built as messages and then sized and written through swift-protobuf's unspecialised map
/// visitors: a quarter of a millisecond for the example county, more than compressing it. Here
/// each entry is sized and written in one go. The small parts (subject, period, provenance) go
/// through the generated messages. Map entries come out in the dictionaries' order, as they do
/// from swift-protobuf without deterministic ordering; tests hold the decoded message equal to
/// ``AssessmentInput/proto``.
public enum AssessmentInputWriter {
    /// The protobuf bytes of `input` as a `dudao.v1.AssessmentInput`.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/internal`` if a small part cannot be serialized.
    public static func bytes(_ input: AssessmentInput) throws -> Data {
        var writer = ProtobufWriter()
        writer.string(1, input.assessment, always: false)
        if let edition = input.edition { writer.string(2, edition, always: true) }
        try writer.message(3, input.subject.proto)
        try writer.message(4, input.period.proto)
        for (key, value) in input.facts { try writer.entry(5, key: key, value) }
        var unit = ProtobufWriter()
        for each in input.units {
            unit.clear()
            unit.string(1, each.id, always: false)
            unit.string(2, each.name, always: false)
            unit.string(3, each.kind.rawValue, always: false)
            for (key, value) in each.fields { try unit.entry(4, key: key, value) }
            writer.lengthDelimited(6, unit.bytes)
        }
        for (key, value) in input.parameterOverrides {
            let valueSize = ProtobufWriter.size(of: value)
            writer.tag(7, .lengthDelimited)
            writer.varint(UInt64(ProtobufWriter.stringSize(1, key) + 1 + ProtobufWriter.varintSize(UInt64(valueSize)) + valueSize))
            writer.string(1, key, always: true)
            writer.tag(2, .lengthDelimited)
            writer.varint(UInt64(valueSize))
            writer.value(value)
        }
        return Data(writer.bytes)
    }
}

/// Protobuf's binary encoding, as much of it as an input needs.
private struct ProtobufWriter {
    enum WireType: UInt64 {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
    }

    private(set) var bytes: [UInt8] = []

    mutating func clear() { self.bytes.removeAll(keepingCapacity: true) }

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            self.bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        self.bytes.append(UInt8(value))
    }

    mutating func tag(_ number: Int, _ type: WireType) { self.varint(UInt64(number) << 3 | type.rawValue) }

    /// A string field; proto3 leaves an empty one out unless it is in a `oneof` or a map entry.
    mutating func string(_ number: Int, _ text: String, always: Bool) {
        guard always || !text.isEmpty else { return }
        self.tag(number, .lengthDelimited)
        self.varint(UInt64(text.utf8.count))
        self.bytes.append(contentsOf: text.utf8)
    }

    mutating func lengthDelimited(_ number: Int, _ body: [UInt8]) {
        self.tag(number, .lengthDelimited)
        self.varint(UInt64(body.count))
        self.bytes.append(contentsOf: body)
    }

    mutating func message(_ number: Int, _ message: some SwiftProtobuf.Message) throws {
        self.lengthDelimited(number, try WirePayload.encode(message, as: [UInt8].self))
    }

    /// A `map<string, FieldValue>` entry.
    mutating func entry(_ number: Int, key: String, _ field: FieldValue) throws {
        let provenance = try field.provenance.map { try WirePayload.encode($0.proto, as: [UInt8].self) }
        let valueSize = Self.size(of: field.value)
        var fieldValueSize = 1 + Self.varintSize(UInt64(valueSize)) + valueSize
        if let provenance { fieldValueSize += 1 + Self.varintSize(UInt64(provenance.count)) + provenance.count }
        self.tag(number, .lengthDelimited)
        self.varint(UInt64(Self.stringSize(1, key) + 1 + Self.varintSize(UInt64(fieldValueSize)) + fieldValueSize))
        self.string(1, key, always: true)
        self.tag(2, .lengthDelimited)
        self.varint(UInt64(fieldValueSize))
        self.tag(1, .lengthDelimited)
        self.varint(UInt64(valueSize))
        self.value(field.value)
        if let provenance { self.lengthDelimited(2, provenance) }
    }

    /// The fields of a `Value`: its `oneof` member, written even when zero.
    mutating func value(_ value: Value) {
        switch value {
        case .number(let number):
            self.tag(1, .fixed64)
            withUnsafeBytes(of: number.bitPattern.littleEndian) { self.bytes.append(contentsOf: $0) }
        case .integer(let integer):
            self.tag(2, .varint)
            self.varint(UInt64(bitPattern: integer))
        case .boolean(let flag):
            self.tag(3, .varint)
            self.varint(flag ? 1 : 0)
        case .text(let text):
            self.string(4, text, always: true)
        }
    }

    static func size(of value: Value) -> Int {
        switch value {
        case .number: 1 + 8
        case .integer(let integer): 1 + Self.varintSize(UInt64(bitPattern: integer))
        case .boolean: 1 + 1
        case .text(let text): Self.stringSize(4, text)
        }
    }

    /// The size of a string field with a one-byte tag, written even when empty.
    static func stringSize(_ number: Int, _ text: String) -> Int {
        let count = text.utf8.count
        return 1 + Self.varintSize(UInt64(count)) + count
    }

    static func varintSize(_ value: UInt64) -> Int {
        value == 0 ? 1 : (64 - value.leadingZeroBitCount + 6) / 7
    }
}
