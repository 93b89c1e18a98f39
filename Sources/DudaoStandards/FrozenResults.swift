public import DudaoCore
public import Foundation

/// An assessment's results frozen on its worked examples and its shipped inputs, with its
/// descriptor's indicators and editions and the batch summary of each shipped file.
///
/// A Swift module that moves onto a standard pack freezes its results first; the pack is then
/// compared with that file, so the comparison keeps its reference once the module's code is gone.
/// Only the served version may differ: a pack reports `VERSION+sha256.PREFIX`.
public struct FrozenResults: Sendable, Codable {
    public var groups: [IndicatorGroup]
    public var indicators: [IndicatorDefinition]
    public var editions: [Edition]
    /// By case: `example: NAME` or `FILE#SUBJECT CODE`.
    public var results: [String: AssessmentResult]
    /// The batch summary of each shipped file, by file name.
    public var summaries: [String: BatchSummary]

    /// Evaluates `assessment` on its worked examples and on every `.json` input in `shipped`
    /// (a file holds one input or a list).
    ///
    /// - Throws: When the assessment does not register, an input does not decode or evaluate.
    public init(_ assessment: any Assessment, shipped: URL) throws {
        let registry = try AssessmentRegistry([assessment])
        let descriptor = assessment.descriptor
        self.groups = descriptor.groups
        self.indicators = descriptor.indicators
        self.editions = descriptor.editions
        self.results = [:]
        self.summaries = [:]
        for example in assessment.examples {
            self.results["example: \(example.name)"] = try registry.evaluate(example.input)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: shipped.path).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let data = try Data(contentsOf: shipped.appendingPathComponent(file))
            let inputs = try (try? CanonicalJSON.decode([AssessmentInput].self, from: data)) ?? [CanonicalJSON.decode(AssessmentInput.self, from: data)]
            let results = try inputs.map(registry.evaluate)
            for result in results { self.results["\(file)#\(result.subject.code)"] = result }
            self.summaries[file] = assessment.summarize(results)
        }
    }

    /// How `assessment` differs from the results frozen for it, for a plugin's test. With
    /// `DUDAO_FREEZE_RESULTS=1` in the environment the file is first written from `assessment`
    /// (to freeze a module before it moves onto a pack, or to accept an intended change).
    ///
    /// Runs on a thread of its own: a province of results takes a minute of CPU, and a test
    /// holding one of the cooperative pool's few threads that long starves every other test's
    /// async work (deadlines of 10 s fail beside it).
    ///
    /// - Parameter plugin: The plugin's folder (`Plugins/<Name>`): the results are frozen in its
    ///   `Tests/frozen-results.json`, and the shipped inputs are those of `Examples/<id>/`.
    public static func differences(of assessment: any Assessment, plugin: URL) async throws -> [String] {
        let shipped = plugin.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/\(assessment.descriptor.id)")
        let file = plugin.appendingPathComponent("Tests/frozen-results.json")
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result {
                        let current = try FrozenResults(assessment, shipped: shipped)
                        if ProcessInfo.processInfo.environment["DUDAO_FREEZE_RESULTS"] == "1" { try current.write(to: file) }
                        return try current.differences(from: FrozenResults(contentsOf: file))
                    }
                )
            }
        }
    }

    /// Reads a file written by ``write(to:)``.
    public init(contentsOf file: URL) throws {
        self = try JSONDecoder().decode(Self.self, from: Data(contentsOf: file))
    }

    /// Writes the results as indented JSON with sorted keys, so a change reads as a small diff.
    public func write(to file: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: file)
    }

    /// Every difference of these results from `reference`, named by case and path; empty when
    /// they agree in everything but the served version. Compared as canonical JSON, the form the
    /// reference is kept in (a whole number reads back the same whether it was a number or an integer).
    public func differences(from reference: FrozenResults) throws -> [String] {
        var differences: [String] = []
        func compare(_ what: String, _ actual: some Encodable, _ expected: some Encodable) throws {
            let (new, old) = (try CanonicalJSON.encode(actual), try CanonicalJSON.encode(expected))
            if new != old { differences.append("\(what): \(String(decoding: new, as: UTF8.self)), expected \(String(decoding: old, as: UTF8.self))") }
        }
        try compare("groups", self.groups, reference.groups)
        try compare("indicator codes", self.indicators.map(\.code), reference.indicators.map(\.code))
        for (actual, expected) in zip(self.indicators, reference.indicators) where actual.code == expected.code {
            try compare("indicator \(expected.code)", actual, expected)
        }
        try compare("edition ids", self.editions.map(\.id), reference.editions.map(\.id))
        for (actual, expected) in zip(self.editions, reference.editions) where actual.id == expected.id {
            try compare("edition \(expected.id) parameter keys", actual.parameters.all.map(\.key), expected.parameters.all.map(\.key))
            for (parameter, frozen) in zip(actual.parameters.all, expected.parameters.all) where parameter.key == frozen.key {
                try compare("edition \(expected.id) parameter \(frozen.key)", parameter, frozen)
            }
            var bare = actual
            bare.parameters = expected.parameters
            try compare("edition \(expected.id)", bare, expected)
        }
        try compare("cases", self.results.keys.sorted(), reference.results.keys.sorted())
        for (name, expected) in reference.results.sorted(by: { $0.key < $1.key }) {
            guard var actual = self.results[name] else { continue }
            actual.assessmentVersion = expected.assessmentVersion
            differences += try ResultDifference.between(expected, actual).map { "\(name): \($0)" }
        }
        try compare("summarized files", self.summaries.keys.sorted(), reference.summaries.keys.sorted())
        for (file, expected) in reference.summaries.sorted(by: { $0.key < $1.key }) {
            try compare("summary of \(file)", self.summaries[file], expected)
        }
        return differences
    }
}
