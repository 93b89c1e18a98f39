import DudaoCore
import Foundation

/// A shipped example under `Examples/<id>/` as `dudao evaluate` reads it: the file, and for a
/// file of several subjects the subject chosen with `--subject` (the first one).
struct ExampleCase: Sendable, CustomStringConvertible {
    var file: String
    var subject: String?

    var description: String { self.file + (self.subject.map { " --subject \($0)" } ?? "") }

    /// `Snapshots/<id>/<file>.<zh|en>.txt`.
    func snapshot(_ language: String) -> URL {
        let parts = self.file.split(separator: "/")
        return ExampleCase.snapshots
            .appendingPathComponent(String(parts[1]))
            .appendingPathComponent("\(parts[2]).\(language).txt")
    }

    static let snapshots = CommandRun.packageRoot.appendingPathComponent("Tests/DudaoCommandTests/Snapshots")

    /// Every input file of every example folder.
    static func all() throws -> [ExampleCase] {
        let root = CommandRun.packageRoot.appendingPathComponent("Examples")
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
                .filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }
                .map { name in
                    let file = "Examples/\(folder)/\(name)"
                    return ExampleCase(file: file, subject: try self.inputs(file).count > 1 ? self.inputs(file).first?.subject.code : nil)
                }
        }
    }

    /// The inputs in an example file, read as the CLI reads them (JSON object or array, or CSV).
    static func inputs(_ file: String) throws -> [AssessmentInput] {
        let data = try Data(contentsOf: CommandRun.packageRoot.appendingPathComponent(file))
        if file.hasSuffix(".csv") { return [try CSVInput.parse(String(decoding: data, as: UTF8.self))] }
        let first = data.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }
        if first == UInt8(ascii: "[") { return try CanonicalJSON.decode([AssessmentInput].self, from: data) }
        return [try CanonicalJSON.decode(AssessmentInput.self, from: data)]
    }
}
