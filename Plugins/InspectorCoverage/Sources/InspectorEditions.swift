public import DudaoCore

/// The editions of the coverage check.
public enum InspectorEditions {
    public enum Key {
        public static let schoolsPerInspector = "max_schools_per_inspector"
        public static let schoolsPerZone = "max_schools_per_zone"
        public static let visitsPerMonth = "visits_per_month"
        public static let includeKindergartens = "include_kindergartens"
        public static let rectificationDays = "rectification_days"
    }

    public static let edition2013 = Edition(
        id: "2013",
        titleZh: "中小学校责任督学挂牌督导（2013）",
        titleEn: "Responsible inspectors for schools (2013)",
        effectiveFrom: CalendarDate(year: 2013, month: 9, day: 1)!,
        documents: InspectorDocuments.all,
        parameters: [
            Parameter(
                Key.schoolsPerInspector, .integer(5), nameZh: "每名责任督学负责学校数上限", nameEn: "Most schools per inspector",
                unit: "所", citation: InspectorDocuments.measures2013.cite("第三条", note: "“原则上每人负责约5所学校”: about 5, read as a ceiling"), status: .partial
            ),
            Parameter(
                Key.schoolsPerZone, .integer(20), nameZh: "督学责任区学校数上限", nameEn: "Most schools per zone",
                unit: "所", citation: InspectorDocuments.zones2012.cite(nil, note: "at most about 20 schools"), status: .partial
            ),
            Parameter(
                Key.visitsPerMonth, .number(1), nameZh: "每月经常性督导次数", nameEn: "Regular visits per month",
                unit: "次", citation: InspectorDocuments.dongying2016.cite(nil, note: "at least once a month in an implementing notice; national wording not retrieved"), status: .partial
            ),
            Parameter(
                Key.includeKindergartens, .boolean(true), nameZh: "覆盖幼儿园", nameEn: "Kindergartens included",
                citation: InspectorDocuments.measures2013.cite(nil, note: "the extension to kindergartens is not in the retrieved text"), status: .unconfirmed
            ),
            Parameter(
                Key.rectificationDays, .integer(30), nameZh: "整改期限（日）", nameEn: "Rectification period (days)",
                unit: "日", citation: InspectorDocuments.measures2013.cite(nil, note: "no period is stated"), status: .unconfirmed
            ),
        ],
        notes: [
            "Confirmed [C]: one inspector for every school, about five schools each; a zone of at most about 20 schools (教督〔2012〕7号); monthly visits in an implementing notice.",
            "UNCONFIRMED [U]: the 文号 of the 2013 measures, the national visit frequency, the extension to kindergartens, and the rectification period.",
        ]
    )

    public static let all: [Edition] = [edition2013]
}
