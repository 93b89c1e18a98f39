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
    /// 1 when a yes/no field is true or a text field is not empty, else 0 (a checklist item).
    case present(String)

    /// The input fields it reads.
    var fields: [String] {
        switch self {
        case .field(let key): [key]
        case .ratio(let of, let per, _): [of, per]
        case .sum(let keys): keys
        case .share(let part, let whole): [part, whole]
        case .present(let key): [key]
        }
    }

    /// The value from `fields`, or the note saying which field is missing or why it has no value.
    func evaluate(_ fields: [String: FieldValue], prefix: String) -> (value: Double?, missing: MissingNote?) {
        var numbers: [String: Double] = [:]
        let absent = self.fields.filter { key in
            guard let value = fields[key]?.value else { return true }
            numbers[key] = value.numberValue ?? value.booleanValue.map { $0 ? 1 : 0 }
            if case .present = self, let text = value.textValue {
                numbers[key] = text.allSatisfy(\.isWhitespace) ? 0 : 1
            }
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
        case .present(let key):
            return (numbers[key], nil)
        case .share(let part, let whole):
            guard let value = Ratios.share(numbers[part]!, of: numbers[whole]!) else {
                return (nil, .reason(zh: "\(prefix)\(whole) 为 0", en: "\(prefix)\(whole) is 0"))
            }
            return (value, nil)
        }
    }
}

/// How a value is judged: against one parameter of the edition (times a subject fact, for a
/// requirement such as "monthly visits" over a period of so many months), within a range of two,
/// or as a yes/no item.
struct PackThreshold: Sendable, Hashable {
    var comparator: Comparator
    /// The parameter holding the threshold (the lower bound of a range); empty for a yes/no item.
    var parameter: String
    /// The upper bound's parameter, for a range.
    var upper: String?
    /// A subject fact the threshold is multiplied by.
    var timesFact: String?

    var parameters: [String] { (self.parameter.isEmpty ? [] : [self.parameter]) + (self.upper.map { [$0] } ?? []) }

    /// The threshold for this input, or the note naming the missing fact it needs.
    func limit(_ parameters: ParameterSet, facts: [String: FieldValue]) throws -> (Double?, MissingNote?) {
        if self.comparator == .isTrue { return (1, nil) }
        let base = try parameters.number(self.parameter)
        guard let fact = self.timesFact else { return (base, nil) }
        guard let factor = facts[fact]?.value.numberValue else { return (nil, .fact(fact)) }
        return (base * factor, nil)
    }

    func outcome(_ value: Double, _ parameters: ParameterSet, facts: [String: FieldValue] = [:]) throws -> (Outcome, Double) {
        if self.comparator == .isTrue { return (value != 0 ? .met : .notMet, 1) }
        let low = try self.limit(parameters, facts: facts).0 ?? 0
        if let upper = self.upper {
            let high = try parameters.number(upper)
            return ((low...high).contains(value) ? .met : .notMet, low)
        }
        return (self.comparator.holds(value, low) ? .met : .notMet, low)
    }
}
