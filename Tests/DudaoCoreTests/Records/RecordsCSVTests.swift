import Foundation
import Testing

@testable import DudaoCore

struct RecordsCSVTests {
    static func record(code: String, name: String, verdict: Verdict, reasons: [Reason]) throws -> EvaluationRecord {
        let document = SourceDocument(title: "测试", number: nil, issuer: "测试", year: nil, status: .confirmed)
        let edition = Edition(id: "2017", titleZh: "2017 版", titleEn: "2017 edition", effectiveFrom: CalendarDate("2017-04-19")!, documents: [document], parameters: [])
        let descriptor = AssessmentDescriptor(
            id: "test", version: "1", titleZh: "义务教育优质均衡", titleEn: "Quality balance", summaryZh: "", summaryEn: "",
            documents: [document], editions: [edition], groups: [], indicators: [], schema: InputSchema(subjectKinds: [.county], facts: [])
        )
        let input = AssessmentInput(assessment: "test", subject: Subject(kind: .county, code: code, name: name), period: .schoolYear(2024))
        var result = AssessmentResult(descriptor: descriptor, edition: edition, parameters: edition.parameters, input: input, evaluation: Evaluation(), missing: [], inputDigest: "sha256:00")
        result.verdict = verdict
        result.reasons = reasons
        // 2025-01-01 00:00:00 in Beijing is 2024-12-31 16:00:00 UTC.
        return EvaluationRecord(result: result, input: input, caller: CallerIdentity(clientName: "t"), daemonVersion: "1", createdAt: 1_735_660_800_000, id: "ev_1")
    }

    static func reason(_ code: String, zh: String, en: String, scope: String? = nil) throws -> Reason {
        let json = #"{"code":"\#(code)","kind":"not_met","nameZh":"\#(zh)","nameEn":"\#(en)","messageZh":"","messageEn":""\#(scope.map { #","scope":"\#($0)""# } ?? "")}"#
        return try CanonicalJSON.decode(Reason.self, from: Data(json.utf8))
    }

    @Test("renders a 公示 table: header, one numbered row per record, reasons joined, Beijing time, CRLF")
    func chinese() throws {
        let failing = try Self.record(
            code: "330106", name: "西湖区", verdict: .fail,
            reasons: [try Self.reason("QB-R1", zh: "生师比", en: "pupil-teacher ratio", scope: "primary"), try Self.reason("QB-R2", zh: "班额", en: "class size")]
        )
        let passing = try Self.record(code: "330102", name: "上城区", verdict: .pass, reasons: [])
        let csv = RecordCSV.render([failing, passing], language: .zh)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "序号,地区代码,地区名称,评估项目,标准版本,评估期,结论,未达标事项,记录编号,评估时间")
        #expect(lines[1] == "1,330106,西湖区,义务教育优质均衡,2017 版,2024-2025,未达标,生师比（primary）；班额,ev_1,2025-01-01 00:00:00")
        #expect(lines[2] == "2,330102,上城区,义务教育优质均衡,2017 版,2024-2025,达标,,ev_1,2025-01-01 00:00:00")
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(!csv.hasPrefix(RecordCSV.byteOrderMark))
    }

    @Test("quotes fields with commas, quotes and line breaks as RFC 4180 says, and can start with a BOM")
    func quoting() throws {
        let record = try Self.record(
            code: "330106", name: "西湖区, \"新\"\n区", verdict: .fail,
            reasons: [try Self.reason("A", zh: "a", en: "ratio, pupils", scope: nil), try Self.reason("B", zh: "b", en: "size")]
        )
        let csv = RecordCSV.render([record], language: .en, byteOrderMark: true)
        #expect(csv.hasPrefix("\u{FEFF}No.,Region code,Region name,Assessment,Edition,Period,Verdict,Unmet items,Record ID,Evaluated at (UTC+8)\r\n"))
        #expect(csv.contains("1,330106,\"西湖区, \"\"新\"\"\n区\",Quality balance,2017 edition,2024-2025,fail,\"ratio, pupils; size\",ev_1,"))
        #expect(RecordCSV.quote("plain") == "plain")
        #expect(RecordCSV.quote("a\rb") == "\"a\rb\"")
    }

    @Test("formats unix milliseconds as Beijing civil time, including before 1970 and on leap days")
    func beijingTime() {
        #expect(RecordCSV.beijingTime(0) == "1970-01-01 08:00:00")
        #expect(RecordCSV.beijingTime(-1) == "1970-01-01 07:59:59")
        #expect(RecordCSV.beijingTime(1_709_164_800_000) == "2024-02-29 08:00:00")
        #expect(RecordCSV.beijingTime(951_782_400_000 - 8 * 3_600_000) == "2000-02-29 00:00:00")
    }
}
