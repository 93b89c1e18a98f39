public import DudaoProto

extension ProtocolLimits {
    /// The limits as advertised in `ServerHello`.
    public var proto: Dudao_V1_Limits {
        var proto = Dudao_V1_Limits()
        proto.maxFrameBytes = UInt32(clamping: self.maxFrameBytes)
        proto.maxCallsInFlight = UInt32(clamping: self.maxCallsInFlight)
        proto.idleTimeoutMs = Self.milliseconds(self.idleTimeout)
        proto.handshakeTimeoutMs = Self.milliseconds(self.handshakeTimeout)
        proto.maxTimeoutMs = Self.milliseconds(self.maxCallTimeout)
        proto.maxBatchInputs = UInt32(clamping: self.maxBatchInputs)
        return proto
    }

    /// The limits a server advertised; a field left at zero keeps the default.
    public init(proto: Dudao_V1_Limits) {
        let defaults = ProtocolLimits.default
        func duration(_ milliseconds: UInt32, _ fallback: Duration) -> Duration {
            milliseconds == 0 ? fallback : .milliseconds(Int64(milliseconds))
        }
        self.init(
            maxFrameBytes: proto.maxFrameBytes == 0 ? defaults.maxFrameBytes : Int(proto.maxFrameBytes),
            maxCallsInFlight: proto.maxCallsInFlight == 0 ? defaults.maxCallsInFlight : Int(proto.maxCallsInFlight),
            idleTimeout: duration(proto.idleTimeoutMs, defaults.idleTimeout),
            handshakeTimeout: duration(proto.handshakeTimeoutMs, defaults.handshakeTimeout),
            maxCallTimeout: duration(proto.maxTimeoutMs, defaults.maxCallTimeout),
            maxBatchInputs: proto.maxBatchInputs == 0 ? defaults.maxBatchInputs : Int(proto.maxBatchInputs)
        )
    }

    /// Whole milliseconds, clamped to what a `uint32` holds (about 49 days).
    static func milliseconds(_ duration: Duration) -> UInt32 {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds.multipliedReportingOverflow(by: 1000)
        guard !milliseconds.overflow else { return seconds < 0 ? 0 : UInt32.max }
        return UInt32(clamping: milliseconds.partialValue + attoseconds / 1_000_000_000_000_000)
    }
}
