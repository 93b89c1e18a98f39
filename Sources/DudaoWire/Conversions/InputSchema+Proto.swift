public import DudaoCore
public import DudaoProto

extension InputSchema {
    public var proto: Dudao_V1_InputSchema {
        var proto = Dudao_V1_InputSchema()
        proto.subjectKinds = self.subjectKinds.map(\.proto)
        proto.facts = self.facts.map(\.proto)
        proto.unitKinds = self.unitKinds.map(\.proto)
        proto.unitFields = self.unitFields.map(\.proto)
        proto.requiresUnits = self.requiresUnits
        return proto
    }
}

extension FieldSpec {
    public var proto: Dudao_V1_FieldSpec {
        var proto = Dudao_V1_FieldSpec()
        proto.key = self.key
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        proto.type = self.type.proto
        if let unit = self.unit { proto.unit = unit }
        proto.constraint = self.constraint.proto
        if let kinds = self.unitKinds {
            var list = Dudao_V1_UnitKindList()
            list.kinds = kinds.map(\.rawValue)
            proto.unitKinds = list
        }
        proto.needed = self.needed
        if let definition = self.definition { proto.definition = definition }
        return proto
    }
}

extension Constraint {
    public var proto: Dudao_V1_Constraint {
        var proto = Dudao_V1_Constraint()
        switch self {
        case .none: proto.kind = .none
        case .nonNegative: proto.kind = .nonNegative
        case .positive: proto.kind = .positive
        case .fraction: proto.kind = .fraction
        case .between(let low, let high):
            proto.kind = .between
            proto.low = low
            proto.high = high
        }
        return proto
    }
}

extension UnitKindSpec {
    public var proto: Dudao_V1_UnitKindSpec {
        var proto = Dudao_V1_UnitKindSpec()
        proto.kind = self.kind.rawValue
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        return proto
    }
}
