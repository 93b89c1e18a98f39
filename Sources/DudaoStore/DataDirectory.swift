import DudaoCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The daemon's hold on its data directory: one daemon per directory, and files only its owner
/// can read.
///
/// Two daemons on one directory would both write records and tokens, and each would believe it
/// holds the only copy; the second is refused, naming the first's pid. Records name schools and
/// who asked about them, so the directory is `0700` and its files `0600`.
public final class DataDirectory: Sendable {
    /// The lock file inside the data directory; it holds the pid of the daemon that has it.
    public static let lockFileName = "dudaod.lock"

    public let path: String
    private let descriptor: Int32

    /// Takes the directory for this process: creates it (`0700`) when absent, tightens the modes
    /// of what is there, and takes an exclusive `flock` on its lock file for as long as this
    /// object lives.
    ///
    /// - Throws: `FAILED_PRECONDITION` naming the pid of the daemon that holds it;
    ///   `UNAVAILABLE` when the directory cannot be created or the lock file opened.
    public init(path: String) throws {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw DudaoError(.unavailable, "the data directory \(path) cannot be created: \(error.localizedDescription)")
        }
        Self.makePrivate(path)
        let lockPath = URL(fileURLWithPath: path).appendingPathComponent(Self.lockFileName).path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            // A read-only directory cannot hold a lock file; the store then serves reads only,
            // and no second daemon can write there either.
            self.descriptor = -1
            return
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: lockPath, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            let who = holder.flatMap { $0.isEmpty ? nil : "pid \($0)" } ?? "another process"
            throw DudaoError(
                .failedPrecondition,
                "the data directory \(path) is in use by another dudaod (\(who)); stop it first, or give this one its own --data-dir"
            )
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
        self.descriptor = descriptor
    }

    deinit {
        if self.descriptor >= 0 {
            close(self.descriptor)
        }
    }

    /// Sets the directory to `0700` and the files the daemon keeps in it to `0600`, where this
    /// process may; files it cannot change are left as they are (a read-only directory).
    static func makePrivate(_ path: String) {
        let manager = FileManager.default
        try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        for name in names where name.hasPrefix(SQLiteRecordStore.fileName) || name.hasSuffix(".json") || name == Self.lockFileName {
            try? manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: URL(fileURLWithPath: path).appendingPathComponent(name).path)
        }
    }
}
