public import DudaoCore

/// The input of 基本均衡 monitoring: one record per school (or 学段 part of a 一贯制 school) and
/// the previous year's coefficients.
public enum BasicBalanceSchema {
    static let kinds: [UnitKind] = [.primary, .junior]

    /// The fact holding the previous year's coefficient of a resource (or `composite`) in a stage.
    public static func previousFact(_ key: String, _ stage: SchoolStage) -> String {
        "previous_cv_\(key)_\(stage.rawValue)"
    }

    public static let schema: InputSchema = {
        var facts: [FieldSpec] = [
            FieldSpec("certification_year", .integer, zh: "基本均衡国家认定年份", en: "year of the national basic-balance certification", constraint: .between(2013, 9999), needed: false),
        ]
        for stage in SchoolStage.compulsory {
            for resource in BasicBalanceResource.all {
                facts.append(FieldSpec(previousFact(resource.key, stage), .number, zh: "上年\(stage.nameZh)\(resource.nameZh)差异系数", en: "previous year's \(stage.nameEn) coefficient of \(resource.nameEn.lowercased())", constraint: .nonNegative, needed: false))
            }
            facts.append(FieldSpec(previousFact("composite", stage), .number, zh: "上年\(stage.nameZh)综合差异系数", en: "previous year's \(stage.nameEn) composite coefficient", constraint: .nonNegative, needed: false))
        }
        let fields: [FieldSpec] =
            [SchoolFigure.pupils.field(constraint: .positive)]
            + BasicBalanceResource.all.map { $0.figure.field() }
            + [FieldSpec("parent_school", .text, zh: "所属一贯制学校", en: "the 一贯制 school this part belongs to", needed: false)]
        return InputSchema(
            subjectKinds: [.county, .zone],
            facts: facts,
            unitKinds: [UnitKindSpec(.primary, zh: "小学（或一贯制学校小学部）", en: "primary school or part"), UnitKindSpec(.junior, zh: "初中（或一贯制学校初中部）", en: "junior school or part")],
            unitFields: fields,
            requiresUnits: true
        )
    }()
}
