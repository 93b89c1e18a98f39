public import DudaoCore

/// A standard pack beside the Swift module it is to replace, compared result by result: a module
/// moves onto a pack only once the pack gives the same figures on the module's worked examples.
public struct PackParity: Sendable {
    private let module: AssessmentRegistry
    private let pack: AssessmentRegistry

    /// - Throws: Why the pack in `packFolder` is refused, or why either cannot be registered.
    public init(module: any Assessment, packFolder: String) throws {
        self.module = try AssessmentRegistry([module])
        self.pack = try AssessmentRegistry([try PackLoader().load(try PackSource.read(folder: packFolder)).assessment])
    }

    /// `input` evaluated by the module and by the pack.
    public func evaluate(_ input: AssessmentInput) throws -> (module: AssessmentResult, pack: AssessmentResult) {
        (try self.module.evaluate(input), try self.pack.evaluate(input))
    }

    /// Where `pack` differs from `module`: the verdict, the indicators' codes, each indicator's
    /// value, threshold, outcome and per-unit rows, the findings' indicators and units, and the
    /// parameters' keys. Empty when they agree.
    public static func differences(_ pack: AssessmentResult, from module: AssessmentResult) -> [String] {
        var differences: [String] = []
        func compare<Value: Equatable>(_ what: String, _ actual: Value, _ expected: Value) {
            if actual != expected { differences.append("\(what): pack \(actual), module \(expected)") }
        }
        compare("verdict", pack.verdict, module.verdict)
        compare("indicators", pack.indicators.map(\.code), module.indicators.map(\.code))
        for expected in module.indicators {
            guard let actual = pack.indicator(expected.code) else { continue }
            compare("\(expected.code) value", actual.value, expected.value)
            compare("\(expected.code) threshold", actual.threshold, expected.threshold)
            compare("\(expected.code) outcome", actual.outcome, expected.outcome)
            compare("\(expected.code) units", actual.breakdown.map(\.unitID), expected.breakdown.map(\.unitID))
            compare("\(expected.code) unit outcomes", actual.breakdown.map(\.outcome), expected.breakdown.map(\.outcome))
        }
        func findings(_ result: AssessmentResult) -> Set<String> { Set(result.findings.map { "\($0.indicatorCode) \($0.unitID ?? "")" }) }
        compare("findings", findings(pack), findings(module))
        compare("parameters", pack.parameters.map(\.key), module.parameters.map(\.key))
        return differences
    }
}
