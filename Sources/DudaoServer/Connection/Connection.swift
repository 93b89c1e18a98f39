import DudaoCore
import DudaoProto
import DudaoWire
import Foundation
import Logging
import NIOCore
import Synchronization

/// One client connection: the handshake, its calls, its timers, its shutdown.
///
/// The decisions live in ``StateMachine``; this type does the I/O they call for. All of the
/// connection's work runs in one task group on Swift's cooperative pool, never on the event loop:
/// the frame reader, one task per call, the idle timer and the drain watcher. The state machine is
/// shared between them behind a mutex, and no lock is held across an `await`.
final class Connection: Sendable {
    /// What the connection needs from the server.
    struct Settings: Sendable {
        var limits: ServerLimits
        var gracePeriod: Duration
        var serverVersion: String
        /// The identity the client certificate proved, given to every call.
        var peerIdentity: String? = nil
        /// Where the connection comes from, given to every call.
        var peerAddress: PeerAddress? = nil
        /// Admitted into the slot kept for health checks while the server is full: only
        /// `Health/Check` is served.
        var healthOnly = false
    }

    private struct Shared {
        var machine: StateMachine
        /// The cancel signal of each call in flight.
        var calls: [UInt64: OneShotSignal<DudaoError>] = [:]
        /// The largest frame the client accepts (from its hello).
        var clientMaxFrameBytes: Int
        /// The client's name from its hello, for records and the audit trail.
        var clientName = ""
    }

    private let shared: Mutex<Shared>
    private let settings: Settings
    private let dispatcher: Dispatcher
    private let logger: Logger
    private let drainSignal = OneShotSignal<StateMachine.DrainAction>()
    private let reclaimSignal = OneShotSignal<Void>()

    init(settings: Settings, dispatcher: Dispatcher, logger: Logger) {
        self.settings = settings
        self.dispatcher = dispatcher
        self.logger = logger
        let machine = StateMachine(
            maxCalls: settings.limits.maxCallsPerConnection,
            idleTimeout: settings.limits.idleTimeout,
            handshakeTimeout: settings.limits.handshakeTimeout,
            now: .now
        )
        self.shared = Mutex(Shared(machine: machine, clientMaxFrameBytes: ProtocolLimits.default.maxFrameBytes))
    }

    /// Asks the connection to send a go-away and finish its calls within the grace period.
    ///
    /// New calls are refused from the moment this returns; the go-away and the wait happen on the
    /// connection's own task.
    func beginDraining() {
        let action = self.shared.withLock { $0.machine.beginDraining() }
        self.drainSignal.fire(action)
    }

    /// Since when the connection has been unused (no call in flight, none made since; pings do
    /// not count); `nil` while it is busy.
    var unusedSince: ContinuousClock.Instant? {
        self.shared.withLock { $0.machine.unusedSince }
    }

    /// Closes the connection, with a go-away, when it is unused, to make room for a newcomer.
    ///
    /// - Returns: Whether it was unused and is closing.
    func reclaim() -> Bool {
        guard self.shared.withLock({ $0.machine.reclaim() }) else { return false }
        self.reclaimSignal.fire(())
        return true
    }

    /// Serves the connection until it closes. Never throws: a failing connection is logged and
    /// closed, and never takes the server down.
    func run(_ asyncChannel: NIOAsyncChannel<Frame, Frame>) async {
        let channel = asyncChannel.channel
        do {
            try await asyncChannel.executeThenClose { inbound, outbound in
                let writer = FrameWriter(outbound: outbound, logger: self.logger)
                await withDiscardingTaskGroup { group in
                    group.addTask { await self.runIdleTimer(writer: writer, channel: channel) }
                    group.addTask { await self.runDrain(writer: writer, channel: channel) }
                    group.addTask { await self.runReclaim(writer: writer, channel: channel) }
                    if let interval = self.settings.limits.keepaliveInterval {
                        group.addTask { await self.runKeepalive(every: interval, writer: writer, channel: channel) }
                    }
                    do {
                        for try await frame in inbound {
                            await self.handle(frame, writer: writer, channel: channel, group: &group)
                        }
                    } catch let error as any DudaoErrorConvertible {
                        // The framing cannot be trusted any more (oversized length, reserved flag
                        // bits): answer on call id 0, say go-away, close.
                        let error = error.dudaoError
                        self.logger.info("closing a connection whose byte stream broke", metadata: ["error": "\(error)"])
                        self.cancelCalls(self.shared.withLock { $0.machine.streamBroken() }, with: error)
                        await writer.send(.response(callID: 0, error: error))
                        await writer.send(.goAway(error))
                    } catch {
                        self.logger.debug("connection read failed", metadata: ["error": "\(error)"])
                    }
                    let orphans = self.shared.withLock { $0.machine.peerClosed() }
                    self.cancelCalls(orphans, with: DudaoError(.cancelled, "the connection closed"))
                    group.cancelAll()
                }
            }
        } catch {
            self.logger.debug("connection closed with an error", metadata: ["error": "\(error)"])
        }
    }

