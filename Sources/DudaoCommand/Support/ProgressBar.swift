import Foundation

/// A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal.
final class ProgressBar: Sendable {
    let total: Int
    let enabled: Bool

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && isatty(FileHandle.standardError.fileDescriptor) != 0
    }

    func update(done: Int) {
        guard self.enabled, self.total > 0 else { return }
        let width = 30
        let filled = done * width / self.total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Printing.stderr("\r\(bar) \(done)/\(self.total)")
    }

    /// Prints `line` on stderr above the bar (clearing the bar's line first when it is drawn).
    func log(_ line: String) {
        Printing.stderr((self.enabled ? "\r\u{1B}[2K" : "") + line + "\n")
    }

    func finish() {
        if self.enabled { Printing.stderr("\n") }
    }
}
