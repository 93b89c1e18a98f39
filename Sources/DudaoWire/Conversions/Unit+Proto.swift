public import DudaoCore
public import DudaoProto

extension DudaoCore.Unit {
    public var proto: Dudao_V1_Unit {
        var proto = Dudao_V1_Unit()
        proto.id = self.id
        proto.name = self.name
        proto.kind = self.kind.rawValue
        proto.fields = self.fields.proto
        return proto
    }

    /// Reads a unit record from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when a field has no value.
    public init(proto: Dudao_V1_Unit) throws {
        self = try ConversionIssues.convert("unit") { DudaoCore.Unit(proto: proto, path: "unit", issues: &$0) }
    }

    /// Unit field paths are `units[2].key`, as the validator writes them.
    init?(proto: Dudao_V1_Unit, path: String, issues: inout ConversionIssues) {
        guard let fields = [String: FieldValue](proto: proto.fields, path: path, issues: &issues) else { return nil }
        self.init(id: proto.id, name: proto.name, kind: UnitKind(rawValue: proto.kind), fields: fields)
    }
}
