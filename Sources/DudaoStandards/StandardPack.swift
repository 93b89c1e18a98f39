public import DudaoCore

/// A checked standard pack: the assessment it declares, its rules, examples, and the exact text
/// it was built from.
///
/// Only ``PackLoader`` makes one, and only after the schema, every reference and every worked
/// example have been checked, so a `StandardPack` is always fit to serve.
public struct StandardPack: Sendable {
    public let descriptor: AssessmentDescriptor
    /// The version the pack's author gave (`pack.version`).
    public let packVersion: String
    /// `sha256:` and the hex digest of every file of the pack and of the packs it extends.
    public let contentHash: String
    /// The pack ids from the farthest base to this pack; one entry when it extends nothing.
    public let layers: [String]
    /// The sources from the farthest base to this pack: what the record store keeps.
    public let archive: [PackSource]
    public let examples: [WorkedExample]
    let rules: [String: PackRule]
    let tree: PackTree?
    let vetoes: [PackVeto]
    let checklist: PackChecklist?
    let province: PackProvinceView?
    let warnings: [PackWarning]
    /// The values a text fact may take, by key.
    let allowedValues: [String: [String]]
    /// Per edition id, the parameters without a default (see `PackReader+Unconfigured.swift`).
    let unconfigured: [String: Set<String>]
    /// The result's named measures, when the pack declares them.
    let measures: [PackResultMeasure]?
    /// The values a caller's override of a parameter may lie between, by key.
    let ranges: [String: ClosedRange<Double>]
    /// Units' scopes and exclusions, findings' deadlines and the unit rules' words.
    let reporting: PackReporting
    /// Subject codes a kind must use, and facts carried as measures.
    let inputRules: PackInputRules

    init(
        descriptor: AssessmentDescriptor, packVersion: String, contentHash: String, layers: [String], archive: [PackSource],
        examples: [WorkedExample], rules: [String: PackRule], tree: PackTree?, vetoes: [PackVeto], checklist: PackChecklist?,
        province: PackProvinceView?, warnings: [PackWarning], allowedValues: [String: [String]], unconfigured: [String: Set<String>] = [:],
        measures: [PackResultMeasure]? = nil, ranges: [String: ClosedRange<Double>] = [:], reporting: PackReporting = PackReporting(),
        inputRules: PackInputRules = PackInputRules()
    ) {
        self.descriptor = descriptor
        self.packVersion = packVersion
        self.contentHash = contentHash
        self.layers = layers
        self.archive = archive
        self.examples = examples
        self.rules = rules
        self.tree = tree
        self.vetoes = vetoes
        self.checklist = checklist
        self.province = province
        self.warnings = warnings
        self.allowedValues = allowedValues
        self.unconfigured = unconfigured
        self.measures = measures
        self.ranges = ranges
        self.reporting = reporting
        self.inputRules = inputRules
    }

    /// The assessment that serves this pack.
    public var assessment: PackAssessment { PackAssessment(pack: self) }

    /// The descriptor version a served pack reports in every result: `VERSION+sha256.PREFIX`,
    /// so a result names both the author's version and the content it was computed with.
    static func servedVersion(_ version: String, hash: String) -> String {
        "\(version)+sha256.\(hash.dropFirst("sha256:".count).prefix(16))"
    }

    /// The rule of an indicator, as a one-line summary.
    public func ruleSummary(_ code: String) -> String? { self.rules[code]?.summary ?? self.tree?.summary(code) }

    /// The veto items: code, names and the boolean fact that fires each.
    public var vetoItems: [(code: String, nameZh: String, field: String)] { self.vetoes.map { ($0.code, $0.nameZh, $0.field) } }
}
