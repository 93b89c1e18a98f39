public import DudaoCore
public import DudaoProto
public import Foundation

/// Short ways to build each kind of envelope, so that the server, the client and the tests
/// spell frames the same way.
extension Dudao_V1_Frame {
    public static func clientHello(clientName: String, protocolVersion: UInt32 = WireProtocol.version) -> Dudao_V1_Frame {
        var hello = Dudao_V1_ClientHello()
        hello.protocolVersion = protocolVersion
        hello.clientName = clientName
        var frame = Dudao_V1_Frame()
        frame.clientHello = hello
        return frame
    }

    public static func serverHello(
        serverName: String,
        serverVersion: String,
        limits: ProtocolLimits,
        protocolVersion: UInt32 = WireProtocol.version
    ) -> Dudao_V1_Frame {
        var hello = Dudao_V1_ServerHello()
        hello.protocolVersion = protocolVersion
        hello.serverName = serverName
        hello.serverVersion = serverVersion
        hello.limits = limits.proto
        var frame = Dudao_V1_Frame()
        frame.serverHello = hello
        return frame
    }

    public static func request(
        callID: UInt64,
        method: String,
        payload: Data,
        metadata: [(key: String, value: String)] = [],
        timeoutMilliseconds: UInt32 = 0
    ) -> Dudao_V1_Frame {
        var request = Dudao_V1_Request()
        request.callID = callID
        request.method = method
        request.payload = payload
        request.metadata = metadata.map { pair in
            var entry = Dudao_V1_MetadataEntry()
            entry.key = pair.key
            entry.value = pair.value
            return entry
        }
        request.timeoutMs = timeoutMilliseconds
        var frame = Dudao_V1_Frame()
        frame.request = request
        return frame
    }

    /// A response with status OK.
    public static func response(callID: UInt64, payload: Data, final: Bool = true) -> Dudao_V1_Frame {
        var response = Dudao_V1_Response()
        response.callID = callID
        response.status = .ok
        response.payload = payload
        response.final = final
        var frame = Dudao_V1_Frame()
        frame.response = response
        return frame
    }

    /// The final response of a call that failed.
    public static func response(callID: UInt64, error: DudaoError) -> Dudao_V1_Frame {
        var response = Dudao_V1_Response()
        response.callID = callID
        response.status = error.proto
        response.final = true
        var frame = Dudao_V1_Frame()
        frame.response = response
        return frame
    }

    public static func cancel(callID: UInt64, reason: String = "") -> Dudao_V1_Frame {
        var cancel = Dudao_V1_Cancel()
        cancel.callID = callID
        cancel.reason = reason
        var frame = Dudao_V1_Frame()
        frame.cancel = cancel
        return frame
    }

    public static func ping(_ payload: UInt64) -> Dudao_V1_Frame {
        var ping = Dudao_V1_Ping()
        ping.payload = payload
        var frame = Dudao_V1_Frame()
        frame.ping = ping
        return frame
    }

    public static func pong(_ payload: UInt64) -> Dudao_V1_Frame {
        var pong = Dudao_V1_Pong()
        pong.payload = payload
        var frame = Dudao_V1_Frame()
        frame.pong = pong
        return frame
    }

    /// A go-away: `UNAVAILABLE` with a grace period before shutdown, or the error that makes the
    /// sender close the connection now.
    public static func goAway(_ error: DudaoError, gracePeriodMilliseconds: UInt32 = 0) -> Dudao_V1_Frame {
        var goAway = Dudao_V1_GoAway()
        goAway.status = error.proto
        goAway.gracePeriodMs = gracePeriodMilliseconds
        var frame = Dudao_V1_Frame()
        frame.goAway = goAway
        return frame
    }
}
