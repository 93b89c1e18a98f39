public import DudaoCore
import DudaoProto
public import Foundation

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
            writer.entry(7, key: key, valueSize: ProtobufWriter.size(of: value)) { $0.value(value) }
        }
        return Data(writer.bytes)
    }
}

extension ProtobufWriter {
    /// A `map<string, FieldValue>` entry.
    fileprivate mutating func entry(_ number: Int, key: String, _ field: FieldValue) throws {
        let provenance = try field.provenance.map { try WirePayload.encode($0.proto, as: [UInt8].self) }
        let valueSize = Self.size(of: field.value)
        var fieldValueSize = 1 + Self.varintSize(UInt64(valueSize)) + valueSize
        if let provenance { fieldValueSize += 1 + Self.varintSize(UInt64(provenance.count)) + provenance.count }
        self.entry(number, key: key, valueSize: fieldValueSize) { writer in
            writer.tag(1, .lengthDelimited)
            writer.varint(UInt64(valueSize))
            writer.value(field.value)
            if let provenance { writer.lengthDelimited(2, provenance) }
        }
    }

    /// The fields of a `Value`: its `oneof` member, written even when zero.
    fileprivate mutating func value(_ value: Value) {
        switch value {
        case .number(let number):
            self.tag(1, .fixed64)
            withUnsafeBytes(of: number.bitPattern.littleEndian) { self.append($0) }
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

    fileprivate static func size(of value: Value) -> Int {
        switch value {
        case .number: 1 + 8
        case .integer(let integer): 1 + Self.varintSize(UInt64(bitPattern: integer))
        case .boolean: 1 + 1
        case .text(let text): Self.stringSize(4, text)
        }
    }
}
