public import DudaoCore

extension SchoolStage {
    /// The unit field holding this stage's 在校生数, from the shared school vocabulary.
    public var pupilsKey: String { Self.pupilsKeys[self.index] }

    /// The unit field holding the size of this stage's largest class (G05).
    public var maxClassSizeKey: String { Self.maxClassSizeKeys[self.index] }

    // Made once: they are read for every school of every call.
    private static let pupilsKeys = SchoolStage.allCases.map { SchoolFigure.pupils($0).key }
    private static let maxClassSizeKeys = SchoolStage.allCases.map { "\($0.rawValue)_max_class_size" }
}
