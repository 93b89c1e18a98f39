import DudaoCore
import DudaoStore
import Foundation
import GRDB
import Testing

/// Building blocks shared by the store tests: a temporary data directory, inputs and records.
enum Fixtures {
    static let registry = try! AssessmentRegistry([StaffingAssessment()])
    static let caller = CallerIdentity(clientName: "dudao-cli/1.0 test-host", authenticatedIdentity: "inspector@zj.example")

    /// A fresh, empty directory under the system's temporary directory; removed by `body`'s end.
    static func withDataDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dudao-store-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer {
            chmod(directory, 0o755)
            try? FileManager.default.removeItem(atPath: directory)
        }
        return try await body(directory)
    }

    static func input(
        code: String,
        name: String,
        period: String = "2023-2024",
        edition: String? = nil,
        teachers: Double? = 4.6,
        classSize: Double? = 38
    ) -> AssessmentInput {
        var facts: [String: FieldValue] = [:]
        if let teachers { facts["teachers_per_100"] = FieldValue(.number(teachers), provenance: Provenance(source: "教育事业统计 基础基312", year: 2023)) }
        if let classSize { facts["average_class_size"] = FieldValue(.number(classSize)) }
        return AssessmentInput(
            assessment: StaffingAssessment.id, edition: edition,
            subject: Subject(kind: .county, code: code, name: name), period: Period(period)!, facts: facts
        )
    }

    /// Evaluates `input` with the test registry and wraps the result in a record.
    static func record(
        _ input: AssessmentInput,
        createdAt: Int64,
        previous: String? = nil,
        registry: AssessmentRegistry = Fixtures.registry
    ) throws -> EvaluationRecord {
        EvaluationRecord(
            result: try registry.evaluate(input), input: input, caller: self.caller,
            daemonVersion: "0.1.0-test", createdAt: createdAt, previousRecordID: previous
        )
    }

    /// The canonical JSON of `value`: what the store keeps, and the form in which a stored record
    /// is compared with the original. (`Value` decodes a whole number written as `45` to
    /// `.integer(45)` even where it was `.number(45.0)`, so Swift equality is too strict after a
    /// round trip through any JSON; the canonical JSON, and so the digest, are the same.)
    static func canonical(_ value: some Encodable) throws -> String {
        String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
    }

    /// Writes `record` as schema v1 and v2 kept it: input and result as canonical JSON text in
    /// the row itself (what a data directory from before the compact format holds).
    static func insertAsJSON(_ record: EvaluationRecord, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO records (id, assessment, edition, subject_kind, subject_code, subject_name, period, period_start,
                    verdict, input_digest, input_json, result_json, caller_name, caller_identity, created_at, daemon_version,
                    previous_record_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.id, record.assessment, record.edition, record.subject.kind.rawValue, record.subject.code,
                record.subject.name, record.period.description, record.period.referenceDate.description,
                record.verdict.rawValue, record.inputDigest, try self.canonical(record.input), try self.canonical(record.result),
                record.caller.clientName, record.caller.authenticatedIdentity, record.createdAt, record.daemonVersion,
                record.previousRecordID,
            ]
        )
    }

    /// Whether this process can write where the mode bits say it cannot (root, or CAP_DAC_OVERRIDE).
    static var permissionBitsAreBypassed: Bool { geteuid() == 0 }
}
