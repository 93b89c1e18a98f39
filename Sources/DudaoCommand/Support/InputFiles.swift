import DudaoCore
import Foundation

/// Reads assessment inputs from files: a JSON object, a JSON array (a multi-county file), or a
/// CSV file with one row a unit; a folder means every such file in it.
enum InputFiles {
    static func load(_ path: String) throws -> [AssessmentInput] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DudaoError(.notFound, "no such file: \(path)")
        }
        if isDirectory.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }
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
            if path.lowercased().hasSuffix(".csv") {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw DudaoError(.invalidArgument, "\(path) is not UTF-8 text")
                }
                return [try CSVInput.parse(text)]
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
}
