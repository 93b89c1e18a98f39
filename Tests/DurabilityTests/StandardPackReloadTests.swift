import DudaoClient
import DudaoCore
import Foundation
import Testing

/// Standards as data against the real `dudaod`: packs written into a folder while the daemon
/// runs are served after a reload with no rebuild; broken versions are refused with file and
/// line while the last good one serves; a record replays under the pack version of its time.
@Suite("standard packs in a running dudaod", .serialized, .timeLimit(.minutes(3)))
struct StandardPackReloadTests {
    /// A temporary data directory, standards directory and log file.
    struct Folders {
        let root: URL
        var data: String { self.root.appendingPathComponent("data").path }
        var standards: URL { self.root.appendingPathComponent("standards") }
        var log: String { self.root.appendingPathComponent("dudaod.log").path }

        static func make() throws -> Folders {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-standards-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("standards"), withIntermediateDirectories: true)
            return Folders(root: root)
        }

        /// Writes the files of a bundled pack as a new pack `name`, with its id replaced by `id`.
        func write(_ bundled: String, as name: String, id: String, edit: (String, String) -> String = { _, text in text }) throws {
            let source = DaemonProcess.packageRoot.appendingPathComponent("Plugins/\(bundled)")
            let target = self.standards.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where file.hasSuffix(".yaml") {
                var text = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
                text = text.replacingOccurrences(of: "  id: compulsory-quality-county\n", with: "  id: \(id)\n")
                text = text.replacingOccurrences(of: "  id: higher-vocational-supervision\n", with: "  id: \(id)\n")
                try edit(file, text).write(to: target.appendingPathComponent(file), atomically: true, encoding: .utf8)
            }
        }

