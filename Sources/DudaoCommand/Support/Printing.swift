import ArgumentParser
import DudaoCore
import DudaoReport
import Foundation

/// Output helpers shared by the subcommands.
enum Printing {
    static func json(_ value: some Encodable) throws {
        let data = try CanonicalJSON.encodePretty(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Prints an error with its field violations to stderr and exits with its status code.
    ///
    /// - Parameter language: The language the user chose, for a command that has one: each
    ///   problem is then said once, in that language, under the file it was found in. Without
    ///   one, both languages are printed.
    static func fail(_ error: any Error, language: Language? = nil) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
        let dudaoError = DudaoError.from(error)
        FileHandle.standardError.write(Data(self.errorText(dudaoError, language: language).utf8))
        return ExitCode(Int32(dudaoError.code.rawValue == 0 ? 1 : dudaoError.code.rawValue))
    }

    static func errorText(_ error: DudaoError, language: Language?) -> String {
        guard let language, !error.violations.isEmpty else {
            var text = "error: \(error.code.name): \(error.message)\n"
            for violation in error.violations {
                text += "  \(violation.path): [\(violation.rule.rawValue)] \(violation.messageEn)\n    \(violation.messageZh)\n"
            }
            return text
        }
        // `path/to/file.csv: …` → the file, which the message names first when it came from one.
        let file = error.message.split(separator: ": ", maxSplits: 1).first.map(String.init).flatMap { head in
            [".json", ".csv", ".xlsx"].contains { head.lowercased().hasSuffix($0) } ? head : nil
        }
        let count = error.violations.count
        var text = language == .zh
            ? "错误：\(file.map { "\($0)：" } ?? "")输入有 \(count) 处问题\n"
            : "error: \(file.map { "\($0): " } ?? "")the input has \(count) problem\(count == 1 ? "" : "s")\n"
        for violation in error.violations {
            text += language == .zh
                ? "  \(violation.path)：\(violation.messageZh)\n"
                : "  \(violation.path): \(violation.messageEn) [\(violation.rule.rawValue)]\n"
        }
        return text
    }

    static func stderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
