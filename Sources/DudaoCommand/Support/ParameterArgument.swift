import ArgumentParser
import DudaoCore

/// `--param KEY=VALUE`: one parameter of the edition set for this evaluation (what the input's
/// `parameterOverrides` says), e.g. a pass line the standard leaves to the office.
/// `true`/`false` are booleans, whole numbers integers, other numbers numbers, the rest text; the
/// daemon coerces a whole number given for a number parameter and refuses any other mismatch.
struct ParameterArgument: ExpressibleByArgument, Sendable {
    var key: String
    var value: Value

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        self.key = String(argument[..<equals])
        let text = String(argument[argument.index(after: equals)...])
        if text == "true" || text == "false" {
            self.value = .boolean(text == "true")
        } else if let integer = Int64(text) {
            self.value = .integer(integer)
        } else if let number = Double(text), number.isFinite {
            self.value = .number(number)
        } else {
            self.value = .text(text)
        }
    }

    static var defaultValueDescription: String { "KEY=VALUE" }

    /// The overrides of `arguments` over those of the input, the command line winning.
    static func apply(_ arguments: [ParameterArgument], to input: inout AssessmentInput) {
        for argument in arguments { input.parameterOverrides[argument.key] = argument.value }
    }
}
