import Foundation

/// The opaque page token of a keyset-paged listing: the sort key of the last row returned.
///
/// Keyset paging (rather than an offset) keeps pages stable while new records arrive: a record
/// appended between two calls never shifts a later page. The token is base64url text so that
/// callers treat it as opaque; a tag tells record tokens from audit tokens. Shared by every store
/// of the package, so a token reads the same whichever back end issued it.
package struct PageToken: Equatable {
    package var kind: Kind
    /// `created_at` of a record or `time` of an audit entry.
    package var time: Int64
    /// The record id, or the audit entry's sequence number as text.
    package var key: String

    package enum Kind: String {
        case records = "r1"
        case audit = "a1"
    }

    package var text: String {
        let raw = "\(self.kind.rawValue)|\(self.time)|\(self.key)"
        return Data(raw.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// - Throws: ``DudaoError/Code/invalidArgument`` for a token that this store did not issue.
    package init(_ text: String, kind: Kind) throws {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        let parts = Data(base64Encoded: base64).map { String(decoding: $0, as: UTF8.self) }?
            .split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard let parts, parts.count == 3, parts[0] == kind.rawValue, let time = Int64(parts[1]), !parts[2].isEmpty else {
            throw Self.invalid
        }
        self.kind = kind
        self.time = time
        self.key = String(parts[2])
    }

    package static let invalid = DudaoError(
        .invalidArgument, "invalid page token",
        violations: [.init(path: "pageToken", rule: .typeMismatch, zh: "无效的分页标记；请使用上一页返回的标记", en: "not a page token of this listing; pass the token the previous page returned")]
    )

    package init(kind: Kind, time: Int64, key: String) {
        self.kind = kind
        self.time = time
        self.key = key
    }
}
