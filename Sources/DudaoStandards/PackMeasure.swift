import DudaoCore

/// A figure computed from input fields: a field as given, a ratio (per pupil, per 100 pupils), a
/// sum, or a share. Nothing else: a pack has no arbitrary code.
enum PackMeasure: Sendable, Hashable {
    case field(String)
    /// `of / per · scale`; scale 100 for 每百名学生.
    case ratio(of: String, per: String, scale: Double)
    case sum([String])
    /// `part / whole`, a fraction.
    case share(part: String, whole: String)

    /// The input fields it reads.
    var fields: [String] {
        switch self {
        case .field(let key): [key]
        case .ratio(let of, let per, _): [of, per]
        case .sum(let keys): keys
        case .share(let part, let whole): [part, whole]
        }
    }

    /// The value from `fields`, or the note saying which field is missing or why it has no value.
    func evaluate(_ fields: [String: FieldValue], prefix: String) -> (value: Double?, missing: MissingNote?) {
        var numbers: [String: Double] = [:]
        let absent = self.fields.filter { key in
            guard let value = fields[key]?.value else { return true }
            numbers[key] = value.numberValue ?? value.booleanValue.map { $0 ? 1 : 0 }
            return numbers[key] == nil
        }
        guard absent.isEmpty else {
            return (nil, MissingNote(zh: absent.map { "缺少字段 \(prefix)\($0)" }.joined(separator: "；"), en: absent.map { "field \(prefix)\($0) missing" }.joined(separator: "; ")))
        }
        switch self {
        case .field(let key):
            return (numbers[key], nil)
        case .ratio(let of, let per, let scale):
            guard let value = Ratios.perPupil(numbers[of]!, pupils: numbers[per]!) else {
                return (nil, .reason(zh: "\(prefix)\(per) 为 0", en: "\(prefix)\(per) is 0"))
            }
            return (value * scale, nil)
        case .sum(let keys):
            return (keys.reduce(0) { $0 + numbers[$1]! }, nil)
        case .share(let part, let whole):
            guard let value = Ratios.share(numbers[part]!, of: numbers[whole]!) else {
                return (nil, .reason(zh: "\(prefix)\(whole) 为 0", en: "\(prefix)\(whole) is 0"))
            }
            return (value, nil)
        }
    }
}

/// How a value is judged: against one parameter of the edition, or within a range of two.
struct PackThreshold: Sendable, Hashable {
    var comparator: Comparator
    /// The parameter holding the threshold (the lower bound of a range).
    var parameter: String
    /// The upper bound's parameter, for a range.
    var upper: String?

    var parameters: [String] { [self.parameter] + (self.upper.map { [$0] } ?? []) }

    func outcome(_ value: Double, _ parameters: ParameterSet) throws -> (Outcome, Double) {
        let low = try parameters.number(self.parameter)
        if let upper = self.upper {
            let high = try parameters.number(upper)
            return ((low...high).contains(value) ? .met : .notMet, low)
        }
        return (self.comparator.holds(value, low) ? .met : .notMet, low)
    }
}
