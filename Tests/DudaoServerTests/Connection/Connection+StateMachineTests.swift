import DudaoCore
import Testing

@testable import DudaoServer

@Suite("Connection state machine")
struct ConnectionStateMachineTests {
    typealias Machine = Connection.StateMachine
    let start = ContinuousClock.now

    func machine(maxCalls: Int = 2, idle: Duration = .seconds(60), handshake: Duration = .seconds(10)) -> Machine {
        Machine(maxCalls: maxCalls, idleTimeout: idle, handshakeTimeout: handshake, now: self.start)
    }

    func handshaken(maxCalls: Int = 2) -> Machine {
        var machine = self.machine(maxCalls: maxCalls)
        _ = machine.receivedHello(protocolVersion: 1, clientName: "test", now: self.start)
        return machine
    }

    @Test("a supported hello opens the connection")
    func helloOpens() {
        var machine = self.machine()
        let result1 = machine.receivedHello(protocolVersion: 1, clientName: "cli", now: self.start)
        #expect(result1 == .accept)
        #expect(machine.state == .open(clientName: "cli", calls: []))
    }

    @Test("an unsupported protocol version is refused and closes the connection")
    func unsupportedVersion() throws {
        var machine = self.machine()
        let action = machine.receivedHello(protocolVersion: 99, clientName: "cli", now: self.start)
        guard case .reject(let error, let close) = action else {
            Issue.record("expected a rejection, got \(action)")
            return
        }
        #expect(error.code == .failedPrecondition)
        #expect(close)
        #expect(machine.isClosed)
    }

    @Test("a second hello is an invalid argument and leaves the connection open")
    func secondHello() {
        var machine = self.handshaken()
        let action = machine.receivedHello(protocolVersion: 1, clientName: "again", now: self.start)
        #expect(action == .reject(DudaoError(.invalidArgument, "the handshake was already done on this connection"), close: false))
        #expect(machine.state == .open(clientName: "test", calls: []))
    }

    @Test("a call before the handshake fails its precondition")
    func callBeforeHello() {
        var machine = self.machine()
        guard case .reject(let error) = machine.receivedCall(id: 1, now: self.start) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(error.code == .failedPrecondition)
        #expect(machine.state == .awaitingHello)
    }

    @Test("calls start up to the limit, the next is refused, and a finished call frees its slot")
    func callLimit() throws {
        var machine = self.handshaken(maxCalls: 2)
        let result2 = machine.receivedCall(id: 1, now: self.start)
        #expect(result2 == .start)
        let result3 = machine.receivedCall(id: 2, now: self.start)
        #expect(result3 == .start)
        let third = machine.receivedCall(id: 3, now: self.start)
        guard case .reject(let error) = third else {
            Issue.record("expected a rejection, got \(third)")
            return
        }
        #expect(error.code == .resourceExhausted)
        #expect(machine.calls == [1, 2])
        let result4 = machine.callFinished(id: 1, now: self.start)
        #expect(result4 == .respond)
        let result5 = machine.receivedCall(id: 3, now: self.start)
        #expect(result5 == .start)
        #expect(machine.calls == [2, 3])
    }

    @Test("a call id still in flight cannot be reused, but a finished one can")
    func reusedCallID() {
        var machine = self.handshaken()
        let result6 = machine.receivedCall(id: 7, now: self.start)
        #expect(result6 == .start)
        guard case .reject(let error) = machine.receivedCall(id: 7, now: self.start) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(error.code == .invalidArgument)
        #expect(error.message.contains("7"))
        let result7 = machine.callFinished(id: 7, now: self.start)
        #expect(result7 == .respond)
        let result8 = machine.receivedCall(id: 7, now: self.start)
        #expect(result8 == .start)
    }

    @Test("call id 0 is reserved for the connection")
    func callIDZero() {
        var machine = self.handshaken()
        guard case .reject(let error) = machine.receivedCall(id: 0, now: self.start) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(error.code == .invalidArgument)
    }

    @Test("a call ends only once: a second end is dropped")
    func finishOnce() {
        var machine = self.handshaken()
        _ = machine.receivedCall(id: 1, now: self.start)
        let result9 = machine.callFinished(id: 1, now: self.start)
        #expect(result9 == .respond)
        let result10 = machine.callFinished(id: 1, now: self.start)
        #expect(result10 == .drop)
    }

    @Test("cancel refers only to calls in flight")
    func cancel() {
        var machine = self.handshaken()
        _ = machine.receivedCall(id: 4, now: self.start)
        let result11 = machine.receivedCancel(id: 4, now: self.start)
        #expect(result11)
        let result12 = machine.receivedCancel(id: 5, now: self.start)
        #expect(!result12)
    }

    @Test("draining refuses new calls as unavailable and closes after the last call answers")
    func draining() {
        var machine = self.handshaken()
        _ = machine.receivedCall(id: 1, now: self.start)
        _ = machine.receivedCall(id: 2, now: self.start)
        let result13 = machine.beginDraining()
        #expect(result13 == .goAwayAndWait)
        let result14 = machine.beginDraining()
        #expect(result14 == .none)
        guard case .reject(let error) = machine.receivedCall(id: 3, now: self.start) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(error.code == .unavailable)
        let result15 = machine.callFinished(id: 1, now: self.start)
        #expect(result15 == .respond)
        #expect(!machine.isClosed)
        let result16 = machine.callFinished(id: 2, now: self.start)
        #expect(result16 == .respondAndClose)
        #expect(machine.isClosed)
    }

