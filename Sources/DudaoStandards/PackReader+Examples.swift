import DudaoCore
import Foundation

extension PackReader {
    /// A worked example: `name`, `summary`, `input` (as in an Evaluate request, without the
    /// assessment id), `verdict` and `expect`.
    func readExample(_ node: PackNode, id: String) -> PackDraft.Example? {
        node.allowOnly(["name", "summary", "input", "verdict", "expect"])
        guard let name = node.required("name")?.text, let inputNode = node.required("input"), let verdictNode = node.required("verdict"),
            let verdictText = verdictNode.text
        else { return nil }
        guard let verdict = Verdict(rawValue: verdictText) else {
            verdictNode.fail("bad-verdict", "verdict must be pass, fail or not_assessable, got \(verdictText)")
            return nil
        }
        guard inputNode.isMapping else {
            inputNode.fail("bad-example-input", "input must be a mapping with subject, period, facts and units")
            return nil
        }
        let input: AssessmentInput
        do {
            // The example is of this pack's assessment, whatever the input says.
            input = try PackNodeDecoder.decode(AssessmentInput.self, from: inputNode.node, replacing: ["assessment": id])
        } catch {
            inputNode.fail("bad-example-input", "example \(name): the input does not decode: \(Self.describe(error))")
            return nil
        }
        let expectations = (node.optional("expect")?.items ?? []).compactMap(self.readExpectation)
        let example = WorkedExample(name: name, summary: node.optional("summary")?.text ?? "", input: input, verdict: verdict, expectations: expectations)
        return PackDraft.Example(example: example, place: PackDraft.Place(file: node.file, line: node.line, column: node.column))
    }

    /// `{indicator: CODE, value: …}`, `{indicator: CODE, outcome: …}`, `{indicator: CODE, unit: ID, value: …}`,
    /// `{veto: CODE}`, `{measure: KEY, value: …}`, `{finding: CODE, unit: ID}` or `{warning: CODE}`; `scope` and
    /// `tolerance` optional.
    private func readExpectation(_ node: PackNode) -> WorkedExample.Expectation? {
        node.allowOnly(["indicator", "scope", "value", "outcome", "unit", "tolerance", "veto", "measure", "finding", "warning"])
        let tolerance = node.optional("tolerance")?.number ?? 1e-9
        let scope = node.optional("scope")?.text
        if let veto = node.optional("veto")?.text { return .vetoFired(veto) }
        if let warning = node.optional("warning")?.text { return .warning(warning, unit: node.optional("unit")?.text) }
        if let finding = node.optional("finding")?.text { return .finding(finding, scope: scope, unit: node.optional("unit")?.text) }
        if let measure = node.optional("measure")?.text {
            guard let value = node.required("value")?.number else { return nil }
            return .measure(measure, value, tolerance: tolerance)
        }
        guard let code = node.required("indicator")?.text else { return nil }
        if let outcomeNode = node.optional("outcome") {
            guard let text = outcomeNode.text, let outcome = Outcome(rawValue: text) else {
                outcomeNode.fail("bad-outcome", "outcome must be met, not_met or not_assessable")
                return nil
            }
            return .outcome(code, scope: scope, outcome)
        }
        if let unit = node.optional("unit")?.text {
            guard let value = node.required("value")?.number else { return nil }
            return .unitValue(code, scope: scope, unit: unit, value, tolerance: tolerance)
        }
        guard node.has("value") else {
            node.fail("bad-expectation", "an indicator expectation needs value or outcome")
            return nil
        }
        // `value: null` expects "no value" (not assessable).
        return .value(code, scope: scope, node.optional("value")?.number, tolerance: tolerance)
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return "\(path.isEmpty ? "" : "at \(path.dropFirst()): ")\(context.debugDescription)"
        case DecodingError.keyNotFound(let key, _):
            return "missing key \(key.stringValue)"
        default:
            return "\(error)"
        }
    }
}
