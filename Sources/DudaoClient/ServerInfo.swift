public import DudaoWire
import DudaoProto
public import Foundation

/// What `Server/Info` tells about a server.
public struct ServerInfo: Sendable, Hashable {
    public var serverName: String
    public var serverVersion: String
    public var protocolVersion: UInt32
    public var assessments: [LoadedAssessment]
    public var startedAt: Date
    public var limits: ProtocolLimits
    /// Whether the server stores evaluation records.
    public var recordsEnabled: Bool

    init(proto: Dudao_V1_ServerInfoResponse) {
        self.serverName = proto.serverName
        self.serverVersion = proto.serverVersion
        self.protocolVersion = proto.protocolVersion
        self.assessments = proto.assessments.map(LoadedAssessment.init(proto:))
        self.startedAt = Date(timeIntervalSince1970: Double(proto.startedAtUnixMs) / 1000)
        self.limits = ProtocolLimits(proto: proto.limits)
        self.recordsEnabled = proto.recordsEnabled
    }
}

/// One assessment a server has loaded.
public struct LoadedAssessment: Sendable, Hashable {
    public var id: String
    public var version: String
    /// Edition ids, oldest first.
    public var editions: [String]
    /// The edition in force today, if any.
    public var currentEdition: String?

    init(proto: Dudao_V1_LoadedAssessment) {
        self.id = proto.id
        self.version = proto.version
        self.editions = proto.editions
        if case .currentEdition(let edition)? = proto.currentEditionPresent {
            self.currentEdition = edition
        }
    }
}

/// The answer of `Health/Check`.
public enum HealthStatus: String, Sendable, Hashable {
    case serving
    case notServing = "not_serving"
    case serviceUnknown = "service_unknown"
    case unknown

    init(proto: Dudao_V1_HealthCheckResponse.ServingStatus) {
        switch proto {
        case .serving: self = .serving
        case .notServing: self = .notServing
        case .serviceUnknown: self = .serviceUnknown
        default: self = .unknown
        }
    }
}
