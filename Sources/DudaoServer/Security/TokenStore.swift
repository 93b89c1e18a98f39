import Crypto
import DudaoCore
public import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// API tokens for callers without client certificates, kept as salted SHA-256 hashes.
///
/// The file (`<data-dir>/tokens.json`, mode 0600) never holds a token, only its name, salt, hash,
/// creation time and whether it is revoked; the token itself is shown once, by ``create(name:)``.
/// The daemon rereads the file when it changes, so `dudaod admin token revoke` takes effect on the
/// next call without a restart.
public final class TokenStore: Sendable {
    /// One stored token, without the token.
    public struct Entry: Sendable, Hashable, Codable {
        public var name: String
        public var created: Date
        public var revoked: Bool
        /// Hex of the 16-byte random salt.
        var salt: String
        /// Hex of SHA-256(salt ‖ token).
        var hash: String
    }

    private struct File: Codable {
        var tokens: [Entry]
    }

    private struct Cache {
        var entries: [Entry] = []
        var modified: Date?
    }

    /// Every token starts with this, so a leaked one is easy to recognise (and to scan for).
    public static let prefix = "ddt_"
    /// The file name inside the data directory.
    public static let fileName = "tokens.json"

    public let url: URL
    private let cache = Mutex(Cache())

    /// - Parameter url: The token file; it need not exist yet.
    public init(url: URL) {
        self.url = url
    }

    /// The store in a data directory.
    public convenience init(dataDirectory: URL) {
        self.init(url: dataDirectory.appendingPathComponent(Self.fileName))
    }

    /// Creates a token named `name` and returns it; it cannot be read back later.
    ///
    /// - Throws: `ALREADY_EXISTS` when a token that is not revoked has that name.
    public func create(name: String, now: Date = Date()) throws -> String {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.@".contains($0) }) else {
            throw DudaoError(.invalidArgument, "a token name is letters, digits and - _ . @ only")
        }
        var entries = try self.read()
        guard !entries.contains(where: { $0.name == name && !$0.revoked }) else {
            throw DudaoError(.alreadyExists, "a token named \(name) exists; revoke it first")
        }
        let token = Self.prefix + Self.base64URL(Self.randomBytes(32))
        let salt = Self.randomBytes(16)
        entries.append(Entry(name: name, created: now, revoked: false, salt: salt.lowercaseHex, hash: Self.digest(token, salt: salt).lowercaseHex))
        try self.write(entries)
        return token
    }

    /// Every token ever created, revoked ones included, oldest first.
    public func list() throws -> [Entry] {
        try self.read()
    }

    /// Revokes every token named `name`.
    ///
    /// - Throws: `NOT_FOUND` when no live token has that name.
    public func revoke(name: String) throws {
        var entries = try self.read()
        var found = false
        for index in entries.indices where entries[index].name == name && !entries[index].revoked {
            entries[index].revoked = true
            found = true
        }
        guard found else { throw DudaoError(.notFound, "no live token named \(name)") }
        try self.write(entries)
    }

    /// The name of the live token `token`, or `nil`.
    ///
    /// Every entry is compared, in constant time each, so the time taken does not tell how much
    /// of a guess was right.
    public func verify(_ token: String) -> String? {
        guard token.hasPrefix(Self.prefix), let entries = try? self.current() else { return nil }
        var match: String?
        for entry in entries {
            guard let salt = Self.unhex(entry.salt), let stored = Self.unhex(entry.hash) else { continue }
            let equal = Self.constantTimeEqual(Self.digest(token, salt: salt), stored)
            if equal, !entry.revoked, match == nil {
                match = entry.name
            }
        }
        return match
    }

    // MARK: File

    /// The entries, reread when the file changed since last time.
    private func current() throws -> [Entry] {
        let modified = (try? FileManager.default.attributesOfItem(atPath: self.url.path))?[.modificationDate] as? Date
        if let cached = self.cache.withLock({ $0.modified != nil && $0.modified == modified ? $0.entries : nil }) {
            return cached
        }
        let entries = try self.read()
        self.cache.withLock { $0 = Cache(entries: entries, modified: modified) }
        return entries
    }

    private func read() throws -> [Entry] {
        guard FileManager.default.fileExists(atPath: self.url.path) else { return [] }
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(File.self, from: Data(contentsOf: self.url)).tokens
        } catch {
            throw DudaoError(.internal, "cannot read the token file \(self.url.path): \(error)")
        }
    }

    /// Writes a temporary file with mode 0600 beside the real one and renames it over, so a
    /// reader sees the old file or the new one, never half of one.
    private func write(_ entries: [Entry]) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(File(tokens: entries))
        let directory = self.url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(Self.fileName).\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw DudaoError(.internal, "cannot write \(temporary.path)")
        }
        guard rename(temporary.path, self.url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw DudaoError(.internal, "cannot replace \(self.url.path): errno \(errno)")
        }
        self.cache.withLock { $0 = Cache() }
    }

    // MARK: Bytes

    private static func digest(_ token: String, salt: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: salt)
        hasher.update(data: Array(token.utf8))
        return Array(hasher.finalize())
    }

    private static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices {
            difference |= a[index] ^ b[index]
        }
        return difference == 0
    }

    private static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func unhex(_ string: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var iterator = string.makeIterator()
        while let high = iterator.next() {
            guard let low = iterator.next(), let byte = UInt8(String([high, low]), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
