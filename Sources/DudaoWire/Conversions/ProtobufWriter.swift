import SwiftProtobuf

/// Protobuf's binary encoding written by hand, where going through generated messages costs too
/// much: an input for the store (``AssessmentInputWriter``) and an answer's result prefix
/// (`ResultField`). The counterpart of ``ProtobufSlice``. Field numbers are below 16, so every
/// tag is one byte.
struct ProtobufWriter {
    enum WireType: UInt64 {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
    }

    private(set) var bytes: [UInt8] = []

    mutating func clear() { self.bytes.removeAll(keepingCapacity: true) }

    mutating func append(_ raw: some Sequence<UInt8>) { self.bytes.append(contentsOf: raw) }

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

    /// A map entry with a string key: the key as field 1, then `writeValue` writes the
    /// `valueSize` bytes of the value message as field 2.
    mutating func entry(_ number: Int, key: String, valueSize: Int, _ writeValue: (inout ProtobufWriter) -> Void) {
        self.tag(number, .lengthDelimited)
        self.varint(UInt64(Self.stringSize(1, key) + 1 + Self.varintSize(UInt64(valueSize)) + valueSize))
        self.string(1, key, always: true)
        self.tag(2, .lengthDelimited)
        self.varint(UInt64(valueSize))
        writeValue(&self)
    }

    /// The size of a string field, written even when empty.
    static func stringSize(_ number: Int, _ text: String) -> Int {
        let count = text.utf8.count
        return 1 + Self.varintSize(UInt64(count)) + count
    }

    static func varintSize(_ value: UInt64) -> Int {
        value == 0 ? 1 : (64 - value.leadingZeroBitCount + 6) / 7
    }
}
