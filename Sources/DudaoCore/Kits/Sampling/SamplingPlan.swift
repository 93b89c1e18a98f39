/// A reproducible, city-stratified sample of counties for on-site checks (实地核查).
///
/// Anyone holding the plan (seed, fraction, forced and excluded lists) and the same list of
/// counties re-draws the same sample. The rule:
///
/// 1. The eligible population is every county not excluded. Strata are cities: the first four
///    characters of the county code (`3301…` is Hangzhou).
/// 2. The sample size is n = ⌈fraction × N⌉ over the N eligible counties.
/// 3. n is split over the strata in proportion to their size by the largest-remainder rule:
///    each stratum gets ⌊n · Nₕ / N⌋, and the seats left go one each to the strata with the
///    largest remainders (ties: the smaller stratum code first). So the total is exactly n.
/// 4. Forced counties are taken first and count towards their stratum's quota; where a stratum
///    has more forced counties than its quota, all are taken and the sample grows beyond n.
/// 5. The rest of each quota is drawn without replacement: strata in code order, counties sorted
///    by code, shuffled by Fisher–Yates under one ``SplitMix64`` seeded with `seed`, and the first
///    ones taken.
public struct SamplingPlan: Sendable, Hashable, Codable {
    public var seed: UInt64
    /// Share of eligible counties to visit, 0 … 1.
    public var fraction: Double
    /// Counties that must be visited (e.g. last year's failures).
    public var forced: [String]
    /// Counties that must not be visited (e.g. visited last year).
    public var excluded: [String]
    /// Characters of the code that name the stratum; 4 for the city of a GB/T 2260 county code.
    public var stratumPrefix: Int

    public init(seed: UInt64, fraction: Double, forced: [String] = [], excluded: [String] = [], stratumPrefix: Int = 4) {
        self.seed = seed
        self.fraction = fraction
        self.forced = forced
        self.excluded = excluded
        self.stratumPrefix = stratumPrefix
    }

    /// The stratum of a code.
    public func stratum(of code: String) -> String { String(code.prefix(self.stratumPrefix)) }

    /// Draws the sample from `population` (county codes; order and duplicates do not matter).
    public func draw(from population: [String]) -> SamplingDraw {
        let excluded = Set(self.excluded)
        let eligible = Array(Set(population)).filter { !excluded.contains($0) }.sorted()
        let forced = Set(self.forced).subtracting(excluded).intersection(eligible)
        let strata = Dictionary(grouping: eligible, by: self.stratum(of:))
        let codes = strata.keys.sorted()
        // A share outside 0 … 1 (or NaN) is read as the nearest bound, so a draw never traps.
        let fraction = self.fraction.isNaN ? 0 : min(1, max(0, self.fraction))
        let target = eligible.isEmpty ? 0 : Int((fraction * Double(eligible.count)).rounded(.up))
        let size = min(target, eligible.count)

        // Largest remainder: floor shares, then the leftover seats by remainder, ties by code.
        var quotas: [String: Int] = [:]
        var remainders: [(code: String, remainder: Double)] = []
        for code in codes {
            let exact = Double(size) * Double(strata[code]?.count ?? 0) / Double(max(1, eligible.count))
            quotas[code] = Int(exact.rounded(.down))
            remainders.append((code, exact - exact.rounded(.down)))
        }
        var left = size - quotas.values.reduce(0, +)
        for entry in remainders.sorted(by: { ($1.remainder, $0.code) < ($0.remainder, $1.code) }) where left > 0 {
            quotas[entry.code, default: 0] += 1
            left -= 1
        }

        var generator = SplitMix64(seed: self.seed)
        var selected: [String] = []
        var allocations: [SamplingDraw.Stratum] = []
        for code in codes {
            let members = strata[code] ?? []
            let forcedHere = members.filter { forced.contains($0) }
            let quota = max(quotas[code] ?? 0, forcedHere.count)
            let drawn = generator.shuffled(members.filter { !forced.contains($0) }).prefix(quota - forcedHere.count)
            let picked = (forcedHere + drawn).sorted()
            selected += picked
            allocations.append(SamplingDraw.Stratum(code: code, population: members.count, quota: quota, selected: picked))
        }
        return SamplingDraw(plan: self, eligible: eligible.count, target: size, selected: selected.sorted(), strata: allocations)
    }
}

/// The sample a ``SamplingPlan`` drew, with the plan that drew it.
public struct SamplingDraw: Sendable, Hashable, Codable {
    public var plan: SamplingPlan
    /// Counties eligible after exclusions.
    public var eligible: Int
    /// ⌈fraction × eligible⌉.
    public var target: Int
    /// Every selected county, sorted by code.
    public var selected: [String]
    /// Per city: size, quota and selection.
    public var strata: [Stratum]

    public struct Stratum: Sendable, Hashable, Codable {
        public var code: String
        public var population: Int
        public var quota: Int
        public var selected: [String]
    }

    public func contains(_ code: String) -> Bool { self.selected.contains(code) }
}
