public import DudaoCore

extension [IndicatorGroup] {
    /// Each area's name in `language`, by its code (the first, where two share a code), for the
    /// pages and sheets that name an indicator's area.
    public func names(_ language: Language) -> [String: String] {
        Dictionary(self.map { ($0.code, language.pick($0.nameZh, $0.nameEn)) }, uniquingKeysWith: { first, _ in first })
    }
}
