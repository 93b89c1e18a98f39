import DudaoCore
import Foundation
import SystemZlib
import SystemZstd
import Testing

@testable import DudaoStore

/// Bodies compressed by pooled, reused zstd contexts read back unchanged, as standard zstd frames;
/// bodies stored as zlib streams before still read back; a damaged body is data loss, not garbage.
struct CompressedBlobTests {
    /// Bodies of several sizes, each larger than the last so a reused context must grow.
    static let bodies: [Data] = [0, 1, 300, 40_000, 120_000].map { size in
        Data((0..<size).map { UInt8(truncatingIfNeeded: ($0 * 7) ^ ($0 >> 5)) })
    }

    @Test("bodies of growing sizes, compressed again and again at both levels, read back unchanged as zstd frames")
    func roundTrip() throws {
        for _ in 0..<3 {
            for body in Self.bodies {
                for level in [CompressedBlob.Level.fast, .small] {
                    let blob = CompressedBlob.encode(body, level: level)
                    #expect(try CompressedBlob.decode(blob) == body)
                    #expect(blob.first == CompressedBlob.zstdProtobuf)
                    // A plain zstd frame that records its size: `zstd -d` reads it once the five
                    // header bytes are cut off.
                    let frame = Data(blob.dropFirst(5))
                    let size = frame.withUnsafeBytes { ZSTD_getFrameContentSize($0.baseAddress, $0.count) }
                    #expect(size == UInt64(body.count), "\(body.count) bytes at \(level)")
                }
            }
        }
    }

    @Test("a body stored as a zlib stream, as records were before zstd, still reads back")
    func zlibBodiesStillRead() throws {
        for body in Self.bodies {
            #expect(try CompressedBlob.decode(Self.zlibBlob(body)) == body)
        }
    }

    @Test("a cut-off stream, a wrong recorded length or an unknown format byte is data loss", arguments: [CompressedBlob.zstdProtobuf, CompressedBlob.zlibProtobuf])
    func damagedBodies(format: UInt8) throws {
        let body = Self.bodies[3]
        let blob = format == CompressedBlob.zstdProtobuf ? CompressedBlob.encode(body, level: .fast) : Self.zlibBlob(body)
        var longer = blob
        longer[1] &+= 1
        var unknown = blob
        unknown[0] = 9
        for damaged in [blob.prefix(blob.count - 3), longer, unknown, blob.prefix(4)] {
            let error = #expect(throws: DudaoError.self) { try CompressedBlob.decode(Data(damaged)) }
            #expect(error?.code == .dataLoss)
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

    /// A body in the format records were stored in before zstd: format byte 1, the length, then
    /// a zlib stream.
    private static func zlibBlob(_ body: Data) -> Data {
        var size = compressBound(uLong(body.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = body.withUnsafeBytes { source in
            SystemZlib.compress2(&output, &size, source.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(body.count), Z_BEST_SPEED)
        }
        precondition(status == Z_OK)
        var blob = Data([CompressedBlob.zlibProtobuf])
        withUnsafeBytes(of: UInt32(body.count).littleEndian) { blob += $0 }
        return blob + output[..<Int(size)]
    }
}
