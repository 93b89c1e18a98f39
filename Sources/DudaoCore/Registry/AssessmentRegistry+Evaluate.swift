extension AssessmentRegistry {
    /// Runs the whole pipeline: look up, pick the edition, apply overrides, validate, evaluate, digest.
    ///
    /// - Throws: ``DudaoError`` with ``DudaoError/Code/notFound`` for an unknown assessment or
    ///   edition, ``DudaoError/Code/failedPrecondition`` when no edition is in force for the period,
    ///   ``DudaoError/Code/invalidArgument`` with every violation when the input is invalid.
    public func evaluate(_ input: AssessmentInput) throws -> AssessmentResult {
        guard let served = self.served(id: input.assessment) else {
            throw DudaoError(.notFound, "no assessment with id \(input.assessment); known: \(self.ids.joined(separator: ", "))")
        }
        return try self.evaluate(input, with: served)
    }

    /// Runs the pipeline with `assessment` as it was at `version` when the registry still has
    /// that version (a replay of an old record uses the rules of its time), else as served now.
    public func evaluate(_ input: AssessmentInput, version: String) throws -> AssessmentResult {
        guard let served = self.served(id: input.assessment, version: version) else { return try self.evaluate(input) }
        return try self.evaluate(input, with: served)
    }

    private func evaluate(_ input: AssessmentInput, with served: Served) throws -> AssessmentResult {
        let assessment = served.assessment
        guard assessment.descriptor.id == input.assessment else {
            throw DudaoError(.notFound, "no assessment with id \(input.assessment); known: \(self.ids.joined(separator: ", "))")
        }
        let descriptor = assessment.descriptor
        let edition = try Self.edition(for: input, in: descriptor)
        let (parameters, overrideIssues) = edition.parameters.applying(input.parameterOverrides)
        let report = served.validator.validate(input)
        var issues = overrideIssues + report.issues
        if issues.isEmpty {
            issues += assessment.validate(report.normalized, parameters: parameters)
        }
        guard issues.isEmpty else {
            throw DudaoError(.invalidArgument, "the input breaks \(issues.count) rule(s) of \(descriptor.id)", violations: issues)
        }
        let context = EvaluationContext(descriptor: descriptor, edition: edition, parameters: parameters, missing: report.missing)
        var evaluation = try assessment.evaluate(report.normalized, context: context)
        let overflows = evaluation.nonFiniteIssues()
        guard overflows.isEmpty else {
            throw DudaoError(.invalidArgument, "the input makes \(overflows.count) computed figure(s) of \(descriptor.id) infinite or NaN", violations: overflows)
        }
        evaluation.warnings += RenamedField.warnings(report.renamed)
        var result = AssessmentResult(
            descriptor: descriptor,
            edition: edition,
            parameters: parameters,
            input: report.normalized,
            evaluation: evaluation,
            missing: report.missing,
            inputDigest: InputDigest.of(report.normalized)
        )
        result.warnings += report.normalized.duplicateUnitWarnings
        return result
    }

    /// The edition the caller named, else the one in force on the first day of the period.
    public static func edition(for input: AssessmentInput, in descriptor: AssessmentDescriptor) throws -> Edition {
        if let id = input.edition {
            guard let edition = descriptor.edition(id: id) else {
                let known = descriptor.editions.map(\.id).joined(separator: ", ")
                throw DudaoError(.notFound, "\(descriptor.id) has no edition \(id); known: \(known)")
            }
            return edition
        }
        let date = input.period.referenceDate
        guard let edition = descriptor.editions.inForce(on: date) else {
            throw DudaoError(.failedPrecondition, "no edition of \(descriptor.id) is in force on \(date) (period \(input.period))")
        }
        return edition
    }
}
