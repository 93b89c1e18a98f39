public import DudaoCore
public import DudaoProto

extension FieldValue {
    /// The value and its provenance on the wire.
    public var proto: Dudao_V1_FieldValue {
        var proto = Dudao_V1_FieldValue()
        proto.value = self.value.proto
        if let provenance = self.provenance {
            proto.provenance = provenance.proto
        }
        return proto
    }

    /// Reads a field value from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when the value is unset.
    public init(proto: Dudao_V1_FieldValue) throws {
        self = try ConversionIssues.convert("field value") { FieldValue(proto: proto, path: "value", issues: &$0) }
    }

    init?(proto: Dudao_V1_FieldValue, path: String, issues: inout ConversionIssues) {
        guard proto.hasValue, let value = Value(proto: proto.value, path: path, issues: &issues) else {
            if !proto.hasValue { issues.missing(path) }
            return nil
        }
        self.init(value, provenance: proto.hasProvenance ? Provenance(proto: proto.provenance) : nil)
    }
}

extension Provenance {
    public var proto: Dudao_V1_Provenance {
        var proto = Dudao_V1_Provenance()
        proto.source = self.source
        if let year = self.year { proto.year = year.int32 }
        if let note = self.note { proto.note = note }
        return proto
    }

    public init(proto: Dudao_V1_Provenance) {
        var year: Int?
        if case .year(let value)? = proto.yearPresent { year = Int(value) }
        var note: String?
        if case .note(let value)? = proto.notePresent { note = value }
        self.init(source: proto.source, year: year, note: note)
    }
}

extension Dictionary where Key == String, Value == FieldValue {
    /// Facts or unit fields on the wire.
    var proto: [String: Dudao_V1_FieldValue] { self.mapValues(\.proto) }

    init?(proto: [String: Dudao_V1_FieldValue], path: String, issues: inout ConversionIssues) {
        var values: [String: FieldValue] = [:]
        var complete = true
        for (key, value) in proto {
            if let converted = FieldValue(proto: value, path: join(path, key), issues: &issues) {
                values[key] = converted
            } else {
                complete = false
            }
        }
        guard complete else { return nil }
        self = values
    }
}
