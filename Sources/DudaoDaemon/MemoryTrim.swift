#if canImport(Glibc)
import Glibc
#endif

/// Gives freed heap memory back to the system now and then.
///
/// glibc keeps memory freed by a burst of large calls (a 100 000-unit input, 256 busy
/// connections) in its arenas, so the daemon's resident size stays at its peak long after the
/// load; `malloc_trim` returns the unused pages. It costs little when there is nothing to return.
enum MemoryTrim {
    static let interval: Duration = .seconds(15)

    /// Trims every ``interval`` until the task is cancelled.
    static func run() async {
        while true {
            do {
                try await Task.sleep(for: Self.interval)
            } catch {
                return
            }
            #if canImport(Glibc)
            _ = malloc_trim(0)
            #endif
        }
    }
}
