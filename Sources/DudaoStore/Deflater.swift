import Foundation
import Synchronization
import SystemZlib

/// A zlib deflate stream that is reset and used again rather than set up for every body.
///
/// Setting a stream up allocates and clears about 256 KiB of tables. For a 50 KB result that is
/// nearly as much work as the compression itself: in C on this machine, `compress2` takes about
/// 210 µs and a reset stream 115 µs. So a few set-up streams are kept in a pool, one per core.
/// A stream takes the level of each body after its reset (`deflateParams` before any input
/// changes no tables), so one pool serves the result bodies written on every call and the
/// inputs and templates written once per digest.
///
/// A deflater is used by one caller at a time: ``take()`` hands it out, and ``giveBack()``
/// returns it to the pool. This is why it is `@unchecked Sendable`.
final class Deflater: @unchecked Sendable {
    private var stream = z_stream()
    private var level: CompressedBlob.Level = .fast

    private init() {
        let status = deflateInit_(&self.stream, self.level.zlibLevel, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        // deflateInit fails only on bad arguments or when no memory is left.
        precondition(status == Z_OK, "zlib deflateInit failed with status \(status)")
    }

    deinit {
        deflateEnd(&self.stream)
    }

    /// The zlib stream of `bytes` at `level`, after `header`.
    func compress(_ bytes: Data, level: CompressedBlob.Level, after header: [UInt8]) -> Data {
        deflateReset(&self.stream)
        if level != self.level {
            let status = deflateParams(&self.stream, level.zlibLevel, Z_DEFAULT_STRATEGY)
            // Right after a reset there is no pending input, so only bad arguments could fail.
            precondition(status == Z_OK, "zlib deflateParams failed with status \(status)")
            self.level = level
        }
        let bound = Int(deflateBound(&self.stream, uLong(bytes.count)))
        var output = Data(count: header.count + bound)
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

    /// An idle deflater from the pool, or a new one.
    static func take() -> Deflater {
        Self.idle.withLock { $0.popLast() } ?? Deflater()
    }

    /// Returns this deflater to the pool, or lets it go when the pool is full.
    func giveBack() {
        Self.idle.withLock { idle in
            if idle.count < Self.poolSize { idle.append(self) }
        }
    }

    private static let idle = Mutex<[Deflater]>([])
    /// One per core, each holding about 256 KiB. Read once: Foundation reads the cgroup files
    /// again on every `activeProcessorCount`.
    private static let poolSize = ProcessInfo.processInfo.activeProcessorCount
}
