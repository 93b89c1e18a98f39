import DudaoAssessments
import DudaoCore
import DudaoReport
import Foundation
import Testing

/// Every subject of every example, rendered as `evaluate` renders it: no line wider than 120
/// columns, Chinese text free of keys and English words, and no row whose own figure meets its
/// standard labelled 未达标.
///
/// The examples are evaluated once, with a yield after each subject, and the suite's tests run one
/// after another: a debug build takes seconds for them, and holding the cooperative pool's few
/// threads that long (or blocking them on a lazily built static) would starve the timing tests
/// of other suites running beside this one.
@Suite(.serialized)
struct ChineseReportTests {
    typealias Evaluated = (file: String, result: AssessmentResult, descriptor: AssessmentDescriptor)

    /// Every result of every example file (all subjects, not only the snapshot's), evaluated once.
    static func results() async throws -> [Evaluated] {
        try await EvaluatedExamples.shared.all()
    }

    /// The evaluated examples, kept for the suite's later tests.
    private actor EvaluatedExamples {
        static let shared = EvaluatedExamples()
        private var evaluated: [Evaluated]?

        func all() async throws -> [Evaluated] {
            if let evaluated { return evaluated }
            let registry = try BundledAssessments.registry()
            var all: [Evaluated] = []
            for example in try ExampleCase.all() {
                for input in try ExampleCase.inputs(example.file) {
                    all.append((example.file, try registry.evaluate(input), registry.assessment(id: input.assessment)!.descriptor))
                    await Task.yield()
                }
            }
            self.evaluated = all
            return all
        }
    }

    @Test("every line fits 120 columns, in both languages")
    func widths() async throws {
        for (file, result, descriptor) in try await Self.results() {
            await Task.yield()
            for language in Language.allCases {
                for line in Self.report(language, descriptor).render(result).split(separator: "\n") {
                    #expect(DisplayWidth.of(String(line)) <= 120, "\(file) \(result.subject.code) [\(language)]: \(line)")
                }
            }
        }
    }

    @Test("the Chinese text has no field keys and no English words outside codes, units and names")
    func chineseOnly() async throws {
        for (file, result, descriptor) in try await Self.results() {
            await Task.yield()
            let text = Self.report(.zh, descriptor).render(result)
            for line in text.split(separator: "\n").map(String.init) {
                // The subject's name is the caller's data; the digest line is a code.
                if line.hasPrefix("对象：") || line.hasPrefix("输入摘要：") { continue }
                let offending = Self.englishWords(line)
                #expect(offending.isEmpty, "\(file) \(result.subject.code): \(offending) in: \(line)")
            }
        }
    }

    /// The report as `dudao evaluate` builds it.
    static func report(_ language: Language, _ descriptor: AssessmentDescriptor) -> ResultReport {
        ResultReport(language: language, width: 120, schema: descriptor.schema, indicators: descriptor.indicators)
    }

    @Test("the scanner finds what it must find")
    func scannerFindsKeysAndWords() {
        #expect(Self.englishWords("缺少字段 public_satisfaction_rate") == ["public_satisfaction_rate"])
        #expect(Self.englishWords("结果 pass，selected") == ["pass", "selected"])
        #expect(Self.englishWords("QB-R5 小学 9.68 ≥ 7.50 ㎡ [U] 2017-monitoring split.rule").isEmpty)
    }

    /// ASCII identifiers with an underscore, and lower-case English words, in a line; codes
    /// (with a digit, a capital, `-` or `.`) are allowed.
    static func englishWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in line + " " {
            if character.isASCII, character.isLetter || character.isNumber || "_-.".contains(character) {
                current.append(character)
                continue
            }
            let token = current.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
            current = ""
            guard !token.isEmpty else { continue }
            if token.contains("_") {
                words.append(token)
            } else if token.count >= 2, token.allSatisfy({ $0.isLowercase }) {
                words.append(token)
            }
        }
        return words
    }

    @Test("a row whose figure meets its standard never says 未达标")
    func rowsAgreeWithTheirFigures() async throws {
        var checked = 0
        for (file, result, _) in try await Self.results() {
            for indicator in result.indicators {
                let row = IndicatorRow(indicator, in: result)
                guard let value = indicator.value, let threshold = indicator.threshold, row.kind == .measured || row.kind == .total,
                    indicator.comparator.holds(value, threshold)
                else { continue }
                checked += 1
                #expect(!row.outcome(.zh).contains("未达标"), "\(file) \(result.subject.code) \(indicator.code) \(indicator.scope ?? ""): \(row.outcome(.zh))")
                #expect(!row.outcome(.en).contains("not met"), "\(file) \(result.subject.code) \(indicator.code): \(row.outcome(.en))")
            }
        }
        #expect(checked > 100)
    }
}
