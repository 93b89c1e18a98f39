extension Finding {
    /// A rectification matter for an indicator that is not met, carrying its value, threshold
    /// and shortfall, so that every module reports shortfalls the same way.
    public init(_ indicator: IndicatorResult, unitID: String? = nil, unitName: String? = nil, zh: String? = nil, en: String? = nil) {
        let shortfall: Double? =
            if let value = indicator.value, let threshold = indicator.threshold {
                indicator.comparator.shortfall(value, threshold)
            } else {
                nil
            }
        self.init(
            unitID: unitID,
            unitName: unitName,
            indicatorCode: indicator.code,
            scope: indicator.scope,
            nameZh: indicator.nameZh,
            nameEn: indicator.nameEn,
            value: indicator.value,
            threshold: indicator.threshold,
            shortfall: shortfall,
            unit: indicator.unit,
            zh: zh ?? indicator.explanationZh,
            en: en ?? indicator.explanationEn
        )
    }
}
