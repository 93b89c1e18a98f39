public import DudaoCore
public import DudaoProto

extension BatchSummary {
    public var proto: Dudao_V1_BatchSummary {
        var proto = Dudao_V1_BatchSummary()
        proto.assessment = self.assessment
        if let verdict = self.verdict { proto.verdict = verdict.proto }
        proto.titleZh = self.titleZh
        proto.titleEn = self.titleEn
        proto.rows = self.rows.map(\.proto)
        proto.statistics = self.statistics
        proto.notesZh = self.notesZh
        proto.notesEn = self.notesEn
        return proto
    }

    /// Reads a batch summary from the wire.
    ///
    /// - Throws: ``DudaoError`` ``DudaoError/Code/invalidArgument`` when the verdict is unknown.
    public init(proto: Dudao_V1_BatchSummary) throws {
        self = try ConversionIssues.convert("batch summary") { BatchSummary(proto: proto, path: "", issues: &$0) }
    }

    init?(proto: Dudao_V1_BatchSummary, path: String, issues: inout ConversionIssues) {
        var verdict: Verdict?
        if case .verdict(let value)? = proto.verdictPresent {
            guard let known = Verdict(proto: value, path: join(path, "verdict"), issues: &issues) else { return nil }
            verdict = known
        }
        self.init(
            assessment: proto.assessment,
            verdict: verdict,
            titleZh: proto.titleZh,
            titleEn: proto.titleEn,
            rows: proto.rows.map(SummaryRow.init(proto:)),
            statistics: proto.statistics,
            notesZh: proto.notesZh,
            notesEn: proto.notesEn
        )
    }
}

extension SummaryRow {
    public var proto: Dudao_V1_SummaryRow {
        var proto = Dudao_V1_SummaryRow()
        proto.subjectCode = self.subjectCode
        proto.subjectName = self.subjectName
        if let rank = self.rank { proto.rank = rank.int32 }
        proto.values = self.values
        proto.labels = self.labels
        return proto
    }

    public init(proto: Dudao_V1_SummaryRow) {
        var rank: Int?
        if case .rank(let value)? = proto.rankPresent { rank = Int(value) }
        self.init(subjectCode: proto.subjectCode, subjectName: proto.subjectName, rank: rank, values: proto.values, labels: proto.labels)
    }
}
