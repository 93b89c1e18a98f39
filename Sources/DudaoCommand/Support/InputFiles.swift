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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DudaoError(.notFound, "no such file: \(path)")
        }
        if isDirectory.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { name in [".json", ".csv", ".xlsx"].contains { name.lowercased().hasSuffix($0) } && !name.hasPrefix("~$") }
                .sorted()
            return try names.flatMap { try self.loadFile((path as NSString).appendingPathComponent($0)) }
        }
        return try self.loadFile(path)
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
                guard let text = String(data: data, encoding: .utf8) else {
                    throw DudaoError(.invalidArgument, "\(path) is not UTF-8 text (save the CSV as “CSV UTF-8”)")
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