    // MARK: Frames

    private func handle(_ frame: Frame, writer: FrameWriter, channel: any Channel, group: inout DiscardingTaskGroup) async {
        let now = ContinuousClock.now
        let envelope: Dudao_V1_Frame
        do {
            envelope = try frame.envelope()
        } catch {
            // The frame boundary held, so the stream is still in step: refuse this frame only.
            self.shared.withLock { $0.machine.receivedFrame(now: now) }
            let error = (error as? any DudaoErrorConvertible)?.dudaoError ?? DudaoError(.invalidArgument, "the frame is not a dudao.v1.Frame")
            await writer.send(.response(callID: 0, error: error))
            return
        }
        switch envelope.kind {
        case .clientHello(let hello):
            await self.handleHello(hello, writer: writer, channel: channel, now: now)
        case .request(let request):
            let action = self.shared.withLock { $0.machine.receivedCall(id: request.callID, now: now) }
            switch action {
            case .start:
                self.start(request, writer: writer, channel: channel, group: &group)
            case .reject(let error):
                await writer.send(.response(callID: request.callID, error: error))
            case .ignore:
                break
            }
        case .cancel(let cancel):
            let signal = self.shared.withLock { shared -> OneShotSignal<DudaoError>? in
                shared.machine.receivedCancel(id: cancel.callID, now: now) ? shared.calls[cancel.callID] : nil
            }
            let reason = cancel.reason.isEmpty ? "the client cancelled the call" : "the client cancelled the call: \(cancel.reason)"
            signal?.fire(DudaoError(.cancelled, reason))
        case .ping(let ping):
            self.shared.withLock { $0.machine.receivedFrame(now: now) }
            await writer.send(.pong(ping.payload))
        case .pong(let pong):
            self.shared.withLock { $0.machine.receivedPong(payload: pong.payload) }
        case .goAway:
            // The client is leaving; its calls in flight still get their answers.
            self.shared.withLock { $0.machine.receivedFrame(now: now) }
        case .serverHello, .response:
            self.shared.withLock { $0.machine.receivedFrame(now: now) }
            await writer.send(.response(callID: 0, error: DudaoError(.invalidArgument, "a client may not send ServerHello or Response frames")))
        case nil:
            self.shared.withLock { $0.machine.receivedFrame(now: now) }
            await writer.send(.response(callID: 0, error: DudaoError(.invalidArgument, "the frame carries no kind this server knows")))
        }
    }

    private func handleHello(_ hello: Dudao_V1_ClientHello, writer: FrameWriter, channel: any Channel, now: ContinuousClock.Instant) async {
        let action = self.shared.withLock { shared in
            let action = shared.machine.receivedHello(protocolVersion: hello.protocolVersion, clientName: hello.clientName, now: now)
            if action == .accept, hello.maxFrameBytes > 0 {
                shared.clientMaxFrameBytes = Int(hello.maxFrameBytes)
            }
            if action == .accept {
                shared.clientName = MetadataBounds.clientName(hello.clientName)
            }
            return action
        }
        switch action {
        case .accept:
            self.logger.debug("handshake done", metadata: ["client": "\(MetadataBounds.clientName(hello.clientName))"])
            await writer.send(
                .serverHello(serverName: DudaoServer.name, serverVersion: self.settings.serverVersion, limits: self.settings.limits.protocolLimits)
            )
        case .reject(let error, let close):
            await writer.send(.response(callID: 0, error: error))
            if close {
                await writer.send(.goAway(error))
                channel.close(promise: nil)
            }
        case .ignore:
            break
        }
    }

