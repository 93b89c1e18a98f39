import DudaoCore
import DudaoStore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Kills a real writer process in the middle of a batch and checks what survives.
@Suite(.timeLimit(.minutes(1)))
struct CrashRecoveryTests {
    static let sqlite3 = "/usr/bin/sqlite3"

    @Test(
        "a writer killed in the middle of a batch leaves every acknowledged record and no part of the batch",
        .enabled(if: FileManager.default.isExecutableFile(atPath: sqlite3), "needs the sqlite3 command-line tool")
    )
    func killedMidBatch() async throws {
        try await Fixtures.withDataDirectory { directory in
            let path = directory + "/" + SQLiteRecordStore.fileName
            let store = try SQLiteRecordStore(directory: directory)
            let acknowledged = [
                try Fixtures.record(Fixtures.input(code: "330102", name: "上城区"), createdAt: 1_735_660_800_000),
                try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: 1_735_660_800_001),
            ]
            for record in acknowledged { try await store.append(record) }

            // Another process starts a batch, writes two rows, and dies by SIGKILL before COMMIT.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.sqlite3)
            process.arguments = [path]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            let copy = "SELECT id || '-partial', assessment, edition, subject_kind, subject_code, subject_name, period, period_start, verdict, input_digest, input_json, result_json, caller_name, caller_identity, created_at + 10, daemon_version, previous_record_id, result_body, result_template FROM records"
            let script = """
                PRAGMA busy_timeout = 5000;
                BEGIN IMMEDIATE;
                INSERT INTO records \(copy);
                SELECT 'rows=' || count(*) FROM records;
                .print ready
                """
            input.fileHandleForWriting.write(Data((script + "\n").utf8))
            var seen = ""
            while !seen.contains("ready") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            // Inside its open transaction the writer saw its two rows next to the two acknowledged.
            #expect(seen.contains("rows=4"))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)

            let reopened = try SQLiteRecordStore(directory: directory)
            let listed = try await reopened.records(matching: RecordFilter()).records.map(\.id)
            #expect(Set(listed) == Set(acknowledged.map(\.id)))
            // The killed writer's lock died with it: the store writes again.
            let next = try Fixtures.record(Fixtures.input(code: "330110", name: "余杭区"), createdAt: 1_735_660_800_002)
            try await reopened.append(next)
            #expect(try await reopened.records(matching: RecordFilter()).records.count == 3)
        }
    }
}
