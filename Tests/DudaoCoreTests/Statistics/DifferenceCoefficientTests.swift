import DudaoCore
import Testing

struct DifferenceCoefficientTests {
    @Test("weights by enrolment, uses the county aggregate ratio as the mean, and the population form")
    func handComputed() throws {
        // R: 50, 90, 20; P: 100, 150, 50 → X̄ = 160/300; weights 1/3, 1/2, 1/6;
        // S² = 1/3·(0.5−8/15)² + 1/2·(0.6−8/15)² + 1/6·(0.4−8/15)² = 1/180.
        let cv = try #require(
            DifferenceCoefficient([.init(resource: 50, pupils: 100), .init(resource: 90, pupils: 150), .init(resource: 20, pupils: 50)])
        )
        #expect(abs(cv.mean - 160.0 / 300.0) < 1e-12)
        #expect(abs(cv.standardDeviation - (1.0 / 180.0).squareRoot()) < 1e-12)
        #expect(abs(cv.coefficient - (1.0 / 180.0).squareRoot() / (160.0 / 300.0)) < 1e-12)
        #expect(cv.schoolCount == 3)
        #expect(cv.totalPupils == 300)
    }

    @Test("scales per-100-pupil indicators without changing the coefficient")
    func scaleInvariance() throws {
        let samples: [DifferenceCoefficient.Sample] = [.init(resource: 5, pupils: 120), .init(resource: 9, pupils: 300)]
        let plain = try #require(DifferenceCoefficient(samples))
        let per100 = try #require(DifferenceCoefficient(samples, scale: 100))
        #expect(abs(per100.mean - plain.mean * 100) < 1e-9)
        #expect(abs(per100.coefficient - plain.coefficient) < 1e-12)
    }

    @Test("equal ratios give a zero coefficient")
    func equalRatios() throws {
        let cv = try #require(DifferenceCoefficient([.init(resource: 10, pupils: 100), .init(resource: 30, pupils: 300)]))
        #expect(cv.coefficient == 0)
    }

    @Test("has no value without pupils or without any resource")
    func undefined() {
        #expect(DifferenceCoefficient([]) == nil)
        #expect(DifferenceCoefficient([.init(resource: 0, pupils: 100)]) == nil)
        #expect(DifferenceCoefficient([.init(resource: 5, pupils: 0)]) == nil)
    }
}
