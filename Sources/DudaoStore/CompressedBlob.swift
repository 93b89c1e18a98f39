import DudaoCore
import Foundation
import SystemZlib
import SystemZstd

/// A stored body, compressed: one format byte, the original length (4 bytes, little endian),
/// then the compressed stream.
///
/// Results repeat school names, codes and citations many times, so they shrink about fourfold;
/// the length up front lets the reader allocate once and check it got everything back. Bodies are
/// written as zstd frames, which for a 54 KB result's facts are smaller than zlib's fastest level
/// and take about two thirds of its time; records stored before then hold zlib streams, which are
/// still read.
enum CompressedBlob {
    /// Format byte of a zlib-compressed protobuf message (records stored before zstd).
    static let zlibProtobuf: UInt8 = 1
    /// Format byte of a zstd-compressed protobuf message.
    static let zstdProtobuf: UInt8 = 2

    /// How hard to compress: bodies written on every call favour speed, bodies stored once per
    /// digest favour size.
    enum Level {
        case fast
        case small

        /// Level 4 is the smallest output before zstd's lazy matching makes it about three times
        /// slower.
        var zstdLevel: Int32 {
            switch self {
            case .fast: 1
            case .small: 4
            }
        }
    }

    static func encode(_ bytes: Data, level: Level) -> Data {
        var header = [Self.zstdProtobuf]
        withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { header += $0 }
        let compressor = Compressor.take()
        defer { compressor.giveBack() }
        return compressor.compress(bytes, level: level.zstdLevel, after: header)
    }

    /// - Throws: ``DudaoError/Code/dataLoss`` when the blob is not one this store wrote.
    static func decode(_ blob: Data) throws -> Data {
        guard blob.count >= 5, let format = blob.first, format == Self.zstdProtobuf || format == Self.zlibProtobuf else {
            throw DudaoError(.dataLoss, "a stored body has an unknown format")
        }
        let length = blob.dropFirst().prefix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        var output = Data(count: length)
        let complete = output.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) -> Bool in
            blob.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Bool in
                let stream = UnsafeRawBufferPointer(rebasing: source[5...])
                return format == Self.zstdProtobuf ? Self.unzstd(stream, into: target) : Self.unzlib(stream, into: target)
            }
        }
        guard complete else {
            throw DudaoError(.dataLoss, "a stored body does not decompress to its recorded \(length) bytes")
        }
        return output
    }

    private static func unzstd(_ stream: UnsafeRawBufferPointer, into target: UnsafeMutableRawBufferPointer) -> Bool {
        let produced = ZSTD_decompress(target.baseAddress, target.count, stream.baseAddress, stream.count)
        return ZSTD_isError(produced) == 0 && produced == target.count
    }

    private static func unzlib(_ stream: UnsafeRawBufferPointer, into target: UnsafeMutableRawBufferPointer) -> Bool {
        var produced = uLong(target.count)
        let status = uncompress(
            target.baseAddress?.assumingMemoryBound(to: Bytef.self), &produced,
            stream.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(stream.count)
        )
        return status == Z_OK && produced == uLong(target.count)
    }
}
