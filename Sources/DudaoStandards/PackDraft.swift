import DudaoCore

/// What one pack declares, read but not yet merged with its base or checked as a whole.
/// Sections a pack leaves out are `nil` and come from the pack it extends.
struct PackDraft {
    /// Where something was declared, for messages about references.
    struct Place: Sendable, Hashable {
        var file: String
        var line: Int
        var column: Int

        func error(_ rule: String, _ message: String) -> PackError {
            PackError(file: self.file, line: self.line, column: self.column, rule: rule, message)
        }
    }

    struct Indicator {
        var definition: IndicatorDefinition
        var rule: PackRule
        var place: Place
        /// The standard's words for a unit rule's results (`wording` beside the rule).
        var wording: RulePresentation.Wording?
    }

    struct Example {
        var example: WorkedExample
        var place: Place
    }

    /// An edition that takes another edition of the base pack and changes some of its figures.
    struct EditionOverride {
        var id: String
        var base: String
        var titleZh: String?
        var titleEn: String?
        var effectiveFrom: CalendarDate?
        var effectiveUntil: CalendarDate?
        var overrides: [(parameter: Parameter, place: Place)]
        var notes: [String]
        var place: Place
    }

    var id = ""
    var version = ""
    var titleZh = ""
    var titleEn = ""
    var summaryZh = ""
    var summaryEn = ""
    var extends: (name: String, place: Place)?
    var packPlace = Place(file: "pack.yaml", line: 0, column: 0)
    var documents: [String: SourceDocument] = [:]
    var documentOrder: [String] = []
    var editions: [Edition]?
    /// Per edition id, the parameters declared with `value: null`: no default, so the rules that
    /// read one are not assessable until a caller or a layer gives it.
    var unconfigured: [String: Set<String>] = [:]
    var editionOverrides: [EditionOverride] = []
    var groups: [IndicatorGroup]?
    var indicators: [Indicator]?
    var tree: (tree: PackTree, place: Place)?
    var vetoes: [PackVeto]?
    var warnings: [PackWarning]?
    /// The result's named measures (`measures:`), instead of each indicator's value.
    var measures: [PackResultMeasure]?
    /// The values a caller's override of a parameter may lie between (`range` of a parameter).
    var ranges: [String: ClosedRange<Double>] = [:]
    /// Sections `units` and `findings`, with where the first of them is declared.
    var reporting: (reporting: PackReporting, place: Place)?
    var checklist: (checklist: PackChecklist, place: Place)?
    var province: (view: PackProvinceView, place: Place)?
    var schema: InputSchema?
    /// The values a text fact may take, by key (`allowed` in the schema).
    var allowedValues: [String: [String]]?
    /// Subject codes and fact measures declared by the schema.
    var inputRules: PackInputRules?
    var examples: [Example]?
}
