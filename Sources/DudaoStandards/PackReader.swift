import DudaoCore
import Foundation
import Yams

/// Reads the files of one pack into a ``PackDraft``, recording every problem with its place.
struct PackReader {
    static let sections: Set<String> = [
        "pack", "documents", "editions", "groups", "indicators", "tree", "vetoes", "checklist", "province", "warnings", "measures", "units", "findings", "schema", "examples",
    ]

    let source: PackSource
    let diagnostics = PackDiagnostics()
    /// Documents of the base pack, which citations of this pack may name too.
    var inheritedDocuments: [String: SourceDocument] = [:]

    /// Parses every file and reads the sections in dependency order.
    func read() -> PackDraft {
        var sections: [String: PackNode] = [:]
        for name in self.source.orderedNames {
            guard let root = self.parse(name) else { continue }
            guard root.isMapping else {
                root.fail("not-a-mapping", "a pack file is a mapping of sections (\(Self.sections.sorted().joined(separator: ", ")))")
                continue
            }
            root.allowOnly(Self.sections)
            for (key, value) in root.entries where Self.sections.contains(key) {
                if let earlier = sections[key] {
                    value.fail("duplicate-section", "section \(key) is also declared in \(earlier.file) line \(earlier.line)")
                    continue
                }
                sections[key] = value
            }
        }
        var draft = PackDraft()
        guard let pack = sections["pack"] else {
            self.diagnostics.add(PackError(file: self.source.location, line: 0, column: 0, rule: "missing-section", "no file declares the section pack (id, version, title)"))
            return draft
        }
        self.readPack(pack, into: &draft)
        draft.documents = self.inheritedDocuments
        if let documents = sections["documents"] { self.readDocuments(documents, into: &draft) }
        if let editions = sections["editions"] { self.readEditions(editions, into: &draft) }
        if let schema = sections["schema"] {
            let read = self.readSchema(schema)
            draft.schema = read.schema
            draft.allowedValues = read.allowed
            draft.inputRules = read.rules
        }
        if let groups = sections["groups"] {
            draft.groups = groups.items.compactMap { node in
                node.allowOnly(["code", "name"])
                guard let code = node.required("code")?.text, let names = node.required("name")?.names else { return nil }
                return IndicatorGroup(code: code, zh: names.zh, en: names.en)
            }
        }
        if let indicators = sections["indicators"] { draft.indicators = indicators.items.compactMap { self.readIndicator($0, draft: draft) } }
        if let tree = sections["tree"] {
            draft.tree = self.readTree(tree, draft: draft).map { ($0, PackDraft.Place(file: tree.file, line: tree.line, column: tree.column)) }
        }
        if let warnings = sections["warnings"] { draft.warnings = warnings.items.compactMap(self.readWarning) }
        if let checklist = sections["checklist"] {
            draft.checklist = self.readChecklist(checklist, draft: draft).map { ($0, PackDraft.Place(file: checklist.file, line: checklist.line, column: checklist.column)) }
        }
        if let province = sections["province"] {
            draft.province = (self.readProvince(province), PackDraft.Place(file: province.file, line: province.line, column: province.column))
        }
        if let measures = sections["measures"] { draft.measures = measures.items.compactMap(self.readResultMeasure) }
        if let node = sections["units"] ?? sections["findings"] {
            var reporting = PackReporting()
            if let units = sections["units"] { self.readUnits(units, into: &reporting) }
            if let findings = sections["findings"] { self.readFindings(findings, into: &reporting) }
            draft.reporting = (reporting, PackDraft.Place(file: node.file, line: node.line, column: node.column))
        }
        if let vetoes = sections["vetoes"] { draft.vetoes = vetoes.items.compactMap { self.readVeto($0, draft: draft) } }
        if let examples = sections["examples"] { draft.examples = examples.items.compactMap { self.readExample($0, id: draft.id) } }
        return draft
    }

    /// No scalar is given a type while parsing: ``PackNode`` reads each value as the type its key
    /// expects, and compares keys as text. Yams resolves types by regular expressions (Foundation's,
    /// which start ICU), so resolving none keeps them out of the daemon's start and its memory.
    static let resolver = Resolver.basic

