import Testing

@testable import DudaoDaemon

@Suite("Malloc arenas")
struct MemoryArenasTests {
    @Test("the cap is one arena per core, at least two")
    func capFollowsCores() {
        #expect(MemoryArenas.limit(cores: 1) == 2)
        #expect(MemoryArenas.limit(cores: 2) == 2)
        #expect(MemoryArenas.limit(cores: 16) == 16)
    }

    @Test("an operator's MALLOC_ARENA_MAX is left alone; otherwise glibc accepts the cap")
    func operatorWins() {
        #expect(MemoryArenas.limitToCores(environment: ["MALLOC_ARENA_MAX": "8"], cores: 2) == nil)
        #if canImport(Glibc)
        #expect(MemoryArenas.limitToCores(environment: [:], cores: 64) == 64)
        #endif
    }
}
