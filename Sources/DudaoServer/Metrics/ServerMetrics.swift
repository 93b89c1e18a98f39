public import Metrics
import DudaoCore

/// Every metric the daemon reports, named in one place so `/metrics` reads as a whole.
///
/// They go through swift-metrics, so they cost nothing until a backend is bootstrapped
/// (`dudaod --metrics-port` bootstraps Prometheus); tests that run a server in-process without
/// one record into the no-op backend.
public enum ServerMetrics {
    /// Calls ended, by method and final status (`dudao_calls_total{method,status}`).
    static func callEnded(method: String, status: DudaoError.Code, duration: Duration) {
        Counter(label: "dudao_calls_total", dimensions: [("method", method), ("status", status.name)]).increment()
        Timer(label: "dudao_call_duration_seconds", dimensions: [("method", method)]).recordNanoseconds(duration.wholeNanoseconds)
    }

    /// Calls refused before their method ran: `rate_limited` or `denied` (unauthenticated or not
    /// permitted), and methods that refused the caller's assessment or region (`denied`).
    static func callRefused(_ error: DudaoError) {
        let reason = error.code == .resourceExhausted ? "rate_limited" : "denied"
        Counter(label: "dudao_calls_refused_total", dimensions: [("reason", reason)]).increment()
    }

    /// One evaluation answered (recorded, or found under its idempotency key).
    static func evaluated(_ result: AssessmentResult) {
        self.evaluated(assessment: result.assessment, verdict: result.verdict)
    }

    static func evaluated(assessment: String, verdict: Verdict) {
        Counter(label: "dudao_evaluations_total", dimensions: [("assessment", assessment), ("verdict", verdict.rawValue)]).increment()
    }

    /// One evaluation answered from the record first stored under its idempotency key.
    static func idempotentReplay() {
        Counter(label: "dudao_idempotent_replays_total").increment()
    }

    /// How long the store took to commit a write of `records` records.
    static func storeCommitted(records: Int, duration: Duration) {
        Timer(label: "dudao_store_commit_seconds").recordNanoseconds(duration.wholeNanoseconds)
        self.storeCommitGroupSize.record(records)
    }

    /// Records per commit. A store that groups several calls' records into one commit records its
    /// group sizes here.
    public static let storeCommitGroupSize = Recorder(label: "dudao_store_commit_group_size", aggregate: true)

    /// Connections open now.
    static func connectionsOpen(_ count: Int) {
        Gauge(label: "dudao_connections").record(count)
    }
}
