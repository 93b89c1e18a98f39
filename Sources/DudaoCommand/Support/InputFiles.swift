import DudaoAssessments
import DudaoCore
import DudaoPublish
import Foundation

/// Reads assessment inputs from files: a JSON object, a JSON array (a multi-county file), a
/// CSV file with one row a unit, or a filled-in XLSX template; a folder means every such file
/// in it. CSV and XLSX columns may carry the Chinese names `describe` prints; the bundled
/// assessments' schemas map them to field keys.
enum InputFiles {
    static func load(_ path: String) throws -> [AssessmentInput] {
        try self.loadWithFiles(path).map(\.input)
    }

    /// Warns on stderr about region codes whose names disagree with GB/T 2260.
    static func warnAboutRegions(_ inputs: [AssessmentInput]) {
        for input in inputs {
            if let warning = RegionNames.mismatch(input.subject) { Printing.stderr(warning) }
        }
    }

    /// Each input with the file it came from, so a problem found later names the file.
    static func loadWithFiles(_ path: String) throws -> [(input: AssessmentInput, file: String)] {
        let loaded = try self.readAll(path)
        self.warnAboutRegions(loaded.map(\.input))
        return loaded
    }

    private static func readAll(_ path: String) throws -> [(input: AssessmentInput, file: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DudaoError(.notFound, "no such file: \(path)")
        }
        if isDirectory.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { name in [".json", ".csv", ".xlsx"].contains { name.lowercased().hasSuffix($0) } && !name.hasPrefix("~$") }
                .sorted()
            return try names.flatMap { name in
                let file = (path as NSString).appendingPathComponent(name)
                return try self.loadFile(file).map { (input: $0, file: file) }
            }
        }
        return try self.loadFile(path).map { (input: $0, file: path) }
    }

    private static func loadFile(_ path: String) throws -> [AssessmentInput] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DudaoError(.notFound, "cannot read \(path)")
        }
        do {
            if path.lowercased().hasSuffix(".xlsx") {
                return [try SpreadsheetInput.read(xlsx: data, schema: self.schema)]
            }
            if path.lowercased().hasSuffix(".csv") {
                let text: String
                if let utf8 = String(data: data, encoding: .utf8) {
                    text = utf8
                } else if let legacy = LegacyEncoding.gb18030(data) {
                    text = legacy
                    Printing.stderr(
                        "note: \(path) is not UTF-8; it was read as GBK/GB18030 (Excel's “CSV”). Save it as “CSV UTF-8” to be sure.\n"
                            + "提示：\(path) 不是 UTF-8 编码，已按 GBK/GB18030 读取；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。\n"
                    )
                } else {
                    throw DudaoError(
                        .invalidArgument, "\(path): not UTF-8 text",
                        violations: [
                            ValidationIssue(
                                path: path, rule: .typeMismatch,
                                zh: "文件不是 UTF-8 编码，也不是 GBK：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”",
                                en: "the file is neither UTF-8 nor GBK text: save it from Excel as “CSV UTF-8 (comma delimited)”"
                            )
                        ]
                    )
                }
                let input = try CSVInput.parse(text)
                return [try self.schema(input.assessment).map { try SpreadsheetInput.normalize(input, schema: $0) } ?? input]
            }
            try JSONSyntaxCheck.check(data, what: path)
            let firstSignificant = data.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }
            if firstSignificant == UInt8(ascii: "[") {
                return try CanonicalJSON.decode([AssessmentInput].self, from: data)
            }
            return [try CanonicalJSON.decode(AssessmentInput.self, from: data)]
        } catch var error as DudaoError {
            error.message = "\(path): \(error.message)"
            throw error
        }
    }

    /// The input schema of a bundled assessment, to read Chinese column names.
    static func schema(_ id: String) -> InputSchema? {
        (try? BundledAssessments.registry())?.assessment(id: id)?.descriptor.schema
    }
}
