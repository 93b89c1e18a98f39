extension Duration {
    /// Whole milliseconds, clamped to what the protocol's `uint32` fields hold (about 49 days).
    var wholeMilliseconds: UInt32 {
        let (seconds, attoseconds) = self.components
        guard seconds >= 0 else { return 0 }
        let (milliseconds, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        guard !overflow else { return .max }
        return UInt32(clamping: milliseconds + attoseconds / 1_000_000_000_000_000)
    }
}
