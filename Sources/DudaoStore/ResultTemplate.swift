import Crypto
import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import SwiftProtobuf

/// The part of a stored result that every evaluation under the same assessment, edition and
/// parameters shares: titles, the edition, the parameters as used, and each indicator's and veto's
/// names, unit, rule, citation and status tag.
///
/// It is half of a 60-school result and the same on every call, so the store keeps it once per
/// digest (`result_templates`) and each record keeps only its own facts. ``join(_:facts:)`` puts
/// the two back together field for field, so a record reads back exactly as it was evaluated.
struct ResultTemplate: Sendable {
    let message: Dudao_V1_AssessmentResult
    /// `sha256:` and the hex digest of the message's deterministic encoding.
    let digest: String
    let body: Data

    init(_ message: Dudao_V1_AssessmentResult) throws {
        var options = BinaryEncodingOptions()
        options.useDeterministicOrdering = true
        do {
            self.body = try message.serializedBytes(options: options)
        } catch {
            throw DudaoError(.internal, "a result template could not be serialized: \(error)")
        }
        self.message = message
        self.digest = "sha256:" + SHA256.hash(data: self.body).lowercaseHex
    }

    /// Splits `result` into the shared template and the facts of this evaluation. The result is
    /// taken, so that its fields move rather than being copied.
    static func split(_ result: consuming Dudao_V1_AssessmentResult, templates: TemplateCache) throws -> (template: ResultTemplate, facts: Dudao_V1_AssessmentResult) {
        var template = Dudao_V1_AssessmentResult()
        var facts = result
        Self.moveShared(from: &facts, to: &template)
        return (try templates.template(for: template), facts)
    }

    /// The result that `split` took apart.
    ///
    /// - Throws: ``DudaoError/Code/dataLoss`` when the template does not fit the facts.
    static func join(_ template: Dudao_V1_AssessmentResult, facts: Dudao_V1_AssessmentResult) throws -> Dudao_V1_AssessmentResult {
        guard template.indicators.count == facts.indicators.count, template.vetoes.count == facts.vetoes.count else {
            throw DudaoError(.dataLoss, "a stored result does not match its template")
        }
        var template = template
        var result = facts
        Self.moveShared(from: &template, to: &result)
        return result
    }

    /// Moves the shared fields from `source` to `target`, leaving them at their defaults in
    /// `source`; one list of fields serves both directions.
    private static func moveShared(from source: inout Dudao_V1_AssessmentResult, to target: inout Dudao_V1_AssessmentResult) {
        swap(&source.titleZh, &target.titleZh)
        swap(&source.titleEn, &target.titleEn)
        Self.move(\.edition, has: \.hasEdition, clear: { $0.clearEdition() }, from: &source, to: &target)
        swap(&source.parameters, &target.parameters)
        Self.pairwise(\.indicators, from: &source, to: &target) { Self.moveShared(from: &$0, to: &$1) }
        Self.pairwise(\.vetoes, from: &source, to: &target) { source, target in
            swap(&source.nameZh, &target.nameZh)
            swap(&source.nameEn, &target.nameEn)
            Self.move(\.citation, has: \.hasCitation, clear: { $0.clearCitation() }, from: &source, to: &target)
            swap(&source.status, &target.status)
        }
    }

    /// Runs `body` on each element of a repeated field of `source` and its counterpart in
    /// `target`, which gets empty elements when it has none yet.
    ///
    /// A generated message keeps its fields behind a storage class whose accessors hand out the
    /// array, so changing an element where it lies would copy the array and every element; the
    /// arrays are taken out, changed and put back instead.
    private static func pairwise<Element: SwiftProtobuf.Message>(
        _ field: WritableKeyPath<Dudao_V1_AssessmentResult, [Element]>,
        from source: inout Dudao_V1_AssessmentResult,
        to target: inout Dudao_V1_AssessmentResult,
        _ body: (inout Element, inout Element) -> Void
    ) {
        var sources = source[keyPath: field]
        source[keyPath: field] = []
        var targets = target[keyPath: field]
        target[keyPath: field] = []
        if targets.isEmpty { targets = sources.map { _ in Element() } }
        for index in sources.indices { body(&sources[index], &targets[index]) }
        source[keyPath: field] = sources
        target[keyPath: field] = targets
    }

    private static func moveShared(from source: inout Dudao_V1_IndicatorResult, to target: inout Dudao_V1_IndicatorResult) {
        swap(&source.nameZh, &target.nameZh)
        swap(&source.nameEn, &target.nameEn)
        swap(&source.group, &target.group)
        swap(&source.unitPresent, &target.unitPresent)
        swap(&source.comparator, &target.comparator)
        swap(&source.decimals, &target.decimals)
        swap(&source.gating, &target.gating)
        Self.move(\.citation, has: \.hasCitation, clear: { $0.clearCitation() }, from: &source, to: &target)
        swap(&source.status, &target.status)
    }

    /// Moves a message-typed field with its presence: assigning even an empty message would make
    /// it present, and the joined result must equal the original.
    private static func move<Message, Field>(
        _ field: WritableKeyPath<Message, Field>,
        has: KeyPath<Message, Bool>,
        clear: (inout Message) -> Void,
        from source: inout Message,
        to target: inout Message
    ) {
        guard source[keyPath: has] else { return }
        target[keyPath: field] = source[keyPath: field]
        clear(&source)
    }
}
