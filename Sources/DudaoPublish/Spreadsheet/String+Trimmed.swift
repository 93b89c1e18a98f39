import Foundation

extension StringProtocol {
    /// Without leading and trailing spaces and line breaks, as spreadsheet cells are read.
    func trimmingWhitespace() -> String {
        self.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
