import DudaoCore
import Testing

struct CSVInputTests {
    static let sample = #"""
        ## a comment line
        # assessment: compulsory-quality-balance
        # subject: county 339901 示例县 (synthetic)
        # period: 2024-2025
        # edition: 2017
        # fact social_recognition_rate: 0.91
        # fact basic_balance_certified_year: 2019
        # fact veto_exam_admission_occurred: false
        # parameter split.rule: proportional
        id,name,kind,primary_pupils,sports_venue_area_m2,note
        P1,城关小学,primary,1000,8000.5,
        P2,"江南小学, 东校区",primary,,4000,"He said ""fine"""
        """#

    func violations(_ text: String) -> [ValidationIssue] {
        do {
            _ = try CSVInput.parse(text)
            return []
        } catch let error as DudaoError {
            return error.violations
        } catch {
            return []
        }
    }

    @Test("a header with fewer than the id, name and kind columns is refused, not read past its rows' end (a fuzz finding)")
    func shortHeader() throws {
        let text = "# assessment: x\n# subject: county 339901 示例县\n# period: 2024-2025\nid,name\ns1,一小\n"
        let error = try #require(throws: DudaoError.self) { try CSVInput.parse(text) }
        #expect(error.code == .invalidArgument)
    }

    @Test("reads the preamble, typed cells and missing cells")
    func parses() throws {
        let input = try CSVInput.parse(Self.sample)
        #expect(input.assessment == "compulsory-quality-balance")
        #expect(input.subject == Subject(kind: .county, code: "339901", name: "示例县 (synthetic)"))
        #expect(input.period == .schoolYear(2024))
        #expect(input.edition == "2017")
        #expect(input.facts["social_recognition_rate"]?.value == .number(0.91))
        #expect(input.facts["basic_balance_certified_year"]?.value == .integer(2019))
        #expect(input.facts["veto_exam_admission_occurred"]?.value == .boolean(false))
        #expect(input.parameterOverrides == ["split.rule": .text("proportional")])
        #expect(input.units.count == 2)
        #expect(input.units[0].fields["primary_pupils"]?.value == .integer(1000))
        #expect(input.units[0].fields["sports_venue_area_m2"]?.value == .number(8000.5))
        #expect(input.units[0].fields["note"] == nil)
        #expect(input.units[1].name == "江南小学, 东校区")
        #expect(input.units[1].fields["primary_pupils"] == nil)
        #expect(input.units[1].fields["note"]?.value == .text("He said \"fine\""))
    }

    @Test("quoted cells may hold line breaks, stay text, and CRLF endings and a BOM are accepted")
    func quoting() throws {
        let text = "\u{FEFF}# assessment: x\r\n# subject: county 339901 某县\r\n# period: 2024\r\nid,name,kind,code\r\nA,\"two\r\nlines\",primary,\"0042\"\r\nB,b,primary,0042\r\n"
        let input = try CSVInput.parse(text)
        #expect(input.units.map(\.id) == ["A", "B"])
        #expect(input.units[0].name == "two\r\nlines")
        #expect(input.units[0].fields["code"]?.value == .text("0042"))
        #expect(input.units[1].fields["code"]?.value == .integer(42))
        #expect(input.period == .calendarYear(2024))
    }

    @Test("every problem is reported with its line and column", arguments: [
        ("# assessment: x\n# subject: county 339901 某县\n# period: 2024\nid,name,kind\nA,\"open,primary\n", "line 5, column 2"),
        ("# assessment: x\n# subject: county 339901 某县\n# period: 2024\nid,name,kind,n\nA,a,primary\n", "line 5"),
        ("# assessment: x\n# subjct: county 339901 某县\n# period: 2024\nid,name,kind\n", "line 2"),
        ("# assessment: x\n# subject: county 339901 某县\n# period: 2024/25\nid,name,kind\n", "line 3"),
        ("# assessment: x\n# subject: county 339901 某县\n# period: 2024\nid,name,kind,n,n\n", "line 4, column 5"),
        ("# assessment: x\n# subject: county 339901 某县\n# period: 2024\nid,name,kind\nA,a\"b,primary\n", "line 5, column 2"),
        ("# assessment: x\n# subject: county 339901 某县\n# period: 2024\nid,kind,name\n", "line 4, column 2"),
    ])
    func errors(text: String, path: String) {
        let found = self.violations(text)
        #expect(found.contains { $0.path == path }, "\(found)")
    }

    @Test("missing directives and header are all reported at once")
    func missingPreamble() {
        let found = self.violations("")
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.rule == .required })
    }

    @Test("render writes what parse reads back, including awkward text")
    func roundTrip() throws {
        let input = AssessmentInput(
            assessment: "compulsory-quality-balance",
            edition: "2017",
            subject: Subject(kind: .county, code: "339901", name: "示例县 (synthetic)"),
            period: .schoolYear(2024),
            facts: ["rate": 0.875, "year": 2019, "flag": true, "label": "123", "quoted": "say \"hi\""],
            units: [
                Unit(id: "#1", name: "A, \"B\"\nC", kind: .primary, fields: ["area": 5000.0, "pupils": 800, "memo": "true", "blank": " x "]),
                Unit(id: "2", name: "plain", kind: .junior, fields: ["pupils": 300]),
            ],
            parameterOverrides: ["split.rule": .text("proportional"), "cv.primary_max": .number(0.5)]
        )
        let text = CSVInput.render(input)
        let back = try CSVInput.parse(text)
        #expect(back == input, "\(text)")
        #expect(InputDigest.of(back) == InputDigest.of(input))
    }
}
