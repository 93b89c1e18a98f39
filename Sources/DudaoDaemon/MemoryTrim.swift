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
        #if canImport(Glibc)
        // malloc_trim is a GNU extension the Glibc module does not import; it is looked up once.
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return }
        let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        while true {
            do {
                try await Task.sleep(for: Self.interval)
            } catch {
                return
            }
            _ = trim(0)
        }
        #endif
    }
}
