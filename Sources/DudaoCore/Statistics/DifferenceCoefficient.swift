/// The enrolment-weighted 差异系数 (coefficient of variation) of one indicator across schools.
///
/// Exactly as the official worked example (REFERENCE §1.2.1), for one 学段 of one county:
///
///     Xᵢ = Rᵢ / Pᵢ · scale          (scale 100 for "每百名学生" indicators)
///     X̄  = ΣRᵢ / ΣPᵢ · scale        (the county aggregate ratio, not the mean of the Xᵢ)
///     S  = √( Σ (Pᵢ/P) · (Xᵢ − X̄)² ) (population form: weights sum to 1, no n − 1)
///     CV = S / X̄
///
/// Everything is computed from the raw totals and kept unrounded.
public struct DifferenceCoefficient: Sendable, Hashable, Codable {
    /// One school's raw figures.
    public struct Sample: Sendable, Hashable, Codable {
        public var resource: Double
        public var pupils: Double

        public init(resource: Double, pupils: Double) {
            self.resource = resource
            self.pupils = pupils
        }
    }

    /// X̄, the weighted mean ratio.
    public var mean: Double
    /// S, the weighted population standard deviation.
    public var standardDeviation: Double
    /// CV = S / X̄.
    public var coefficient: Double
    public var schoolCount: Int
    public var totalPupils: Double

    /// Computes the coefficient, or returns `nil` when there are no pupils or no resource at all
    /// (a zero mean has no coefficient).
    public init?(_ samples: [Sample], scale: Double = 1) {
        let totalPupils = samples.reduce(0) { $0 + $1.pupils }
        let totalResource = samples.reduce(0) { $0 + $1.resource }
        guard totalPupils > 0, samples.allSatisfy({ $0.pupils > 0 }) else { return nil }
        let mean = totalResource / totalPupils * scale
        guard mean > 0 else { return nil }
        var variance = 0.0
        for sample in samples {
            let ratio = sample.resource / sample.pupils * scale
            variance += (sample.pupils / totalPupils) * (ratio - mean) * (ratio - mean)
        }
        self.mean = mean
        self.standardDeviation = variance.squareRoot()
        self.coefficient = self.standardDeviation / mean
        self.schoolCount = samples.count
        self.totalPupils = totalPupils
    }
}
