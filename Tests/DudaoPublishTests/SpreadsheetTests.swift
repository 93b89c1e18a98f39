import DudaoAssessments
import DudaoCore
import DudaoPublish
import DudaoReport
import Foundation
import Testing
import ZIPFoundation

@Suite struct SpreadsheetTests {
    @Test func csvStartsWithTheByteOrderMarkAndEndsLinesWithCRLF() {
        let sheet = Sheet(name: "t", headers: ["名称", "金额"], rows: [[.text("甲,乙"), .number(1_234_567, .money)], [.text("说\"明\""), .empty]])
        let csv = CSVFile.render(sheet)
        #expect(csv.hasPrefix("\u{FEFF}名称,金额\r\n"))
        #expect(csv.contains("\"甲,乙\",\"1,234,567\"\r\n"))
        #expect(csv.contains("\"说\"\"明\"\"\",\r\n"))
        #expect(!CSVFile.render(sheet, byteOrderMark: false).hasPrefix("\u{FEFF}"))
    }

    @Test func workbookHasTheOfficeOpenXMLPartsAndReadsBack() throws {
        let result = try ShippedExamples.result("compulsory-quality-balance/county-failing.json")
        let workbook = Workbook.result(result, recordID: "ev_test", language: .zh)
        let data = try XLSXWriter.data(workbook)
        let archive = try Archive(data: data, accessMode: .read)
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"] {
            #expect(archive[part] != nil, "missing part \(part)")
        }
        let sheets = try XLSXReader.read(data)
        #expect(sheets.map(\.name) == ["结论", "指标", "整改事项", "各校明细", "参数"])
        #expect(sheets[0].rows[1][0] == result.subject.code)
        #expect(sheets[0].rows[1][5] == "未达标")
        // Numbers are stored as numbers: the first indicator's value reads back unrounded.
        let first = try #require(result.indicators.first { $0.value != nil })
        let row = try #require(sheets[1].rows.first { $0.first == first.code && ($0[3] ?? "") == (first.scope ?? "") })
        #expect(row[4].flatMap(Double.init) == first.value)
        #expect(sheets[2].rows.count == result.findings.count + 1)
    }

    @Test("a clerk's workbook names scopes and areas in its own language, never by their keys", arguments: [Language.zh, .en])
    func scopesAndAreasAreNamed(language: Language) throws {
        let result = try ShippedExamples.result("compulsory-quality-balance/county-failing.json")
        let areas = try #require(BundledAssessments.registry().assessment(id: result.assessment)).descriptor.groups
        let sheets = try XLSXReader.read(XLSXWriter.data(Workbook.result(result, language: language, areas: areas)))
        let stages = SchoolStage.allCases.map { language.pick($0.nameZh, $0.nameEn) }
        // The scope columns of the indicators, findings and per-school sheets.
        for (sheet, column) in [(1, 3), (2, 4), (3, 4)] {
            let scopes = Set(sheets[sheet].rows.dropFirst().map { $0[column] ?? "" })
            #expect(scopes.isSubset(of: stages + [""]), "\(sheets[sheet].name): \(scopes.sorted())")
            #expect(scopes.contains(language.pick("初中", "junior secondary")), "\(sheets[sheet].name)")
        }
        let shownAreas = Set(sheets[1].rows.dropFirst().compactMap { $0[2] })
        #expect(shownAreas == Set(result.indicators.map { indicator in areas.first { $0.code == indicator.group }.map { language.pick($0.nameZh, $0.nameEn) } ?? indicator.group }))
        #expect(shownAreas.isDisjoint(with: areas.filter { language.pick($0.nameZh, $0.nameEn) != $0.code }.map(\.code)))
        // A school's row under an indicator it falls short of carries its rectification item.
        let finding = try #require(result.findings.first { $0.unitID != nil && $0.scope != nil })
        let row = try #require(sheets[3].rows.first { $0[0] == finding.indicatorCode && $0[2] == finding.unitID })
        // A row read back ends at its last filled cell.
        let rectification = { (row: [String?]) in row.count > 8 ? row[8] ?? "" : "" }
        #expect(rectification(row) == language.pick(finding.messageZh, finding.messageEn))
        #expect(sheets[3].rows.dropFirst().filter { !rectification($0).isEmpty }.count == result.findings.filter { $0.unitID != nil }.count)
        let scopedReason = try #require(result.reasons.first { $0.scope == "junior" })
        #expect(sheets[0].rows[1][6]?.contains("\(scopedReason.code) [\(language.pick("初中", "junior secondary"))]") == true)
    }

    @Test("a batch workbook names scopes and areas as the single result's does")
    func batchScopesAndAreasAreNamed() throws {
        let input = try ShippedExamples.inputs("compulsory-quality-balance/county-failing.json")[0]
        let result = try BundledAssessments.registry().evaluate(input)
        let areas = try #require(BundledAssessments.registry().assessment(id: result.assessment)).descriptor.groups
        let batch = Workbook.batch(inputs: [input], items: [(0, .success(result))], summaries: [], language: .zh, areas: areas)
        let single = Workbook.result(result, language: .zh, areas: areas)
        // The batch's indicator sheet is the single one's with the subject's code and name in front.
        let batchRows = batch.sheets[1].rows.map { $0.dropFirst(2).prefix(4).map(\.display) }
        let singleRows = single.sheets[1].rows.map { $0.prefix(4).map(\.display) }
        #expect(batchRows == singleRows)
        #expect(batchRows.contains { $0[2] == "资源配置" && $0[3] == "小学" })
    }

    @Test func filledTemplateEvaluatesLikeTheJSONExample() throws {
        let registry = try BundledAssessments.registry()
        let input = try ShippedExamples.inputs("compulsory-quality-balance/county.json")[0]
        let descriptor = try #require(registry.assessment(id: input.assessment)).descriptor
        var workbook = InputTemplate(descriptor: descriptor).workbook
        #expect(workbook.sheets.map(\.name) == ["填表说明", "基本信息", "学校"])

        // Fill the subject sheet's 值 column and one row a school, as a person would in Excel.
        var subject = workbook.sheets[1]
        for index in subject.rows.indices {
            let key = subject.rows[index][3].display
            let value: SheetCell? = switch key {
            case "subject.kind": .text(input.subject.kind.rawValue)
            case "subject.code": .text(input.subject.code)
            case "subject.name": .text(input.subject.name)
            case "period": .text(input.period.description)
            default: input.facts[key].map { Self.cell($0.value) }
            }
            if let value { subject.rows[index][1] = value }
        }
        workbook.sheets[1] = subject
        var schools = workbook.sheets[2]
        let columns = InputColumns(schema: descriptor.schema)
        schools.rows = input.units.map { unit in
            [.text(unit.id), .text(unit.name), .text(descriptor.schema.unitKinds.first { $0.kind == unit.kind }?.nameZh ?? unit.kind.rawValue)]
                + schools.headers.dropFirst(3).map { header in
                    columns.unitField(header).flatMap { unit.fields[$0.key] }.map { Self.cell($0.value) } ?? .empty
                }
        }
        workbook.sheets[2] = schools

        let read = try SpreadsheetInput.read(xlsx: try XLSXWriter.data(workbook), schema: { registry.assessment(id: $0)?.descriptor.schema })
        let fromWorkbook = try registry.evaluate(read)
        let fromJSON = try registry.evaluate(input)
        #expect(fromWorkbook.inputDigest == fromJSON.inputDigest)
        #expect(fromWorkbook.verdict == fromJSON.verdict)
        #expect(fromWorkbook.indicators == fromJSON.indicators)
    }

    @Test func badCellsAreNamedBySheetAndCell() throws {
        let registry = try BundledAssessments.registry()
        let descriptor = try #require(registry.assessment(id: "compulsory-quality-balance")).descriptor
        var workbook = InputTemplate(descriptor: descriptor).workbook
        workbook.sheets[1].rows[2][1] = "339901"
        workbook.sheets[1].rows[3][1] = "示例县"
        workbook.sheets[1].rows[4][1] = "去年"
        workbook.sheets[2].rows = [["P1", "城关小学", "小学", "很多"]]
        let error = try #require(throws: DudaoError.self) {
            try SpreadsheetInput.read(xlsx: try XLSXWriter.data(workbook), schema: { registry.assessment(id: $0)?.descriptor.schema })
        }
        #expect(error.violations.contains { $0.path == "基本信息!B6" && $0.messageEn.contains("period") })
        #expect(error.violations.contains { $0.path == "学校!D2" && $0.rule == .typeMismatch })
    }

    @Test func csvWithChineseHeadersReadsAsKeys() throws {
        let registry = try BundledAssessments.registry()
        let descriptor = try #require(registry.assessment(id: "compulsory-quality-balance")).descriptor
        let spec = try #require(descriptor.schema.unitFields.first { $0.type == .integer || $0.type == .number })
        let text = """
            # assessment: compulsory-quality-balance
            # subject: county 339901 示例县
            # period: 2024-2025
            学校代码,学校名称,类型,\(InputColumns.header(spec))
            P1,城关小学,小学,"1,200"
            """
        let input = try SpreadsheetInput.normalize(try CSVInput.parse(text), schema: descriptor.schema)
        #expect(input.units[0].kind == .primary)
        #expect(input.units[0].fields[spec.key]?.value.numberValue == 1200)
    }

    @Test func csvTemplateReadsBackOnceFilled() throws {
        let registry = try BundledAssessments.registry()
        let descriptor = try #require(registry.assessment(id: "compulsory-quality-balance")).descriptor
        let template = InputTemplate(descriptor: descriptor).csv()
        #expect(template.hasPrefix("\u{FEFF}## "))
        // Unfilled, the subject and period are reported missing rather than guessed.
        #expect(throws: DudaoError.self) { try CSVInput.parse(template) }
        let filled = template
            .replacingOccurrences(of: "# subject: \r\n", with: "# subject: county 339901 示例县\r\n")
            .replacingOccurrences(of: "# period: \r\n", with: "# period: 2024-2025\r\n")
            + "P1,城关小学,小学" + String(repeating: ",", count: descriptor.schema.unitFields.count) + "\r\n"
        let input = try SpreadsheetInput.normalize(try CSVInput.parse(filled), schema: descriptor.schema)
        #expect(input.subject.code == "339901")
        #expect(input.units.map(\.kind) == [.primary])
        #expect(input.facts.isEmpty)
    }

    static func cell(_ value: Value) -> SheetCell {
        switch value {
        case .number(let number): .number(number, .decimal(2))
        case .integer(let integer): .number(Double(integer), .count)
        case .boolean(let flag): .text(flag ? "是" : "否")
        case .text(let text): .text(text)
        }
    }
}
