import DudaoCore

extension PackReader {
    /// `subject_codes:` a list of `{kind, code, name}`; a kind listed accepts only its codes.
    func readSubjectCodes(_ node: PackNode?, kinds: [SubjectKind]) -> [SubjectKind: [Subject]] {
        var codes: [SubjectKind: [Subject]] = [:]
        for item in node?.items ?? [] {
            item.allowOnly(["kind", "code", "name"])
            guard let kindNode = item.required("kind"), let kindName = kindNode.text, let code = item.required("code")?.text, let name = item.required("name")?.text
            else { continue }
            guard let kind = SubjectKind(rawValue: kindName), kinds.contains(kind) else {
                kindNode.fail("bad-subject-kind", "subject_codes: \(kindName) is not one of the pack's subjects (\(kinds.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            codes[kind, default: []].append(Subject(kind: kind, code: code, name: name))
        }
        return codes
    }
}
