import DudaoClient
import DudaoCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `dudao batch` against a real `dudaod` killed by SIGKILL in the middle of the batch: the CLI
/// keeps and prints the items it received, each stored one with its record id, and says which
/// inputs were not stored.
@Suite("dudao batch cut off by a daemon crash", .serialized, .timeLimit(.minutes(2)))
struct BatchCutOffTests {
    /// `dudao`, built beside `dudaod`.
    static func commandBinary() throws -> URL {
        let url = try DaemonProcess.binary().deletingLastPathComponent().appendingPathComponent("dudao")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            Issue.record("dudao is not built beside dudaod; run `swift build --build-tests`")
            throw CancellationError()
        }
        return url
    }

    @Test("SIGKILL mid-batch: the received items are printed with their record ids, every one is stored, the rest are named as not stored")
    func killedMidBatch() async throws {
        try await DaemonCrashTests.withDataDirectory { directory in
            let inputs = try DaemonCrashTests.inputs(count: 200)
            let file = URL(fileURLWithPath: directory + "-inputs.json")
            try CanonicalJSON.encode(inputs).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let daemon = try await DaemonProcess(dataDirectory: directory)

            let command = Process()
            command.executableURL = try Self.commandBinary()
            command.arguments = ["batch", file.path, "--host", "127.0.0.1", "--port", String(daemon.port), "--client-name", "batch-cut-off", "--format", "json", "--quiet", "--english"]
            let output = Pipe()
            let errors = Pipe()
            command.standardOutput = output
            command.standardError = errors
            try command.run()
            let pid = daemon.process.processIdentifier
            // Read on threads of their own: the cooperative pool must not block on a pipe.
            async let standardOutput = Self.readToEnd(output.fileHandleForReading)
            let standardError: String = await withCheckedContinuation { continuation in
                Thread.detachNewThread {
                    var text = ""
                    var killed = false
                    while true {
                        let chunk = errors.fileHandleForReading.availableData
                        if chunk.isEmpty { break }
                        text += String(decoding: chunk, as: UTF8.self)
                        if !killed, text.components(separatedBy: "\n").filter({ $0.hasPrefix("[") }).count >= 10 {
                            _ = Glibc.kill(pid, SIGKILL)
                            killed = true
                        }
                    }
                    continuation.resume(returning: text)
                }
            }
            let printed = await standardOutput
            command.waitUntilExit()
            if daemon.process.isRunning {
                Issue.record("dudao ended before ten items arrived: \(standardError)")
                daemon.kill()
            }
            daemon.process.waitUntilExit()

            #expect(command.terminationStatus == Int32(DudaoError.Code.unavailable.rawValue), "\(standardError)")
            let itemLines = standardError.components(separatedBy: "\n").filter { $0.hasPrefix("[") }
            let storedIDs = Set(itemLines.compactMap { line in line.split(separator: " ").first { $0.hasPrefix(RecordID.prefix) }.map(String.init) })
            #expect(storedIDs.count >= 10)
            #expect(itemLines.count < inputs.count, "the batch finished before the daemon was killed")
            #expect(standardError.contains("after \(itemLines.count) of \(inputs.count) items: \(storedIDs.count) stored"), "\(standardError)")
            #expect(standardError.contains("not answered, not stored: inputs "), "\(standardError)")
            // The received items are kept on standard output too, each with its record id.
            for id in storedIDs {
                #expect(printed.contains("\"\(id)\""), "record \(id) is missing from the printed batch")
            }

            // Every item shown as stored is in the store, whole, after a restart.
            let restarted = try await DaemonProcess(dataDirectory: directory)
            defer { restarted.terminate() }
            let reader = try await DudaoClient.connect(host: "127.0.0.1", port: restarted.port, clientName: "batch-cut-off-check")
            for id in storedIDs {
                let record = try await reader.record(id: id)
                #expect(record.caller.clientName == "batch-cut-off")
            }
            await reader.close()
        }
    }

    static func readToEnd(_ handle: FileHandle) async -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: String(decoding: handle.readDataToEndOfFile(), as: UTF8.self))
            }
        }
    }
}