    @Test("draining with nothing in flight closes at once", arguments: [false, true])
    func drainingIdle(handshaken: Bool) {
        var machine = handshaken ? self.handshaken() : self.machine()
        let result17 = machine.beginDraining()
        #expect(result17 == .goAwayAndClose)
        #expect(machine.isClosed)
    }

    @Test("when the grace period ends, the calls still in flight are cancelled")
    func graceExpired() {
        var machine = self.handshaken()
        let result18 = machine.gracePeriodExpired()
        #expect(result18.isEmpty)
        _ = machine.receivedCall(id: 1, now: self.start)
        _ = machine.receivedCall(id: 2, now: self.start)
        _ = machine.beginDraining()
        _ = machine.callFinished(id: 2, now: self.start)
        let result19 = machine.gracePeriodExpired()
        #expect(result19 == [1])
        let result20 = machine.callFinished(id: 1, now: self.start)
        #expect(result20 == .respondAndClose)
    }

    @Test("an idle connection is closed after the timeout, counted from the last activity")
    func idleTimeout() {
        var machine = self.machine(idle: .seconds(5))
        _ = machine.receivedHello(protocolVersion: 1, clientName: "x", now: self.start + .seconds(2))
        #expect(machine.idleDeadline == self.start + .seconds(7))
        let result21 = machine.idleTimerFired(now: self.start + .seconds(5))
        #expect(result21 == .checkAgain(at: self.start + .seconds(7)))
        #expect(!machine.isClosed)
        let result22 = machine.idleTimerFired(now: self.start + .seconds(7))
        #expect(result22 == .goAwayAndClose(handshake: false))
        #expect(machine.isClosed)
    }

    @Test("a client that never says hello is closed after the handshake timeout, pings or not")
    func handshakeTimeout() {
        var machine = self.machine(idle: .seconds(60), handshake: .seconds(3))
        machine.receivedFrame(now: self.start + .seconds(2))
        let result23 = machine.idleTimerFired(now: self.start + .seconds(2))
        #expect(result23 == .checkAgain(at: self.start + .seconds(3)))
        let result24 = machine.idleTimerFired(now: self.start + .seconds(3))
        #expect(result24 == .goAwayAndClose(handshake: true))
    }

    @Test("a connection with a call in flight is never idle")
    func notIdleWithCalls() {
        var machine = self.machine(idle: .seconds(5))
        _ = machine.receivedHello(protocolVersion: 1, clientName: "x", now: self.start)
        _ = machine.receivedCall(id: 1, now: self.start)
        #expect(machine.idleDeadline == nil)
        let result25 = machine.idleTimerFired(now: self.start + .seconds(600))
        #expect(result25 == .checkAgain(at: nil))
        _ = machine.callFinished(id: 1, now: self.start + .seconds(600))
        #expect(machine.idleDeadline == self.start + .seconds(605))
    }

    @Test("pings and cancels count as activity")
    func activity() {
        var machine = self.machine(idle: .seconds(5))
        _ = machine.receivedHello(protocolVersion: 1, clientName: "x", now: self.start)
        machine.receivedFrame(now: self.start + .seconds(4))
        let result26 = machine.idleTimerFired(now: self.start + .seconds(5))
        #expect(result26 == .checkAgain(at: self.start + .seconds(9)))
    }

    @Test("a broken stream closes the connection and cancels every call in flight")
    func brokenStream() {
        var machine = self.handshaken()
        _ = machine.receivedCall(id: 1, now: self.start)
        _ = machine.receivedCall(id: 2, now: self.start)
        let result27 = machine.streamBroken()
        #expect(result27 == [1, 2])
        #expect(machine.isClosed)
        let result28 = machine.receivedCall(id: 3, now: self.start)
        #expect(result28 == .ignore)
        let result29 = machine.callFinished(id: 1, now: self.start)
        #expect(result29 == .drop)
    }

    @Test("keepalive pings only after the handshake, and a peer that misses one is given up with its calls")
    func keepalive() {
        var machine = self.machine()
        let beforeHello = machine.keepaliveTimerFired()
        #expect(beforeHello == .none)
        _ = machine.receivedHello(protocolVersion: 1, clientName: "x", now: self.start)
        let first = machine.keepaliveTimerFired()
        #expect(first == .ping(1))
        machine.receivedPong(payload: 1)
        let second = machine.keepaliveTimerFired()
        #expect(second == .ping(2))
        _ = machine.receivedCall(id: 3, now: self.start)
        machine.receivedPong(payload: 99)
        let third = machine.keepaliveTimerFired()
        #expect(third == .closeUnresponsive([3]))
        #expect(machine.isClosed)
    }

    @Test("a pong is not activity: a client that only answers pings still goes idle")
    func pongIsNotActivity() {
        var machine = self.machine(idle: .seconds(5))
        _ = machine.receivedHello(protocolVersion: 1, clientName: "x", now: self.start)
        _ = machine.keepaliveTimerFired()
        machine.receivedPong(payload: 1)
        let idle = machine.idleTimerFired(now: self.start + .seconds(5))
        #expect(idle == .goAwayAndClose(handshake: false))
    }
}
