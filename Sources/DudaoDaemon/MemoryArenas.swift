#if canImport(Glibc)
import Glibc
#endif

/// Caps the number of glibc malloc arenas at the number of cores.
///
/// glibc gives a thread that meets a locked arena a new one, up to eight per core, and each keeps
/// its freed pages for reuse. The daemon's event loops, the evaluation executor and the store's
/// writer all allocate, so under 64 connections its resident size grew by a few megabytes of
/// arenas that a 2-core machine cannot use at once. With one arena per core (at least two) the
/// peak at 64 × 1 recorded was 54–58 MB against 57–61 MB, and the CPU per call did not change
/// (Benchmarks in the README). An operator's own `MALLOC_ARENA_MAX` wins.
enum MemoryArenas {
    /// glibc's `M_ARENA_MAX` option of `mallopt`.
    private static let arenaMaxOption: Int32 = -8

    /// The cap applied when the environment sets none.
    static func limit(cores: Int) -> Int32 {
        Int32(clamping: max(2, cores))
    }

    /// Sets the cap, unless `MALLOC_ARENA_MAX` is set; returns the cap applied, if any.
    @discardableResult
    static func limitToCores(environment: [String: String], cores: Int) -> Int32? {
        #if canImport(Glibc)
        guard environment["MALLOC_ARENA_MAX"] == nil else { return nil }
        // mallopt is declared in malloc.h, which the Glibc module does not import; looked up once.
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "mallopt") else { return nil }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let cap = limit(cores: cores)
        return mallopt(arenaMaxOption, cap) == 1 ? cap : nil
        #else
        return nil
        #endif
    }
}
