import BasicBalanceAssessment
public import DudaoCore
import PreschoolCoverageAssessment
import QualityBalanceAssessment
import TeacherPayAssessment

/// The one list of assessments this build ships. Adding a module: its folder under `Plugins/`,
/// one line in `Package.swift`, one entry here.
public enum BundledAssessments {
    public static var all: [any Assessment] {
        [
            QualityBalance(),
            PreschoolCoverageAssessment(),
            TeacherPayAssessment(),
            BasicBalanceAssessment(),
        ]
    }

    /// The registry of every bundled assessment.
    public static func registry() throws -> AssessmentRegistry {
        try AssessmentRegistry(self.all)
    }
}
