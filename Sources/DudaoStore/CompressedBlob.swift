import SystemZlib
import DudaoCore
import Foundation

/// A stored body compressed with zlib: one format byte, the original length (4 bytes, little
/// endian), then the zlib stream.
///
/// Results repeat school names, codes and citations many times, so they shrink about tenfold;
/// the length up front lets the reader allocate once and check it got everything back.
enum CompressedBlob {
    /// Format byte of a zlib-compressed protobuf message.
    static let zlibProtobuf: UInt8 = 1

    /// How hard to compress: bodies written on every call favour speed, bodies stored once per
    /// digest favour size.
    enum Level {
        case fast
        case small

        var zlibLevel: Int32 {
            switch self {
            case .fast: Z_BEST_SPEED
            case .small: Z_DEFAULT_COMPRESSION
            }
        }
    }

    static func encode(_ bytes: Data, level: Level) -> Data {
        var header = [Self.zlibProtobuf]
        withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { header += $0 }
        let deflater = Deflater.take()
        defer { deflater.giveBack() }
        return deflater.compress(bytes, level: level, after: header)
    }

    /// - Throws: ``DudaoError/Code/dataLoss`` when the blob is not one this store wrote.
    static func decode(_ blob: Data) throws -> Data {
        guard blob.count >= 5, blob.first == Self.zlibProtobuf else {
            throw DudaoError(.dataLoss, "a stored body has an unknown format")
        }
        let length = blob.dropFirst().prefix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        var output = Data(count: length)
        var produced = uLong(length)
        let status = output.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) -> Int32 in
            blob.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Int32 in
                uncompress(
                    target.baseAddress?.assumingMemoryBound(to: Bytef.self), &produced,
                    source.baseAddress!.advanced(by: 5).assumingMemoryBound(to: Bytef.self), uLong(blob.count - 5)
                )
            }
        }
        guard status == Z_OK, produced == uLong(length) else {
            throw DudaoError(.dataLoss, "a stored body does not decompress (zlib status \(status))")
        }
        return output
    }
}
