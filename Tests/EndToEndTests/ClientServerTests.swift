import DudaoClient
import DudaoCore
import DudaoServer
import DudaoTesting
import DudaoWire
import Foundation
import NIOCore
import Testing

/// The real server in-process on a loopback port, driven by the client library.
@Suite("Client and server end to end", .timeLimit(.minutes(1)))
struct ClientServerTests {
    @Test("evaluating a county over the socket gives the same result as evaluating it in-process")
    func evaluate() async throws {
        let input = PupilTeacherRatioAssessment.county(crowded: true)
        let expected = try testRegistry().evaluate(input)
        let result = try await withTestServer { client in
            try await client.evaluate(input)
        }
        #expect(result == expected)
        #expect(result.verdict == .fail)
        #expect(result.indicator(PupilTeacherRatioAssessment.ratioCode)?.breakdown.map(\.outcome) == [.met, .notMet, .met])
    }

    @Test("an invalid input comes back as a DudaoError with the server's code, message and violations")
    func invalidInput() async throws {
        var input = PupilTeacherRatioAssessment.county()
        input.units[1].fields["pupils"] = 0
        input.facts["majr_incident"] = true
        let error = try await withTestServer { client in
            try await #require(throws: DudaoError.self) { try await client.evaluate(input) }
        }
        #expect(error.code == .invalidArgument)
        #expect(error.message.contains("2 rule"))
        #expect(Set(error.violations.map(\.path)) == ["units[1].pupils", "facts.majr_incident"])
        #expect(Set(error.violations.map(\.rule)) == [.mustBePositive, .unknownField])
    }

    @Test("list, describe, info, health and ping answer with core types")
    func metadataMethods() async throws {
        try await withTestServer { client in
            let listing = try await client.list()
            #expect(listing.map(\.id) == [PupilTeacherRatioAssessment.id])
            let descriptor = try await client.describe(id: PupilTeacherRatioAssessment.id)
            #expect(descriptor == PupilTeacherRatioAssessment().descriptor)
            let missing = try await #require(throws: DudaoError.self) { try await client.describe(id: "absent") }
            #expect(missing.code == .notFound)
            let info = try await client.info()
            #expect(info.serverVersion == client.serverHello.serverVersion)
            #expect(info.assessments.map(\.id) == [PupilTeacherRatioAssessment.id])
            #expect(try await client.health() == .serving)
            _ = try await client.ping()
        }
    }

    @Test("a batch streams items and progress and ends with the summary")
    func batch() async throws {
        let inputs = [
            PupilTeacherRatioAssessment.county(code: "330110", name: "余杭区", crowded: true),
            PupilTeacherRatioAssessment.county(code: "330111", name: "临平区"),
            PupilTeacherRatioAssessment.county(code: "330112", name: "钱塘区", incident: true),
        ]
        let events = try await withTestServer { client in
            var events: [BatchEvent] = []
            for try await event in client.evaluateBatch(inputs) {
                events.append(event)
            }
            return events
        }
        let items = events.compactMap { if case .item(let item) = $0 { item } else { nil } }
        let progress = events.compactMap { if case .progress(let progress) = $0 { progress } else { nil } }
        guard case .done(let done) = events.last else {
            Issue.record("the last event should be done")
            return
        }
        #expect(items.count == 3)
        #expect(progress.map(\.completed) == [1, 2, 3])
        #expect(done.evaluated == 3)
        let summary = try #require(done.summary)
        #expect(summary.rows.first?.subjectCode != "330110")
        #expect(summary.statistics["passed"] == 1)
        for item in items {
            let result = try item.outcome.get()
            #expect(result == (try testRegistry().evaluate(inputs[item.index])))
        }
    }

    @Test("a server error that is not a DudaoError reaches the client as INTERNAL without its details")
    func internalError() async throws {
        let error = try await withTestServer { client in
            try await #require(throws: DudaoError.self) { try await client.call(ControlService.fail, payload: Data()) }
        }
        #expect(error.code == .internal)
        #expect(!error.message.contains("hunter2"))
    }
}

extension ClientServerTests {
    @Test("evaluateAll collects every item in input order with the summary; a bad input fails only its item")
    func evaluateAll() async throws {
        var bad = PupilTeacherRatioAssessment.county(code: "330111")
        bad.units[2].fields["teachers"] = -1
        let inputs = [PupilTeacherRatioAssessment.county(code: "330110"), bad, PupilTeacherRatioAssessment.county(code: "330112", crowded: true)]
        let outcome = try await withTestServer { client in
            try await client.evaluateAll(inputs)
        }
        #expect(outcome.items.map(\.index) == [0, 1, 2])
        #expect(outcome.items.map(\.subjectCode) == ["330110", "330111", "330112"])
        #expect(outcome.done.evaluated == 2)
        #expect(outcome.done.failed == 1)
        guard case .failure(let error) = outcome.items[1].outcome else {
            Issue.record("the bad input should fail")
            return
        }
        #expect(error.violations.map(\.path) == ["units[2].teachers"])
        #expect(outcome.done.summary?.rows.map(\.subjectCode) == ["330110", "330112"])
    }

    @Test("a batch for an unknown assessment ends the stream with NOT_FOUND")
    func batchUnknownAssessment() async throws {
        let error = try await withTestServer { client in
            try await #require(throws: DudaoError.self) {
                try await client.evaluateAll([PupilTeacherRatioAssessment.county()], assessment: "nope")
            }
        }
        #expect(error.code == .notFound)
    }
}
