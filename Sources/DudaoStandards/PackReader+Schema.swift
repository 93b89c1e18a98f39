import DudaoCore

extension PackReader {
    /// `schema:` with `subjects`, `subject_codes`, `facts`, `unit_kinds`, `unit_fields` and
    /// `requires_units`, the values each text fact with `allowed` may take, and the subject codes
    /// and fact measures of ``PackInputRules``.
    func readSchema(_ node: PackNode) -> (schema: InputSchema, allowed: [String: [String]], rules: PackInputRules) {
        node.allowOnly(["subjects", "subject_codes", "facts", "unit_kinds", "unit_fields", "requires_units"])
        let subjects: [SubjectKind] = (node.required("subjects")?.items ?? []).compactMap { item in
            guard let text = item.text else { return nil }
            guard let kind = SubjectKind(rawValue: text) else {
                item.fail("bad-subject-kind", "unknown subject kind \(text); one of \(SubjectKind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return kind
        }
        let unitKinds: [UnitKindSpec] = (node.optional("unit_kinds")?.items ?? []).compactMap { item in
            item.allowOnly(["kind", "name"])
            guard let kind = item.required("kind")?.text, let names = item.required("name")?.names else { return nil }
            return UnitKindSpec(UnitKind(rawValue: kind), zh: names.zh, en: names.en)
        }
        var allowed: [String: [String]] = [:]
        var rules = PackInputRules()
        rules.subjectCodes = self.readSubjectCodes(node.optional("subject_codes"), kinds: subjects)
        let facts: [FieldSpec] = (node.optional("facts")?.items ?? []).compactMap { item in
            guard let field = self.readField(item) else { return nil }
            if let values = item.optional("allowed") {
                guard field.type == .text else {
                    values.fail("field-type", "field \(field.key): allowed lists the values of a text field; this one is a \(field.type.rawValue)")
                    return field
                }
                allowed[field.key] = values.items.compactMap(\.text)
            }
            if item.optional("measure")?.boolean == true {
                if field.type == .text {
                    item.optional("measure")?.fail("field-type", "field \(field.key): measure carries a number or a yes/no fact into the result; this one is text")
                } else {
                    rules.factMeasures.append(field.key)
                }
            }
            return field
        }
        let schema = InputSchema(
            subjectKinds: subjects,
            facts: facts,
            unitKinds: unitKinds,
            unitFields: (node.optional("unit_fields")?.items ?? []).compactMap { item in
                item.optional("allowed")?.fail("unknown-key", "allowed is for text facts; unit fields do not take it")
                item.optional("measure")?.fail("unknown-key", "measure is for subject facts; unit fields do not take it")
                return self.readField(item)
            },
            requiresUnits: node.optional("requires_units")?.boolean ?? false
        )
        return (schema, allowed, rules)
    }

    /// One input field: key, type, unit, bounds, labels, the spreadsheet column header, whether needed.
    private func readField(_ node: PackNode) -> FieldSpec? {
        node.allowOnly(["key", "type", "unit", "bounds", "label", "column", "needed", "definition", "kinds", "allowed", "measure"])
        guard let key = node.required("key")?.text, let typeNode = node.required("type"), let typeName = typeNode.text,
            let label = node.required("label")?.names
        else { return nil }
        guard let type = ValueType(rawValue: typeName) else {
            typeNode.fail("bad-type", "field \(key): type must be one of \(ValueType.allCases.map(\.rawValue).joined(separator: ", ")), got \(typeName)")
            return nil
        }
        var definition = node.optional("definition")?.text
        if let column = node.optional("column")?.text {
            // The column header county spreadsheets use, kept with the field's 口径 for the describe output.
            definition = ["表头：\(column)", definition].compactMap { $0 }.joined(separator: "；")
        }
        return FieldSpec(
            key, type, zh: label.zh, en: label.en, unit: node.optional("unit")?.text,
            constraint: node.optional("bounds").map(self.readBounds) ?? .none,
            unitKinds: node.optional("kinds")?.items.compactMap(\.text).map { UnitKind(rawValue: $0) },
            needed: node.optional("needed")?.boolean ?? true,
            definition: definition
        )
    }

    /// `non_negative`, `positive`, `fraction`, or `{min: a, max: b}`.
    private func readBounds(_ node: PackNode) -> Constraint {
        if node.isMapping {
            node.allowOnly(["min", "max"])
            let low = node.optional("min")?.number ?? -Double.greatestFiniteMagnitude
            let high = node.optional("max")?.number ?? Double.greatestFiniteMagnitude
            if low == 0 && high == Double.greatestFiniteMagnitude { return .nonNegative }
            return .between(low, high)
        }
        switch node.text {
        case "non_negative": return .nonNegative
        case "positive": return .positive
        case "fraction": return .fraction
        case let other:
            node.fail("bad-bounds", "bounds are non_negative, positive, fraction or {min, max}; got \(other ?? "?")")
            return .none
        }
    }
}
