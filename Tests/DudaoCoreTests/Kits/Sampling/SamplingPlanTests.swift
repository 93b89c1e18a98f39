import DudaoCore
import Testing

struct SamplingPlanTests {
    /// 30 counties over three cities of 12, 9 and 9.
    static let population: [String] =
        (1...12).map { "3301\($0 < 10 ? "0" : "")\($0)" } + (1...9).map { "33020\($0)" } + (1...9).map { "33030\($0)" }

    @Test("the same seed draws the same sample; another seed draws another")
    func reproducible() {
        let plan = SamplingPlan(seed: 20_250_301, fraction: 1.0 / 3.0)
        let first = plan.draw(from: Self.population)
        #expect(plan.draw(from: Self.population.reversed()) == first)
        #expect(SamplingPlan(seed: 20_250_302, fraction: 1.0 / 3.0).draw(from: Self.population).selected != first.selected)
    }

    @Test("a third of 30 is 10, split 4 / 3 / 3 over the cities")
    func sizesAndStrata() {
        let draw = SamplingPlan(seed: 7, fraction: 1.0 / 3.0).draw(from: Self.population)
        #expect(draw.target == 10)
        #expect(draw.selected.count == 10)
        #expect(draw.strata.map(\.quota) == [4, 3, 3])
        for stratum in draw.strata {
            #expect(stratum.selected.allSatisfy { $0.hasPrefix(stratum.code) })
            #expect(stratum.selected.count == stratum.quota)
        }
    }

    @Test("largest remainders hand out the seats left, so the total is ⌈fraction × N⌉")
    func largestRemainder() {
        // 31 counties (13/9/9), a third → ⌈10.33⌉ = 11; shares 4.61, 3.19, 3.19 → 4, 3, 3 + 1 to the first.
        let draw = SamplingPlan(seed: 1, fraction: 1.0 / 3.0).draw(from: Self.population + ["330113"])
        #expect(draw.target == 11)
        #expect(draw.strata.map(\.quota) == [5, 3, 3])
        #expect(draw.selected.count == 11)
    }

    @Test("forced counties are always drawn and excluded ones never")
    func forcedAndExcluded() {
        let plan = SamplingPlan(seed: 99, fraction: 1.0 / 3.0, forced: ["330201", "330202", "330203", "330204"], excluded: ["330101", "330102", "330103"])
        let draw = plan.draw(from: Self.population)
        #expect(draw.eligible == 27)
        #expect(draw.target == 9)
        #expect(["330201", "330202", "330203", "330204"].allSatisfy(draw.contains))
        #expect(!["330101", "330102", "330103"].contains(where: draw.contains))
        // 3302 has quota 3 but four forced: all four are taken and the sample grows by one.
        #expect(draw.strata.first { $0.code == "3302" }?.selected.count == 4)
        #expect(draw.selected.count == 10)
    }

    @Test("a share outside 0 … 1 is read as the nearest bound", arguments: [(-0.5, 0), (0.0, 0), (1.0, 30), (2.0, 30)])
    func bounds(fraction: Double, size: Int) {
        #expect(SamplingPlan(seed: 3, fraction: fraction).draw(from: Self.population).selected.count == size)
    }

    @Test("SplitMix64 gives the published first outputs for seed 0")
    func generator() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
