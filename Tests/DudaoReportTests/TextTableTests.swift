import DudaoReport
import Testing

struct TextTableTests {
    @Test("counts Chinese characters as two columns so columns line up")
    func widths() {
        #expect(TextTable.displayWidth("小学") == 4)
        #expect(TextTable.displayWidth("QB-R1") == 5)
        #expect(TextTable.displayWidth("㎡") == 2)
        let table = TextTable(headers: ["指标", "值"], rows: [["每百名学生", "4.20"], ["CV", "0.31"]], rightAligned: [1])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(Set(lines.map(TextTable.displayWidth)).count == 1)
        #expect(lines[2] == "每百名学生  4.20")
        #expect(lines[3] == "CV          0.31")
    }
}
