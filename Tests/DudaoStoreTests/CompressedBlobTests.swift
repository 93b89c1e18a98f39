import Foundation
import SystemZlib
import Testing

@testable import DudaoStore

/// Bodies compressed by pooled, reused deflaters read back unchanged, and their bytes are those a
/// fresh zlib stream would write: records stored before the pool and after it are alike.
struct CompressedBlobTests {
    /// Bodies of several sizes, each larger than the last so a reused deflater must grow.
    static let bodies: [Data] = [0, 1, 300, 40_000, 120_000].map { size in
        Data((0..<size).map { UInt8(truncatingIfNeeded: ($0 * 7) ^ ($0 >> 5)) })
    }

    @Test("bodies of growing sizes, compressed again and again, read back unchanged and as compress2 writes them")
    func roundTripMatchesFreshStream() throws {
        for _ in 0..<3 {
            for body in Self.bodies {
                for level in [CompressedBlob.Level.fast, .small] {
                    let blob = CompressedBlob.encode(body, level: level)
                    #expect(try CompressedBlob.decode(blob) == body)
                    #expect(blob.dropFirst(5) == Self.compress2(body, level: level), "\(body.count) bytes at \(level)")
                }
            }
        }
    }

    @Test("many tasks compressing at once each get their own body back")
    func concurrentCallers() async throws {
        let decoded = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let body = Self.bodies[index % Self.bodies.count] + Data("caller \(index)".utf8)
                    return (index, try CompressedBlob.decode(CompressedBlob.encode(body, level: .fast)))
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for (index, body) in decoded {
            #expect(body == Self.bodies[index % Self.bodies.count] + Data("caller \(index)".utf8))
        }
    }

    private static func compress2(_ body: Data, level: CompressedBlob.Level) -> Data {
        var size = compressBound(uLong(body.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = body.withUnsafeBytes { source in
            SystemZlib.compress2(&output, &size, source.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(body.count), level.zlibLevel)
        }
        precondition(status == Z_OK)
        return Data(output[..<Int(size)])
    }
}
