/// SplitMix64 (Steele, Lea & Flood 2014): a small, fully specified generator for reproducible draws.
///
/// Written out here rather than borrowed, because a recorded seed must give the same sample on
/// every platform and toolchain for years: the system generator cannot be seeded, and the
/// standard library's `shuffle` and `random(in:)` do not promise a stable algorithm.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) {
        self.state = seed
    }

    public mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0 ..< bound` by rejection sampling (no modulo bias), spelled out so
    /// that the draw does not depend on the standard library's choice of method.
    public mutating func uniform(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        let limit = UInt64.max - UInt64.max % range
        while true {
            let value = self.next()
            if value < limit { return Int(value % range) }
        }
    }

    /// A Fisher–Yates shuffle driven by ``uniform(below:)``.
    public mutating func shuffled<T>(_ elements: [T]) -> [T] {
        var copy = elements
        var index = copy.count - 1
        while index > 0 {
            let other = self.uniform(below: index + 1)
            copy.swapAt(index, other)
            index -= 1
        }
        return copy
    }
}
