import Foundation
import Synchronization
import SystemZstd

/// A zstd compression context that is used again rather than set up for every body.
///
/// A context keeps its tables between bodies, so compressing a record's facts allocates nothing
/// but the output. A few contexts are kept in a pool, one per core.
///
/// A compressor is used by one caller at a time: ``take()`` hands it out, and ``giveBack()``
/// returns it to the pool. This is why it is `@unchecked Sendable`.
final class Compressor: @unchecked Sendable {
    private let context: OpaquePointer

    private init() {
        // ZSTD_createCCtx fails only when no memory is left.
        guard let context = ZSTD_createCCtx() else { preconditionFailure("zstd could not allocate a compression context") }
        self.context = context
    }

    deinit {
        ZSTD_freeCCtx(self.context)
    }

    /// One zstd frame of `bytes` at `level`, after `header`.
    func compress(_ bytes: Data, level: Int32, after header: [UInt8]) -> Data {
        let bound = ZSTD_compressBound(bytes.count)
        var output = Data(count: header.count + bound)
        let produced = output.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) -> Int in
            target.copyBytes(from: header)
            return bytes.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Int in
                ZSTD_compressCCtx(self.context, target.baseAddress! + header.count, bound, source.baseAddress, source.count, level)
            }
        }
        // With ZSTD_compressBound bytes of room, only a bad level could fail.
        precondition(ZSTD_isError(produced) == 0, "zstd compression failed: \(String(cString: ZSTD_getErrorName(produced)))")
        // A new Data of the compressed size: the record waits for its commit holding this, not
        // a buffer of the bound.
        return Data(output.prefix(header.count + produced))
    }

    /// An idle compressor from the pool, or a new one.
    static func take() -> Compressor {
        Self.idle.withLock { $0.popLast() } ?? Compressor()
    }

    /// Returns this compressor to the pool, or lets it go when the pool is full.
    func giveBack() {
        Self.idle.withLock { idle in
            if idle.count < Self.poolSize { idle.append(self) }
        }
    }

    private static let idle = Mutex<[Compressor]>([])
    /// One per core. Read once: Foundation reads the cgroup files again on every
    /// `activeProcessorCount`.
    private static let poolSize = ProcessInfo.processInfo.activeProcessorCount
}
