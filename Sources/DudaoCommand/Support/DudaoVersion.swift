/// The version of this build of the command-line tool.
enum DudaoVersion {
    static let current = "0.1.0"
}
