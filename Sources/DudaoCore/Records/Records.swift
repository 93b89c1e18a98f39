/// The domain logic over stored records that needs the assessments themselves: replay and look-back.
///
/// It is pure: it takes the registry as a value and returns reports; storing a new record is the
/// caller's step, so the daemon decides when a result is acknowledged.
public enum Records {
    /// Re-runs a stored record's input under the edition and the assessment version it used, and
    /// compares field by field.
    ///
    /// The comparison is of canonical JSON, the form records are stored in, so a stored result that
    /// reads back with `45` for `45.0` (JSON does not tell them apart) is still identical.
    ///
    /// - Throws: ``DudaoError`` from the evaluation: ``DudaoError/Code/notFound`` when the
    ///   assessment or the edition is no longer served, ``DudaoError/Code/invalidArgument`` when
    ///   the stored input no longer validates (itself a finding: the record cannot be reproduced).
    public static func replay(_ record: EvaluationRecord, registry: AssessmentRegistry) throws -> ReplayReport {
        var input = record.input
        // The input is changed only where it must be: if it named no edition and the one in force
        // for its period is still the one used, it runs as stored (so its digest can match); if
        // another edition now covers the period, the recorded edition is named explicitly, and
        // the digest of that changed input is reported as a difference.
        let version = record.result.assessmentVersion
        if input.edition == nil {
            let inForce = (registry.assessment(id: input.assessment, version: version) ?? registry.assessment(id: input.assessment)).flatMap { try? AssessmentRegistry.edition(for: input, in: $0.descriptor) }
            if inForce?.id != record.edition {
                input.edition = record.edition
            }
        } else {
            input.edition = record.edition
        }
        // The version of the time when the registry still has it (a standard pack revised since).
        let replayed = try registry.evaluate(input, version: version)
        return ReplayReport(
            recordID: record.id,
            edition: record.edition,
            differences: try ResultDifference.between(record.result, replayed),
            replayed: replayed
        )
    }

    /// Evaluates the earlier record's subject again and compares the two results.
    ///
    /// - Parameters:
    ///   - earlier: The record to look back on.
    ///   - newInput: New data for the same assessment and subject (the period may differ); `nil`
    ///     to re-evaluate the stored input under the edition in force now for its period, i.e.
    ///     with the input's explicit edition cleared.
    /// - Throws: ``DudaoError/Code/invalidArgument`` when `newInput` is for another assessment or
    ///   subject, and any error of the evaluation.
    public static func lookBack(earlier: EvaluationRecord, newInput: AssessmentInput?, registry: AssessmentRegistry) throws -> LookBack {
        let input: AssessmentInput
        if let newInput {
            var issues: [ValidationIssue] = []
            if newInput.assessment != earlier.assessment {
                issues.append(
                    .init(
                        path: "assessment", rule: .assessmentMismatch,
                        zh: "回头看须使用同一评估项目 \(earlier.assessment)，实际为 \(newInput.assessment)",
                        en: "a look-back must use the earlier record's assessment \(earlier.assessment); got \(newInput.assessment)"
                    )
                )
            }
            if newInput.subject.code != earlier.subject.code {
                issues.append(
                    .init(
                        path: "subject.code", rule: .inconsistent,
                        zh: "回头看须针对同一对象 \(earlier.subject.code)，实际为 \(newInput.subject.code)",
                        en: "a look-back must assess the earlier record's subject \(earlier.subject.code); got \(newInput.subject.code)"
                    )
                )
            }
            guard issues.isEmpty else {
                throw DudaoError(.invalidArgument, "the look-back input does not match record \(earlier.id)", violations: issues)
            }
            input = newInput
        } else {
            var stored = earlier.input
            stored.edition = nil
            input = stored
        }
        let result = try registry.evaluate(input)
        return LookBack(
            earlierRecordID: earlier.id,
            input: input,
            result: result,
            comparison: ResultComparison(before: earlier.result, after: result, earlierRecordID: earlier.id)
        )
    }
}
