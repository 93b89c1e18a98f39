import Crypto
public import Foundation

/// The canonical digest of an input: SHA-256 over its canonical JSON.
///
/// Canonical JSON is compact, with object keys sorted and slashes unescaped, after the validator's
/// normalisation (integers given for number fields become numbers). Two inputs with the same data
/// have the same digest whatever the order of their keys or the format they arrived in.
public enum InputDigest {
    public static func of(_ input: AssessmentInput) throws -> String {
        let data = try CanonicalJSON.encode(input)
        return "sha256:" + SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
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
