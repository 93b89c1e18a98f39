import Crypto
public import Foundation

/// The canonical digest of an input, which a result and its record carry so that anyone can check
/// later that a stored input is the one that was judged.
///
/// The current scheme, `sha256-bin:`, is SHA-256 over the input's canonical binary form
/// (``CanonicalInputEncoder``), taken after the validator's normalisation (integers given for
/// number fields become numbers). Two inputs with the same data have the same digest whatever the
/// order of their keys or the format they arrived in. Records made before it carry the earlier
/// scheme, `sha256:`, SHA-256 over compact canonical JSON with sorted keys; ``verify(_:digest:)``
/// checks both, so those records stay verifiable.
public enum InputDigest {
    /// The prefix of the current scheme.
    public static let binaryScheme = "sha256-bin:"
    /// The prefix of the JSON scheme of earlier records.
    public static let jsonScheme = "sha256:"

    /// The digest of `input` in the current scheme.
    public static func of(_ input: AssessmentInput) -> String {
        self.binaryScheme + SHA256.hash(data: CanonicalInputEncoder.encode(input)).lowercaseHex
    }

    /// The digest of `input` in the JSON scheme of records made before the binary one.
    public static func json(_ input: AssessmentInput) throws -> String {
        self.jsonScheme + SHA256.hash(data: try CanonicalJSON.encode(input)).lowercaseHex
    }

    /// Whether `digest`, in either scheme, is the digest of `input` (normalised as the validator
    /// leaves it).
    public static func verify(_ input: AssessmentInput, digest: String) -> Bool {
        if digest.hasPrefix(self.binaryScheme) { return self.of(input) == digest }
        if digest.hasPrefix(self.jsonScheme) { return (try? self.json(input)) == digest }
        return false
    }
}

/// JSON encoders and decoders used wherever Dudao reads or writes JSON.
public enum CanonicalJSON {
    /// Compact, sorted keys: for digests and storage.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return try encoder.encode(value)
    }

    /// Indented, sorted keys: for people.
    public static func encodePretty(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(value)
    }

    /// Decodes, turning decoding errors into ``DudaoError/Code/invalidArgument`` with a path.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw DudaoError(.invalidArgument, "invalid JSON input: \(error.readable)", violations: [error.issue])
        } catch let error as InputValueError {
            let path = error.path.isEmpty ? "$" : error.path
            throw DudaoError(.invalidArgument, "invalid input: \(path): \(error.en)", violations: [ValidationIssue(path: path, rule: .typeMismatch, zh: error.zh, en: error.en)])
        }
    }
}

extension DecodingError {
    var issue: ValidationIssue {
        let path: String
        let message: String
        switch self {
        case .keyNotFound(let key, let context):
            path = Self.path(context.codingPath + [key])
            message = "missing key \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = Self.path(context.codingPath)
            message = context.debugDescription
        @unknown default:
            path = ""
            message = "\(self)"
        }
        let rule: ValidationRule = if case .keyNotFound = self { .required } else { .typeMismatch }
        return ValidationIssue(path: path.isEmpty ? "$" : path, rule: rule, zh: "JSON 格式错误：\(message)", en: "invalid JSON: \(message)")
    }

    var readable: String {
        let issue = self.issue
        return "\(issue.path): \(issue.messageEn)"
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
