import DudaoCore

extension SchoolStage {
    /// The edition parameter holding the stage's 综合差异系数 limit.
    var limitParameter: String { "composite.\(self.rawValue).max" }
}
