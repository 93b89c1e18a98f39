/// The version of this build of the command-line tool.
enum DudaoVersion {
    static let current = "0.1.0"

    /// How published files name the program that made them.
    static let generator = "dudao \(current)"
}
