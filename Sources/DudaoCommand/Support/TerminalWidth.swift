#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width tables are printed in: the terminal's when standard output is one, otherwise
/// ``TextTable/defaultWidth`` (120), so files and pipes get the same text on every machine.
enum TerminalWidth {
    static func current() -> Int {
        guard isatty(STDOUT_FILENO) == 1 else { return 120 }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 else { return 120 }
        return Int(size.ws_col)
    }
}