    /// One file as a node tree; a YAML or JSON syntax error is recorded with its line.
    private func parse(_ name: String) -> PackNode? {
        let text = self.source.files[name] ?? ""
        do {
            guard let node = try Yams.compose(yaml: text, Self.resolver) else {
                self.diagnostics.add(PackError(file: name, line: 1, column: 1, rule: "empty-file", "the file is empty"))
                return nil
            }
            return PackNode(node: node, file: name, diagnostics: self.diagnostics)
        } catch let error as YamlError {
            self.diagnostics.add(Self.syntaxError(error, file: name))
            return nil
        } catch {
            self.diagnostics.add(PackError(file: name, line: 0, column: 0, rule: "bad-yaml", "\(error)"))
            return nil
        }
    }

    static func syntaxError(_ error: YamlError, file: String) -> PackError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return PackError(file: file, line: mark.line, column: mark.column, rule: "bad-yaml", detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PackError(file: file, line: context.mark.line, column: context.mark.column, rule: "bad-yaml", "duplicate keys \(duplicates.joined(separator: ", ")) \(context.text)")
        default:
            return PackError(file: file, line: 0, column: 0, rule: "bad-yaml", error.description)
        }
    }

    private func readPack(_ node: PackNode, into draft: inout PackDraft) {
        node.allowOnly(["id", "version", "title", "summary", "extends"])
        draft.packPlace = PackDraft.Place(file: node.file, line: node.line, column: node.column)
        draft.id = node.required("id")?.text ?? ""
        draft.version = node.required("version")?.text ?? ""
        if let names = node.required("title")?.names { (draft.titleZh, draft.titleEn) = names }
        if let names = node.optional("summary")?.names { (draft.summaryZh, draft.summaryEn) = names }
        if let extends = node.optional("extends"), let name = extends.text {
            draft.extends = (name, PackDraft.Place(file: extends.file, line: extends.line, column: extends.column))
        }
        if !draft.id.isEmpty, !draft.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            node.required("id")?.fail("bad-id", "an id is lower-case letters, digits and hyphens, e.g. compulsory-quality-county")
        }
    }

    private func readDocuments(_ node: PackNode, into draft: inout PackDraft) {
        for item in node.items {
            item.allowOnly(["id", "title", "number", "issuer", "year", "url", "status"])
            guard let id = item.required("id")?.text, let title = item.required("title")?.text, let issuer = item.required("issuer")?.text,
                let status = item.required("status")?.statusTag
            else { continue }
            if draft.documentOrder.contains(id) {
                item.fail("duplicate-document", "document \(id) is declared twice")
            }
            draft.documents[id] = SourceDocument(
                title: title, number: item.optional("number")?.text, issuer: issuer, year: item.optional("year")?.integer,
                url: item.optional("url")?.text, status: status
            )
            draft.documentOrder.append(id)
        }
    }

    /// `{document: ID, article: …, note: …}`, naming a document of the pack or of its base.
    func readCitation(_ node: PackNode, documents: [String: SourceDocument]) -> Citation? {
        node.allowOnly(["document", "article", "note"])
        guard let id = node.required("document")?.text else { return nil }
        guard let document = documents[id] else {
            node.required("document")?.fail("unknown-document", "citation names document \(id), which the pack does not declare; known: \(documents.keys.sorted().joined(separator: ", "))")
            return nil
        }
        return document.cite(node.optional("article")?.text, note: node.optional("note")?.text)
    }

    private func readEditions(_ node: PackNode, into draft: inout PackDraft) {
        var editions: [Edition] = []
        for item in node.items {
            if item.optional("base") != nil {
                if let override = self.readEditionOverride(item, draft: draft) { draft.editionOverrides.append(override) }
                continue
            }
            item.allowOnly(["id", "title", "from", "until", "documents", "parameters", "notes"])
            guard let id = item.required("id")?.text, let title = item.required("title")?.names, let from = item.required("from")?.date else { continue }
            var documentIDs = draft.documentOrder
            if let listed = item.optional("documents") {
                documentIDs = listed.items.compactMap { node in
                    guard let documentID = node.text else { return nil }
                    guard draft.documents[documentID] != nil else {
                        node.fail("unknown-document", "edition \(id) lists document \(documentID), which the pack does not declare")
                        return nil
                    }
                    return documentID
                }
            }
            let documents = documentIDs.compactMap { draft.documents[$0] }
            var parameters: [Parameter] = []
            var keys = Set<String>()
            for parameterNode in item.optional("parameters")?.items ?? [] {
                guard let parameter = self.readParameter(parameterNode, documents: draft.documents) else { continue }
                guard keys.insert(parameter.key).inserted else {
                    parameterNode.fail("duplicate-parameter", "edition \(id) declares parameter \(parameter.key) twice")
                    continue
                }
                parameters.append(parameter)
                if Self.isUnconfigured(parameterNode) { draft.unconfigured[id, default: []].insert(parameter.key) }
                if let range = self.readRange(parameterNode) { draft.ranges[parameter.key] = range }
            }
            editions.append(
                Edition(
                    id: id, titleZh: title.zh, titleEn: title.en, effectiveFrom: from, effectiveUntil: item.optional("until")?.date,
                    documents: documents, parameters: parameters, notes: item.optional("notes")?.items.compactMap(\.text) ?? []
                )
            )
        }
        if !editions.isEmpty { draft.editions = editions }
    }

    func readParameter(_ node: PackNode, documents: [String: SourceDocument]) -> Parameter? {
        node.allowOnly(["key", "value", "type", "name", "unit", "citation", "status", "allowed", "range"])
        guard let key = node.required("key")?.text, let value = self.parameterValue(node),
            let names = node.required("name")?.names,
            let citation = node.required("citation").flatMap({ self.readCitation($0, documents: documents) }),
            let status = node.required("status")?.statusTag
        else { return nil }
        let suffix = Self.isUnconfigured(node) ? Self.noDefault : (zh: "", en: "")
        return Parameter(
            key, value, nameZh: names.zh + suffix.zh, nameEn: names.en + suffix.en, unit: node.optional("unit")?.text, citation: citation, status: status,
            allowedValues: node.optional("allowed")?.items.compactMap(\.value)
        )
    }

    private func readEditionOverride(_ node: PackNode, draft: PackDraft) -> PackDraft.EditionOverride? {
        node.allowOnly(["id", "base", "title", "from", "until", "overrides", "notes"])
        guard let id = node.required("id")?.text, let base = node.required("base")?.text else { return nil }
        if draft.extends == nil {
            node.required("base")?.fail("base-without-extends", "edition \(id) names a base edition but the pack extends no other pack")
        }
        let title = node.optional("title")?.names
        var overrides: [(Parameter, PackDraft.Place)] = []
        for item in node.optional("overrides")?.items ?? [] {
            item.allowOnly(["key", "value", "citation", "status", "name", "unit"])
            guard let key = item.required("key")?.text, let value = item.required("value")?.value,
                let citation = item.required("citation").flatMap({ self.readCitation($0, documents: draft.documents) }),
                let status = item.required("status")?.statusTag
            else { continue }
            let parameter = Parameter(key, value, nameZh: item.optional("name")?.names?.zh ?? "", nameEn: item.optional("name")?.names?.en ?? "", unit: item.optional("unit")?.text, citation: citation, status: status)
            overrides.append((parameter, PackDraft.Place(file: item.file, line: item.line, column: item.column)))
        }
        return PackDraft.EditionOverride(
            id: id, base: base, titleZh: title?.zh, titleEn: title?.en, effectiveFrom: node.optional("from")?.date, effectiveUntil: node.optional("until")?.date,
            overrides: overrides, notes: node.optional("notes")?.items.compactMap(\.text) ?? [],
            place: PackDraft.Place(file: node.file, line: node.line, column: node.column)
        )
    }
}
