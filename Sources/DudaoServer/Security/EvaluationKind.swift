/// Whether an evaluation is official or a preview.
///
/// An official evaluation is stored as a record before it is answered, for accountability and
/// later look-backs. A preview (a county's self-check, a what-if with overridden parameters) is
/// evaluated and audited the same way but leaves no record, so it can never be mistaken for a
/// judgement; a policy can allow a caller one kind and not the other.
public enum EvaluationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case official
    case preview
}