    // MARK: Calls

    private func start(_ request: Dudao_V1_Request, writer: FrameWriter, channel: any Channel, group: inout DiscardingTaskGroup) {
        let callID = request.callID
        let signal = OneShotSignal<DudaoError>()
        self.shared.withLock { $0.calls[callID] = signal }
        let limit = self.settings.limits.maxCallDuration
        let timeout = request.timeoutMs == 0 ? limit : min(.milliseconds(Int64(request.timeoutMs)), limit)
        let clientName = self.shared.withLock { $0.clientName }
        let call = CallRequest(
            method: request.method,
            payload: request.payload,
            metadata: MetadataBounds.bounded(request.metadata),
            clientName: clientName,
            peerIdentity: self.settings.peerIdentity,
            peerAddress: self.settings.peerAddress
        )
        let healthOnly = self.settings.healthOnly && request.method != WireMethod.healthCheck.rawValue
        group.addTask {
            let outcome: CallOutcome
            if healthOnly {
                outcome = .failed(.limit(.connections, "the server is full; this connection was admitted for health checks only (dudao.v1.Health/Check)"))
            } else {
                outcome = await self.race(call, callID: callID, timeout: timeout, signal: signal, writer: writer, eventLoop: channel.eventLoop)
            }
            await self.finish(callID: callID, outcome: outcome, writer: writer, channel: channel)
        }
    }

    /// Runs the call against its cancel signal and its deadline; the first to end decides.
    ///
    /// The answer is sent as soon as the winner is known. An evaluation that is pure computation
    /// cannot be interrupted, so after a cancel or a deadline it runs on to its end unseen.
    private func race(
        _ call: CallRequest,
        callID: UInt64,
        timeout: Duration,
        signal: OneShotSignal<DudaoError>,
        writer: FrameWriter,
        eventLoop: any EventLoop
    ) async -> CallOutcome {
        let gate = StreamGate()
        let dispatcher = self.dispatcher
        let maxFrameBytes = self.shared.withLock { $0.clientMaxFrameBytes }
        return await withTaskGroup(of: CallOutcome?.self) { group in
            group.addTask {
                await dispatcher.dispatch(call) { payload in
                    guard gate.isOpen else { throw CancellationError() }
                    guard payload.count <= maxFrameBytes - Self.envelopeAllowance else {
                        throw DudaoError.limit(
                            .frameSize,
                            "a streamed message of \(payload.count) bytes is larger than the client's frame limit of \(maxFrameBytes) bytes"
                        )
                    }
                    await writer.send(.response(callID: callID, payload: payload, final: false))
                }
            }
            group.addTask {
                await signal.wait().map { CallOutcome.failed($0) }
            }
            group.addTask {
                do {
                    try await eventLoop.sleep(for: timeout)
                } catch {
                    return nil
                }
                return .failed(DudaoError(.deadlineExceeded, "the call did not finish within \(timeout)"))
            }
            var outcome: CallOutcome?
            while outcome == nil, let next = await group.next() {
                outcome = next
            }
            gate.close()
            group.cancelAll()
            // The dispatch task always returns an outcome, so the loop always ends with one.
            return outcome ?? .failed(DudaoError(.internal, "the call ended without an outcome"))
        }
    }

    private func finish(callID: UInt64, outcome: CallOutcome, writer: FrameWriter, channel: any Channel) async {
        let (action, maxFrameBytes) = self.shared.withLock { shared in
            shared.calls[callID] = nil
            return (shared.machine.callFinished(id: callID, now: .now), shared.clientMaxFrameBytes)
        }
        self.logger.debug("call ended", metadata: ["call": "\(callID)", "status": "\(outcome.error?.code ?? .ok)", "sent": "\(action != .drop)"])
        guard action != .drop else { return }
        var frame: Dudao_V1_Frame
        switch outcome {
        case .ok(let payload):
            frame = .response(callID: callID, payload: payload, final: true)
            if payload.count > maxFrameBytes - Self.envelopeAllowance {
                frame = .response(
                    callID: callID,
                    error: .limit(.frameSize, "the response of \(payload.count) bytes is larger than the client's frame limit of \(maxFrameBytes) bytes")
                )
            }
        case .failed(let error):
            frame = .response(callID: callID, error: error.fitting(maxFrameBytes - Self.envelopeAllowance))
        }
        await writer.send(frame)
        if action == .respondAndClose {
            channel.close(promise: nil)
        }
    }