        /// Replaces one file of the pack `name`.
        func replace(_ name: String, _ file: String, _ edit: (String) -> String) throws {
            let url = self.standards.appendingPathComponent(name).appendingPathComponent(file)
            try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Polls `condition` every 50 ms for up to 20 s.
    static func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
        for _ in 0..<400 {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("timed out waiting for \(what)")
        throw CancellationError()
    }

    static func version(_ client: DudaoClient, _ id: String) async throws -> String? {
        try await client.list().first { $0.id == id }?.version
    }

    static func county(_ id: String, staffSet: Int64 = 5200) -> AssessmentInput {
        AssessmentInput(
            assessment: id, subject: Subject(kind: .county, code: "331082", name: "示例县"), period: .schoolYear(2024),
            facts: [
                "no_enrolment_targets": true, "not_judged_by_rates": true, "no_key_schools": true, "school_places_guaranteed": true,
                "staff_quota_set": FieldValue(.integer(staffSet)), "staff_quota_standard": 5200, "years_since_last_evaluation": 3,
            ],
            units: [Unit(id: "S1", name: "示例小学", kind: .primary, fields: ["school_evaluated": true])]
        )
    }

    @Test("two new assessments written as packs are served after a reload, with no rebuild, and broken versions are refused")
    func newPacksAndRefusals() async throws {
        let folders = try Folders.make()
        defer { try? FileManager.default.removeItem(at: folders.root) }
        let daemon = try await DaemonProcess(dataDirectory: folders.data, arguments: ["--standards", folders.standards.path], errorLog: folders.log)
        defer { if daemon.process.isRunning { daemon.terminate() } }
        let client = try await DudaoClient.connect(host: "127.0.0.1", port: daemon.port, clientName: "standards-test")
        #expect(try await Self.version(client, "lab-quality-county") == nil)

        try folders.write("CompulsoryQuality", as: "LabQuality", id: "lab-quality-county")
        try folders.write("HigherVocational", as: "LabVocational", id: "lab-vocational")
        // The admin command finds the daemon by its data directory and asks it to reload.
        let admin = try await DaemonProcess.runToExit(arguments: ["admin", "standards", "reload", "--data-dir", folders.data])
        #expect(admin.status == 0, "\(admin.standardError)")
        try await Self.eventually("the new packs") { try await Self.version(client, "lab-vocational") != nil }

        let quality = try await client.evaluate(Self.county("lab-quality-county", staffSet: 4940))
        #expect(quality.verdict == .fail)
        #expect(quality.indicator("CQ-TEA-1")?.value == 0.95)
        let good = try #require(try await Self.version(client, "lab-quality-county"))
        #expect(quality.assessmentVersion == good)
        #expect(good.hasPrefix("1.0.0+sha256."))
        let vocational = try await client.evaluate(
            AssessmentInput(
                assessment: "lab-vocational", subject: Subject(kind: .school, code: "4133010001", name: "示例职业技术学院"), period: .calendarYear(2018),
                facts: [
                    "data_filed": true, "self_report_published": true, "score_foundation": 78, "score_dual_teachers": 71.5, "score_programmes": 80,
                    "score_students": 66, "score_service": 62, "experts": 9, "pass_votes": 6, "red_or_yellow_card": false,
                ]
            )
        )
        #expect(vocational.verdict == .pass)
        #expect(vocational.indicator("HV-S")?.value == 100)

        // Each broken version is refused with its file and line; the last good one keeps serving.
        let original = try String(contentsOf: folders.standards.appendingPathComponent("LabQuality/indicators.yaml"), encoding: .utf8)
        let cases: [(file: String, edit: (String) -> String, expected: String)] = [
            ("schema.yaml", { $0.replacingOccurrences(of: "  subjects: [county]", with: "  subjects: [county\n  facts: {") }, "schema.yaml:"),
            ("indicators.yaml", { $0.replacingOccurrences(of: "{check: no_key_schools}", with: "{check: no_elite_schools}") }, "indicators.yaml:20:5: [unknown-field]"),
            ("examples.yaml", { $0.replacingOccurrences(of: "{indicator: CQ-TEA-1, value: 0.95}", with: "{indicator: CQ-TEA-1, value: 0.9}") }, "examples.yaml:24:5: [example-failed]"),
            ("pack.yaml", { $0.replacingOccurrences(of: "  version: 1.0.0\n", with: "  version: 1.0.0\n  extends: LabQuality\n") }, "pack.yaml:7:12: [extends-cycle]"),
        ]
        var saved: [String: String] = ["indicators.yaml": original]
        for (index, broken) in cases.enumerated() {
            let before = try String(contentsOf: folders.standards.appendingPathComponent("LabQuality/\(broken.file)"), encoding: .utf8)
            saved[broken.file] = before
            try folders.replace("LabQuality", broken.file, broken.edit)
            daemon.hangUp()
            try await Self.eventually("refusal \(index + 1) in the log") {
                let log = (try? String(contentsOfFile: folders.log, encoding: .utf8)) ?? ""
                return log.components(separatedBy: "standard pack refused").count > index + 1 && log.contains(broken.expected)
            }
            #expect(try await Self.version(client, "lab-quality-county") == good)
            let still = try await client.evaluate(Self.county("lab-quality-county"))
            #expect(still.verdict == .pass)
            #expect(still.assessmentVersion == good)
            try folders.replace("LabQuality", broken.file) { _ in before }
        }
        // The other assessments kept serving throughout.
        #expect(try await client.evaluate(Self.county("compulsory-quality-county")).verdict == .pass)
        await client.close()
        // Without a daemon holding the directory, the admin command says so and changes nothing.
        await daemon.stop()
        let idle = try await DaemonProcess.runToExit(arguments: ["admin", "standards", "reload", "--data-dir", folders.data])
        #expect(idle.status == 69)
        #expect(idle.standardError.contains("no daemon is running on"))
    }

    @Test("a record made under an older pack version replays under it after the pack changed, also after a restart")
    func replayUsesThePackOfItsTime() async throws {
        let folders = try Folders.make()
        defer { try? FileManager.default.removeItem(at: folders.root) }
        try folders.write("CompulsoryQuality", as: "LabQuality", id: "lab-quality-county")
        var daemon = try await DaemonProcess(dataDirectory: folders.data, arguments: ["--standards", folders.standards.path], errorLog: folders.log)
        var client = try await DudaoClient.connect(host: "127.0.0.1", port: daemon.port, clientName: "standards-test")
        let short = Self.county("lab-quality-county", staffSet: 4940)
        let recorded = try await client.evaluateRecorded(short)
        let recordID = try #require(recorded.recordID)
        #expect(recorded.result.verdict == .fail)
        let oldVersion = recorded.result.assessmentVersion

        // Version 1.1.0 accepts a staffing quota set to 90%.
        try folders.replace("LabQuality", "pack.yaml") { $0.replacingOccurrences(of: "  version: 1.0.0", with: "  version: 1.1.0") }
        try folders.replace("LabQuality", "editions.yaml") {
            $0.replacingOccurrences(of: "      - key: staffing_fill_share\n        value: 1.0", with: "      - key: staffing_fill_share\n        value: 0.9")
        }
        daemon.hangUp()
        try await Self.eventually("version 1.1.0") { try await Self.version(client, "lab-quality-county")?.hasPrefix("1.1.0+") == true }
        #expect(try await client.evaluate(short).verdict == .pass)

        let replay = try await client.replay(id: recordID)
        #expect(replay.replayed.assessmentVersion == oldVersion)
        #expect(replay.replayed.verdict == .fail)
        #expect(replay.identical, "\(replay.differences)")

        // After a restart the old version comes from the record store.
        await client.close()
        await daemon.stop()
        daemon = try await DaemonProcess(dataDirectory: folders.data, arguments: ["--standards", folders.standards.path], errorLog: folders.log)
        defer { daemon.terminate() }
        client = try await DudaoClient.connect(host: "127.0.0.1", port: daemon.port, clientName: "standards-test")
        let again = try await client.replay(id: recordID)
        #expect(again.replayed.assessmentVersion == oldVersion)
        #expect(again.identical, "\(again.differences)")
        await client.close()
    }
}
