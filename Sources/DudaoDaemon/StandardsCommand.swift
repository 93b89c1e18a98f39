import ArgumentParser
import DudaoStore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `dudaod admin standards reload`: asks the daemon that holds a data directory to reload its
/// standard packs (and certificate and policy), as SIGHUP does.
///
/// Authorization is the operating system's: the daemon's pid comes from the lock file in its data
/// directory (readable by the daemon's user only) and only that user (or root) may signal it.
struct StandardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standards",
        abstract: "Manage the standard packs of a running daemon.",
        subcommands: [Reload.self]
    )

    struct Reload: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reload the standard packs of the daemon holding DATA-DIR; a refused pack leaves its last good version serving (see the daemon's log)."
        )

        @OptionGroup var storage: DataDirectoryOptions

        func run() throws {
            let directory = self.storage.dataDir ?? "./data"
            let lock = URL(fileURLWithPath: directory).appendingPathComponent(DataDirectory.lockFileName).path
            guard let text = try? String(contentsOfFile: lock, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0 else {
                FileHandle.standardError.write(Data("dudaod admin standards reload: no daemon holds \(directory) (no pid in \(lock))\n".utf8))
                throw ExitCode(69)
            }
            // A pid left in the file by a daemon that has stopped may name another process now:
            // signal only while the lock is held.
            let descriptor = open(lock, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                defer { close(descriptor) }
                if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                    flock(descriptor, LOCK_UN)
                    FileHandle.standardError.write(Data("dudaod admin standards reload: no daemon is running on \(directory)\n".utf8))
                    throw ExitCode(69)
                }
            }
            guard kill(pid, SIGHUP) == 0 else {
                let reason = String(cString: strerror(errno))
                FileHandle.standardError.write(Data("dudaod admin standards reload: cannot signal pid \(pid): \(reason)\n".utf8))
                throw ExitCode(errno == EPERM ? 77 : 69)
            }
            print("asked dudaod (pid \(pid)) to reload its standard packs; its log lists any pack refused")
        }
    }
}
