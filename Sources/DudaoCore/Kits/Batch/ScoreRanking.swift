/// Ranking and distribution of a batch of results by one measure (a composite score).
///
/// Shared by the batch views that rank counties: the same tie rule and the same quantiles
/// everywhere, so two province views never disagree on what "rank 3" or "Q1" means.
///
/// - Ranking: highest first; equal values share a rank and the next rank skips (1, 2, 2, 4),
///   ties listed by subject code; results without the measure come last, unranked, by code.
/// - Distribution over the results that have the measure: count, mean, max, min and the
///   quartiles by ``Ratios/quantile(_:_:)`` (type 7).
public struct ScoreRanking: Sendable {
    public struct Entry: Sendable {
        public var result: AssessmentResult
        public var value: Double?
        public var rank: Int?
    }

    /// Every result in ranking order.
    public var entries: [Entry]

    public init(_ results: [AssessmentResult], measure: String = "total") {
        let scored = results.compactMap { result in result.measures[measure].map { (result, $0) } }
            .sorted { ($1.1, $0.0.subject.code) < ($0.1, $1.0.subject.code) }
        var entries: [Entry] = []
        var rank = 0
        var previous: Double?
        for (position, (result, value)) in scored.enumerated() {
            if value != previous { rank = position + 1 }
            previous = value
            entries.append(Entry(result: result, value: value, rank: rank))
        }
        for result in results.filter({ $0.measures[measure] == nil }).sorted(by: { $0.subject.code < $1.subject.code }) {
            entries.append(Entry(result: result, value: nil, rank: nil))
        }
        self.entries = entries
    }

    /// The ranked values, highest first.
    public var values: [Double] { self.entries.compactMap(\.value) }

    /// `count`, `mean`, `max`, `min`, `q1`, `median`, `q3` of the ranked values (only `count`
    /// when there are none).
    public var distribution: [String: Double] {
        let values = self.values
        var statistics: [String: Double] = ["count": Double(values.count)]
        statistics["mean"] = Ratios.mean(values)
        statistics["max"] = values.max()
        statistics["min"] = values.min()
        statistics["q1"] = Ratios.quantile(values, 0.25)
        statistics["median"] = Ratios.quantile(values, 0.5)
        statistics["q3"] = Ratios.quantile(values, 0.75)
        return statistics
    }
}