    /// Room left in a frame for the envelope around a payload: the call id, the status and the
    /// field tags take a few bytes, far below this.
    private static let envelopeAllowance = 64

    private func cancelCalls(_ ids: Set<UInt64>, with error: DudaoError) {
        let signals = self.shared.withLock { shared in ids.compactMap { shared.calls[$0] } }
        for signal in signals {
            signal.fire(error)
        }
    }

    // MARK: Timers

    private func runIdleTimer(writer: FrameWriter, channel: any Channel) async {
        let idleTimeout = self.settings.limits.idleTimeout
        while true {
            // The deadline only moves later with activity, except at the handshake, when the
            // (usually shorter) idle timeout takes over from the handshake timeout; never sleeping
            // past one idle timeout catches that change in time.
            let bound = ContinuousClock.now + idleTimeout
            let wakeAt = min(self.shared.withLock { $0.machine.idleDeadline } ?? bound, bound)
            do {
                try await channel.eventLoop.sleep(until: wakeAt)
            } catch {
                return
            }
            let action = self.shared.withLock { $0.machine.idleTimerFired(now: .now) }
            guard case .goAwayAndClose(let handshake) = action else { continue }
            let message =
                handshake
                ? "no ClientHello within \(self.settings.limits.handshakeTimeout); closing"
                : "the connection was idle for \(idleTimeout); closing"
            self.logger.debug("closing an idle connection", metadata: ["reason": "\(message)"])
            await writer.send(.goAway(DudaoError(.unavailable, message)))
            channel.close(promise: nil)
            return
        }
    }

    private func runKeepalive(every interval: Duration, writer: FrameWriter, channel: any Channel) async {
        while true {
            do {
                try await channel.eventLoop.sleep(for: interval)
            } catch {
                return
            }
            switch self.shared.withLock({ $0.machine.keepaliveTimerFired() }) {
            case .ping(let payload):
                await writer.send(.ping(payload))
            case .closeUnresponsive(let calls):
                let error = DudaoError(.unavailable, "no answer to a ping within \(interval); closing")
                self.logger.info("closing an unresponsive connection", metadata: ["calls": "\(calls.count)"])
                self.cancelCalls(calls, with: error)
                await writer.send(.goAway(error))
                channel.close(promise: nil)
                return
            case .none:
                break
            }
        }
    }

    private func runReclaim(writer: FrameWriter, channel: any Channel) async {
        guard await self.reclaimSignal.wait() != nil else { return }
        self.logger.debug("closing an unused connection to make room for a new one")
        await writer.send(.goAway(DudaoError(.unavailable, "the server is full and this connection was the longest unused; closing to make room")))
        channel.close(promise: nil)
    }

    private func runDrain(writer: FrameWriter, channel: any Channel) async {
        guard let action = await self.drainSignal.wait() else { return }
        let grace = self.settings.gracePeriod
        let goAway = Dudao_V1_Frame.goAway(
            DudaoError(.unavailable, "the server is shutting down"),
            gracePeriodMilliseconds: action == .goAwayAndWait ? grace.wholeMilliseconds : 0
        )
        switch action {
        case .goAwayAndClose:
            await writer.send(goAway)
            channel.close(promise: nil)
        case .goAwayAndWait:
            await writer.send(goAway)
            do {
                try await channel.eventLoop.sleep(for: grace)
            } catch {
                return
            }
            let late = self.shared.withLock { $0.machine.gracePeriodExpired() }
            if !late.isEmpty {
                self.logger.notice("cancelling calls still running after the grace period", metadata: ["calls": "\(late.count)"])
            }
            self.cancelCalls(late, with: DudaoError(.unavailable, "the server shut down before the call finished"))
        case .none:
            break
        }
    }
}

/// Whether a call still takes streamed messages; closed once its final answer is decided.
private final class StreamGate: Sendable {
    private let open = Mutex(true)
    var isOpen: Bool { self.open.withLock { $0 } }
    func close() { self.open.withLock { $0 = false } }
}
