import DudaoCore
import Testing

struct SchoolStageTests {
    @Test("a stage's index is its place in report order, and stages sort by it")
    func indexIsReportOrder() {
        #expect(SchoolStage.allCases.map(\.index) == Array(SchoolStage.allCases.indices))
        #expect(SchoolStage.allCases.reversed().sorted() == SchoolStage.allCases)
        #expect(SchoolStage.primary < .junior && SchoolStage.junior < .senior && !(SchoolStage.senior < .primary))
    }
}
