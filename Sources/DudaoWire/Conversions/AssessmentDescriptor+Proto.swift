public import DudaoCore
public import DudaoProto

extension AssessmentDescriptor {
    /// The whole descriptor, for `Describe`: editions with their parameters, indicators with
    /// their sources and status tags, and the input schema.
    public var proto: Dudao_V1_AssessmentDescriptor {
        var proto = Dudao_V1_AssessmentDescriptor()
        proto.id = self.id
        proto.version = self.version
        proto.titleZh = self.titleZh
        proto.titleEn = self.titleEn
        proto.summaryZh = self.summaryZh
        proto.summaryEn = self.summaryEn
        proto.documents = self.documents.map(\.proto)
        proto.editions = self.editions.map(\.proto)
        proto.groups = self.groups.map(\.proto)
        proto.indicators = self.indicators.map(\.proto)
        proto.schema = self.schema.proto
        return proto
    }

    /// The short form, for `List`.
    public var summaryProto: Dudao_V1_AssessmentSummary {
        var proto = Dudao_V1_AssessmentSummary()
        proto.id = self.id
        proto.version = self.version
        proto.titleZh = self.titleZh
        proto.titleEn = self.titleEn
        proto.summaryZh = self.summaryZh
        proto.summaryEn = self.summaryEn
        proto.editions = self.editions.map { EditionReference($0).proto }
        return proto
    }
}

extension IndicatorGroup {
    public var proto: Dudao_V1_IndicatorGroup {
        var proto = Dudao_V1_IndicatorGroup()
        proto.code = self.code
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        return proto
    }
}

extension IndicatorDefinition {
    public var proto: Dudao_V1_IndicatorDefinition {
        var proto = Dudao_V1_IndicatorDefinition()
        proto.code = self.code
        proto.nameZh = self.nameZh
        proto.nameEn = self.nameEn
        if let unit = self.unit { proto.unit = unit }
        proto.group = self.group
        proto.comparator = self.comparator.proto
        proto.decimals = self.decimals.int32
        proto.citation = self.citation.proto
        proto.status = self.status.proto
        proto.gating = self.gating
        return proto
    }
}

extension Comparator {
    public var proto: Dudao_V1_Comparator {
        switch self {
        case .atLeast: .atLeast
        case .atMost: .atMost
        case .greaterThan: .greaterThan
        case .lessThan: .lessThan
        case .isTrue: .isTrue
        case .isFalse: .isFalse
        }
    }

    init?(proto: Dudao_V1_Comparator, path: String, issues: inout ConversionIssues) {
        switch proto {
        case .atLeast: self = .atLeast
        case .atMost: self = .atMost
        case .greaterThan: self = .greaterThan
        case .lessThan: self = .lessThan
        case .isTrue: self = .isTrue
        case .isFalse: self = .isFalse
        case .unspecified:
            issues.missing(path)
            return nil
        case .UNRECOGNIZED(let number):
            issues.invalid(path, zh: "未知的比较方式 \(number)", en: "unknown comparator \(number)")
            return nil
        }
    }
}
