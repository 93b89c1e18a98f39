import Foundation
import Synchronization
import SystemZlib

/// A zlib deflate stream that is reset and used again rather than set up for every body.
///
/// Setting a stream up allocates and clears about 256 KiB of tables. For a 50 KB result that is
/// nearly as much work as the compression itself: in C on this machine, `compress2` takes about
/// 210 µs and a reset stream 115 µs. So a few set-up streams are kept in a pool.
///
/// A deflater is used by one caller at a time: ``take(level:)`` hands it out, and
/// ``giveBack()`` returns it to the pool. This is why it is `@unchecked Sendable`.
final class Deflater: @unchecked Sendable {
    private var stream = z_stream()
    private let level: CompressedBlob.Level

    private init(level: CompressedBlob.Level) {
        self.level = level
        let status = deflateInit_(&self.stream, level.zlibLevel, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        // deflateInit fails only on bad arguments or when no memory is left.
        precondition(status == Z_OK, "zlib deflateInit failed with status \(status)")
    }

    deinit {
        deflateEnd(&self.stream)
    }

    /// The zlib stream of `bytes`, after `header`.
    func compress(_ bytes: Data, after header: [UInt8]) -> Data {
        let bound = Int(deflateBound(&self.stream, uLong(bytes.count)))
        var output = Data(count: header.count + bound)
        deflateReset(&self.stream)
        let produced = output.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) -> Int in
            target.copyBytes(from: header)
            return bytes.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Int in
                // zlib does not write through next_in; its declaration predates const.
                self.stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
                self.stream.avail_in = uInt(source.count)
                self.stream.next_out = target.baseAddress!.advanced(by: header.count).assumingMemoryBound(to: Bytef.self)
                self.stream.avail_out = uInt(bound)
                let status = deflate(&self.stream, Z_FINISH)
                // With deflateBound bytes of room, one call finishes the stream.
                precondition(status == Z_STREAM_END, "zlib deflate failed with status \(status)")
                return header.count + Int(self.stream.total_out)
            }
        }
        self.stream.next_in = nil
        self.stream.next_out = nil
        // A new Data of the compressed size: the record waits for its commit holding this, not
        // a buffer of deflateBound bytes.
        return Data(output.prefix(produced))
    }

    /// A deflater at `level`: an idle one from the pool for `.fast`, else a new one.
    static func take(level: CompressedBlob.Level) -> Deflater {
        guard level == .fast else { return Deflater(level: level) }
        return Self.idle.withLock { $0.popLast() } ?? Deflater(level: level)
    }

    /// Returns this deflater to the pool, or lets it go when it is not pooled or the pool is full.
    func giveBack() {
        guard self.level == .fast else { return }
        Self.idle.withLock { idle in
            if idle.count < Self.poolSize { idle.append(self) }
        }
    }

    /// Idle deflaters at `.fast`, the level of the result body written on every call. A body at
    /// `.small` is compressed once per digest, rarely enough that its deflater is not kept.
    private static let idle = Mutex<[Deflater]>([])
    /// One per core, each holding about 256 KiB. Read once: Foundation reads the cgroup files
    /// again on every `activeProcessorCount`.
    private static let poolSize = ProcessInfo.processInfo.activeProcessorCount
}
