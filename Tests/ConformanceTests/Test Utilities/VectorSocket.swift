import DudaoProto
import Foundation
import SwiftProtobuf

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain blocking TCP socket for replaying a vector byte for byte, independent of the client
/// library and of SwiftNIO: the vectors are about bytes, so the bytes go out exactly as stored.
/// Reads time out after 10 seconds so that a missing answer fails the test instead of hanging.
final class VectorSocket {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let fd: Int32

    init(port: Int) throws {
        self.fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard self.fd >= 0 else { throw Failure(description: "socket(): errno \(errno)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(self.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(self.fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            close(self.fd)
            throw Failure(description: "connect() to port \(port): errno \(errno)")
        }
    }

    deinit {
        close(self.fd)
    }

    func write(_ data: Data) throws {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(self.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw Failure(description: "send(): errno \(errno)") }
            offset += written
        }
    }

    /// Shuts the sending side: the server sees the end of the stream.
    func shutdownWrite() {
        shutdown(self.fd, Int32(SHUT_WR))
    }

    /// `nil` at the end of the stream before a byte of the next frame.
    func readFrame() throws -> Dudao_V1_Frame? {
        guard let header = try self.read(5) else { return nil }
        guard header[0] == 0 else { throw Failure(description: "the server sent a frame with flags 0x\(String(header[0], radix: 16))") }
        let length = header[1...4].reduce(0) { $0 << 8 | Int($1) }
        guard let body = length == 0 ? [] : try self.read(length) else {
            throw Failure(description: "the stream ended after a frame header")
        }
        return try Dudao_V1_Frame(serializedBytes: body)
    }

    private func read(_ count: Int) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = buffer[done...].withUnsafeMutableBytes { recv(self.fd, $0.baseAddress, $0.count, 0) }
            if got == 0 {
                if done == 0 { return nil }
                throw Failure(description: "the stream ended inside a frame (\(done) of \(count) bytes)")
            }
            guard got > 0 else { throw Failure(description: "recv(): errno \(errno) (10 s timeout)") }
            done += got
        }
        return buffer
    }
}
