import Foundation
import Testing

/// The messages a clerk reads when an input is wrong (issue point 7): each names what to change.
struct InputMessageTests {
    /// A fresh folder with copies of an example, changed by `edit`.
    static func folder(_ name: String = #function) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dudao-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func exampleJSON(_ path: String = "Examples/compulsory-quality-balance/county.json") throws -> [String: Any] {
        let data = try Data(contentsOf: CommandRun.packageRoot.appendingPathComponent(path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func write(_ object: [String: Any], to url: URL) throws {
        try JSONSerialization.data(withJSONObject: object).write(to: url)
    }

    static let csvExample = CommandRun.packageRoot.appendingPathComponent("Examples/compulsory-quality-balance/county.csv")

    @Test("a misspelled field: did you mean, and the schools, once for all of them")
    func misspelledField() async throws {
        let folder = try Self.folder()
        let text = try String(contentsOf: Self.csvExample, encoding: .utf8)
        let misspelled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") ? String(line) : line.replacingOccurrences(of: "primary_pupils", with: "primary_pupil")
        }.joined(separator: "\n")
        let file = folder.appendingPathComponent("county.csv")
        try misspelled.write(to: file, atomically: true, encoding: .utf8)

        let zh = try await CommandRun.dudao(["evaluate", "--local", file.path])
        #expect(zh.status == 3)
        #expect(zh.stderr.contains("未定义的字段 primary_pupil，是否应为 primary_pupils（小学段在校生数）"))
        #expect(zh.stderr.contains("示例县城关中心小学（339901-P01）"))
        #expect(zh.stderr.components(separatedBy: "primary_pupil：").count == 2, "one message for every school: \(zh.stderr)")
        #expect(!zh.stderr.contains("did you mean"), "Chinese only: \(zh.stderr)")

        let en = try await CommandRun.dudao(["evaluate", "--local", file.path, "--english"])
        #expect(en.stderr.contains("unknown field primary_pupil; did you mean primary_pupils (primary pupils)?"))
        #expect(en.stderr.contains("\(file.path): the input has 1 problem"))
    }

    @Test("the Chinese column names describe prints are read as the fields")
    func chineseHeaders() async throws {
        let folder = try Self.folder()
        let describe = try await CommandRun.dudao(["describe", "--local", "compulsory-quality-balance", "--format", "json"])
        let descriptor = try #require(try JSONSerialization.jsonObject(with: Data(describe.stdout.utf8)) as? [String: Any])
        let schema = try #require(descriptor["schema"] as? [String: Any])
        let fields = try #require(schema["unitFields"] as? [[String: Any]])
        let names = Dictionary(uniqueKeysWithValues: fields.compactMap { field in (field["key"] as? String).map { ($0, field["nameZh"] as? String ?? $0) } })
        var seenHeader = false
        let text = try String(contentsOf: Self.csvExample, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard !line.hasPrefix("#"), !seenHeader, !line.isEmpty else { return String(line) }
            seenHeader = true
            return line.split(separator: ",").map { names[String($0)] ?? String($0) }.joined(separator: ",")
        }.joined(separator: "\n")
        #expect(text.contains("小学段在校生数"))
        let file = folder.appendingPathComponent("chinese.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let translated = try await CommandRun.dudao(["evaluate", "--local", file.path])
        let original = try await CommandRun.dudao(["evaluate", "--local", Self.csvExample.path])
        #expect(translated.status == 0, "\(translated.stderr)")
        #expect(translated.stdout == original.stdout)
    }

    @Test("a GBK file saved by Excel, with padded # lines, is read and the clerk is told to save as UTF-8")
    func gbkAndExcelPadding() async throws {
        let folder = try Self.folder()
        let text = try String(contentsOf: Self.csvExample, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let columns = lines.first { !$0.hasPrefix("#") && !$0.isEmpty }?.split(separator: ",").count ?? 1
        // Excel pads every row to the widest one, # lines included, and ends lines with CR LF.
        let padded = lines.map { $0.hasPrefix("#") ? $0 + String(repeating: ",", count: columns - 1) : $0 }.joined(separator: "\r\n")
        let utf8 = folder.appendingPathComponent("excel.csv")
        try padded.write(to: utf8, atomically: true, encoding: .utf8)
        let excel = try await CommandRun.dudao(["evaluate", "--local", utf8.path])
        #expect(excel.status == 0, "\(excel.stderr)")
        #expect(excel.stdout.contains("结论：达标"))

        let gbk = folder.appendingPathComponent("gbk.csv")
        let encoding = String.Encoding(rawValue: 0x8000_0632)  // kCFStringEncodingGB_18030_2000
        if let data = padded.data(using: encoding) {
            try data.write(to: gbk)
        } else {
            try Self.iconv(padded, to: gbk)
        }
        let run = try await CommandRun.dudao(["evaluate", "--local", gbk.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("另存为“CSV UTF-8（逗号分隔）”"))
        #expect(run.stdout.contains("示例县城关中心小学") || run.stdout.contains("结论：达标"))

        let binary = folder.appendingPathComponent("binary.csv")
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x81, 0x0A]).write(to: binary)
        let refused = try await CommandRun.dudao(["evaluate", "--local", binary.path])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("请在 Excel 中另存为“CSV UTF-8（逗号分隔）”"))
    }

    /// Encodes with the system's iconv where Foundation lacks GB18030.
    static func iconv(_ text: String, to url: URL) throws {
        let source = url.deletingPathExtension().appendingPathExtension("utf8")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030", "-o", url.path, source.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("a period written 2024年: one message, in the chosen language")
    func periodWithYearSign() async throws {
        let folder = try Self.folder()
        var input = try Self.exampleJSON()
        input["period"] = "2024年"
        let file = folder.appendingPathComponent("period.json")
        try Self.write(input, to: file)
        let zh = try await CommandRun.dudao(["evaluate", "--local", file.path])
        #expect(zh.status == 3)
        #expect(zh.stderr.contains("评估期“2024年”无法识别：学年写 2024-2025，年度写 2024，日期写 2024-09-01"))
        #expect(zh.stderr.components(separatedBy: "2024年").count == 2, "said once: \(zh.stderr)")
        #expect(!zh.stderr.contains("JSON") && !zh.stderr.contains("expected"), "no English on the Chinese screen: \(zh.stderr)")
        let en = try await CommandRun.dudao(["evaluate", "--local", file.path, "--english"])
        #expect(en.stderr.contains("the period “2024年” is not understood"))
        #expect(!en.stderr.contains("评估期"))
    }

    @Test("the same school under two ids, and a region code whose name is another county's, are warned about")
    func duplicateSchoolAndRegionName() async throws {
        let folder = try Self.folder()
        var input = try Self.exampleJSON()
        var units = try #require(input["units"] as? [[String: Any]])
        var copy = units[0]
        copy["id"] = "\(copy["id"] ?? "")-B"
        units.append(copy)
        input["units"] = units
        input["subject"] = ["kind": "county", "code": "330102", "name": "西湖区"]
        let file = folder.appendingPathComponent("twice.json")
        try Self.write(input, to: file)
        let run = try await CommandRun.dudao(["evaluate", "--local", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("学校“示例县城关中心小学”以 2 个标识出现（339901-P01, 339901-P01-B），可能被重复计算"))
        #expect(run.stderr.contains("行政区划代码 330102 在 GB/T 2260 中为“上城区”，输入中的名称为“西湖区”"))
        #expect(run.stderr.contains("region code 330102 is 上城区 in GB/T 2260"))
    }

    @Test("a fact that is missing is listed once, by its name")
    func missingFactOnce() async throws {
        let folder = try Self.folder()
        var input = try Self.exampleJSON()
        var facts = try #require(input["facts"] as? [String: Any])
        facts["teacher_average_pay_yuan"] = nil
        input["facts"] = facts
        let file = folder.appendingPathComponent("missing.json")
        try Self.write(input, to: file)
        let run = try await CommandRun.dudao(["evaluate", "--local", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let missing = run.stdout.components(separatedBy: "缺少的数据：").last ?? ""
        #expect(missing.components(separatedBy: "义务教育教师年平均工资收入").count == 2, "\(missing)")
        #expect(!missing.contains("teacher_average_pay_yuan"))
    }
}
