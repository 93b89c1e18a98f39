import Foundation

/// A cursor over the bytes of one protobuf message, for ``EvaluateRequestReader``.
///
/// It reads the wire format's four building blocks and nothing more. Anything malformed throws
/// ``EvaluateRequestReader/Declined``: the general path then reads the request and names the error.
/// The bytes must stay valid while the slice is used.
struct ProtobufSlice {
    enum WireType: UInt64 {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case fixed32 = 5
    }

    private let buffer: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.buffer = bytes
    }

    /// The bytes as `Data`, for a message read by its generated type.
    var data: Data { Data(self.buffer[self.position...]) }

    /// The next field's number and wire type; `nil` at the end of the message.
    mutating func nextField() throws -> (number: Int, wireType: WireType)? {
        guard self.position < self.buffer.count else { return nil }
        let key = try self.varint()
        guard let wireType = WireType(rawValue: key & 7), key >> 3 > 0, key >> 3 <= 536_870_911 else {
            throw EvaluateRequestReader.Declined()
        }
        return (Int(key >> 3), wireType)
    }

    mutating func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while self.position < self.buffer.count, shift < 64 {
            let byte = self.buffer[self.position]
            self.position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        throw EvaluateRequestReader.Declined()
    }

    mutating func fixed64() throws -> UInt64 {
        guard self.buffer.count - self.position >= 8 else { throw EvaluateRequestReader.Declined() }
        var value: UInt64 = 0
        for index in 0..<8 {
            value |= UInt64(self.buffer[self.position + index]) << (8 * UInt64(index))
        }
        self.position += 8
        return value
    }

    /// A length-delimited field's bytes, as a slice of their own.
    mutating func bytes() throws -> ProtobufSlice {
        let length = try self.varint()
        guard length <= UInt64(self.buffer.count - self.position) else { throw EvaluateRequestReader.Declined() }
        let start = self.position
        self.position += Int(length)
        return ProtobufSlice(UnsafeRawBufferPointer(rebasing: self.buffer[start..<self.position]))
    }

    /// A string field, which must be valid UTF-8 as protobuf requires.
    ///
    /// Decoding replaces each invalid sequence with U+FFFD, which changes the bytes, so getting
    /// the same bytes back means they were valid. (`String(validating:as:)` is generic and not
    /// specialised: it looked up type metadata for every key of every school.)
    mutating func string() throws -> String {
        let field = try self.bytes().buffer
        var text = String(decoding: field, as: UTF8.self)
        let valid = text.withUTF8 { utf8 in
            utf8.count == field.count && (field.isEmpty || memcmp(utf8.baseAddress!, field.baseAddress!, field.count) == 0)
        }
        guard valid else { throw EvaluateRequestReader.Declined() }
        return text
    }
}
