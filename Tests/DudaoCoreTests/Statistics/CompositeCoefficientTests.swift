import DudaoCore
import Testing

struct CompositeCoefficientTests {
    @Test("is the mean of the unrounded single coefficients, not of their rounded forms")
    func unroundedMean() throws {
        // Rounded to 3 places first, these would average 0.4 + 0.0005 less.
        let composite = try #require(CompositeCoefficient([0.4004, 0.4004, 0.4004, 0.4004]))
        #expect(composite.value == 0.4004)
        #expect(Rounding.format(composite.value, decimals: 3) == "0.400")
        let mixed = try #require(CompositeCoefficient([0.1235, 0.2345]))
        #expect(abs(mixed.value - 0.179) < 1e-15)
        #expect(mixed.components == [0.1235, 0.2345])
    }

    @Test("takes computed coefficients directly")
    func fromCoefficients() throws {
        let first = try #require(DifferenceCoefficient([.init(resource: 50, pupils: 100), .init(resource: 90, pupils: 150)]))
        let second = try #require(DifferenceCoefficient([.init(resource: 10, pupils: 100), .init(resource: 40, pupils: 150)]))
        let composite = try #require(CompositeCoefficient([first, second]))
        #expect(composite.value == (first.coefficient + second.coefficient) / 2)
    }

    @Test("has no value without coefficients or with a non-finite one")
    func undefined() {
        #expect(CompositeCoefficient([Double]()) == nil)
        #expect(CompositeCoefficient([0.3, .nan]) == nil)
    }
}
