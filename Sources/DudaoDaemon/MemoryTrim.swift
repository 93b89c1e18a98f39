import DudaoCore
#if canImport(Glibc)
import Glibc
#endif

/// Gives memory taken under load back to the system now and then.
///
/// The store keeps page caches and reader connections that a burst of reads filled, and glibc
/// keeps memory freed by a burst of large calls (a 100 000-unit input, 256 busy connections) in
/// its arenas, so the daemon's resident size would stay at its peak long after the load. The
/// store releases what it holds only to be fast, then `malloc_trim` returns the unused pages.
/// Both cost little when there is nothing to return.
enum MemoryTrim {
    static let interval: Duration = .seconds(15)

    /// Trims every ``interval`` until the task is cancelled.
    static func run(store: any RecordStore) async {
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
            await store.releaseMemory()
            _ = trim(0)
        }
        #endif
    }
}
