public import DudaoCore

extension SchoolStage {
    /// The unit field holding this stage's 在校生数, from the shared school vocabulary.
    public var pupilsKey: String { SchoolFigure.pupils(self).key }
}
