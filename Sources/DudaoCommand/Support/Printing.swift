import ArgumentParser
import DudaoCore
import Foundation

/// Output helpers shared by the subcommands.
enum Printing {
    static func json(_ value: some Encodable) throws {
        let data = try CanonicalJSON.encodePretty(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Prints an error with its field violations to stderr and exits with its status code.
    static func fail(_ error: any Error) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
        let dudaoError = DudaoError.from(error)
        var text = "error: \(dudaoError.code.name): \(dudaoError.message)\n"
        for violation in dudaoError.violations {
            text += "  \(violation.path): [\(violation.rule.rawValue)] \(violation.messageEn)\n    \(violation.messageZh)\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
        return ExitCode(Int32(dudaoError.code.rawValue == 0 ? 1 : dudaoError.code.rawValue))
    }

    static func stderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
