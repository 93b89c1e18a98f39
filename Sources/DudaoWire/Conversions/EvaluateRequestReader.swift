public import DudaoCore
import DudaoProto
public import Foundation
import SwiftProtobuf

/// Reads an `EvaluateRequest` straight into the core input, without generated messages between.
///
/// A county's units are most of a request: 60 schools of 20 fields each, as map entries. Building
/// swift-protobuf messages for them and converting those again cost more than half of evaluating
/// them. This reader takes only the plain form clients write: each singular field at most once, no
/// unknown fields, valid UTF-8, every value set. Anything else, errors included, it reads the
/// general way (`WirePayload` and `AssessmentInput(proto:)`), whose answers and error messages stay
/// the reference. Tests and the `proto-input` fuzzer hold both ways equal. The small parts
/// (subject, period, provenance) go through the generated messages and their conversions.
public enum EvaluateRequestReader {
    /// The input and the preview flag: read directly when the request is in the plain form, else
    /// the general way.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` naming what is wrong with a
    ///   request that is not an `EvaluateRequest` with a valid input.
    public static func read(_ payload: Data) throws -> (input: AssessmentInput, preview: Bool) {
        if let read = self.readDirectly(payload) { return read }
        let request = try WirePayload.decode(Dudao_V1_EvaluateRequest.self, from: payload)
        guard request.hasInput else {
            throw DudaoError(
                .invalidArgument, "the request has no input",
                violations: [ValidationIssue(path: "input", rule: .required, zh: "缺少 input", en: "input is required")]
            )
        }
        return (try AssessmentInput(proto: request.input), request.preview)
    }

    /// The input and the preview flag, or `nil` when the general path must read the request.
    public static func readDirectly(_ payload: Data) -> (input: AssessmentInput, preview: Bool)? {
        payload.withUnsafeBytes { bytes in try? Self.request(ProtobufSlice(bytes)) }
    }

    /// Not the plain form: leave the request to the general path.
    struct Declined: Error {}

    private static func request(_ slice: ProtobufSlice) throws -> (input: AssessmentInput, preview: Bool) {
        var reader = slice
        var input: AssessmentInput?
        var preview: Bool?
        while let field = try reader.nextField() {
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited) where input == nil: input = try self.input(reader.bytes())
            case (2, .varint) where preview == nil: preview = try reader.varint() != 0
            default: throw Declined()
            }
        }
        guard let input else { throw Declined() }
        return (input, preview ?? false)
    }

    private static func input(_ slice: ProtobufSlice) throws -> AssessmentInput {
        var reader = slice
        var assessment: String?
        var edition: String?
        var subject: Subject?
        var period: Period?
        var facts: [String: FieldValue] = [:]
        var units: [DudaoCore.Unit] = []
        var overrides: [String: Value] = [:]
        while let field = try reader.nextField() {
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited) where assessment == nil: assessment = try reader.string()
            case (2, .lengthDelimited) where edition == nil: edition = try reader.string()
            case (3, .lengthDelimited) where subject == nil:
                subject = try self.converted(Dudao_V1_Subject.self, reader.bytes()) { Subject(proto: $0, path: "subject", issues: &$1) }
            case (4, .lengthDelimited) where period == nil:
                period = try self.converted(Dudao_V1_Period.self, reader.bytes()) { Period(proto: $0, path: "period", issues: &$1) }
            case (5, .lengthDelimited):
                let (key, value) = try self.entry(reader.bytes(), value: self.fieldValue)
                facts[key] = value
            case (6, .lengthDelimited): units.append(try self.unit(reader.bytes(), capacity: units.last?.fields.count ?? 0))
            case (7, .lengthDelimited):
                let (key, value) = try self.entry(reader.bytes(), value: self.value)
                overrides[key] = value
            default: throw Declined()
            }
        }
        guard let subject, let period else { throw Declined() }
        return AssessmentInput(
            assessment: assessment ?? "", edition: edition, subject: subject, period: period,
            facts: facts, units: units, parameterOverrides: overrides
        )
    }

    /// - Parameter capacity: room for the fields, as many as the school before had: schools
    ///   mostly report the same fields, and growing a map rehashes every key.
    private static func unit(_ slice: ProtobufSlice, capacity: Int) throws -> DudaoCore.Unit {
        var reader = slice
        var id: String?
        var name: String?
        var kind: String?
        var fields = [String: FieldValue](minimumCapacity: capacity)
        while let field = try reader.nextField() {
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited) where id == nil: id = try reader.string()
            case (2, .lengthDelimited) where name == nil: name = try reader.string()
            case (3, .lengthDelimited) where kind == nil: kind = try reader.string()
            case (4, .lengthDelimited):
                let (key, value) = try self.entry(reader.bytes(), value: self.fieldValue)
                fields[key] = value
            default: throw Declined()
            }
        }
        return DudaoCore.Unit(id: id ?? "", name: name ?? "", kind: UnitKind(rawValue: kind ?? ""), fields: fields)
    }

    /// One map entry: its key (field 1) and its value (field 2, which must be there).
    private static func entry<Entry>(_ slice: ProtobufSlice, value read: (ProtobufSlice) throws -> Entry) throws -> (String, Entry) {
        var reader = slice
        var key: String?
        var value: Entry?
        while let field = try reader.nextField() {
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited) where key == nil: key = try reader.string()
            case (2, .lengthDelimited) where value == nil: value = try read(reader.bytes())
            default: throw Declined()
            }
        }
        guard let value else { throw Declined() }
        return (key ?? "", value)
    }

    private static func fieldValue(_ slice: ProtobufSlice) throws -> FieldValue {
        var reader = slice
        var value: Value?
        var provenance: Provenance??
        while let field = try reader.nextField() {
            switch (field.number, field.wireType) {
            case (1, .lengthDelimited) where value == nil: value = try self.value(reader.bytes())
            case (2, .lengthDelimited) where provenance == nil:
                provenance = .some(Provenance(proto: try Dudao_V1_Provenance(serializedBytes: reader.bytes().data)))
            default: throw Declined()
            }
        }
        guard let value else { throw Declined() }
        return FieldValue(value, provenance: provenance ?? nil)
    }

    private static func value(_ slice: ProtobufSlice) throws -> Value {
        var reader = slice
        var value: Value?
        while let field = try reader.nextField() {
            guard value == nil else { throw Declined() }
            switch (field.number, field.wireType) {
            case (1, .fixed64): value = .number(Double(bitPattern: try reader.fixed64()))
            case (2, .varint): value = .integer(Int64(bitPattern: try reader.varint()))
            case (3, .varint): value = .boolean(try reader.varint() != 0)
            case (4, .lengthDelimited): value = .text(try reader.string())
            default: throw Declined()
            }
        }
        guard let value else { throw Declined() }
        return value
    }

    /// A small message read by its generated type and converted as the general path does.
    private static func converted<Message: SwiftProtobuf.Message, Converted>(
        _ type: Message.Type, _ slice: ProtobufSlice, _ convert: (Message, inout ConversionIssues) -> Converted?
    ) throws -> Converted {
        var issues = ConversionIssues()
        guard let converted = convert(try Message(serializedBytes: slice.data), &issues), issues.isEmpty else { throw Declined() }
        return converted
    }
}
