// Placeholder until the CSV reader lands.
public enum CSVInput {
    public static func parse(_ text: String) throws -> AssessmentInput { throw DudaoError(.unimplemented, "CSV") }
}
