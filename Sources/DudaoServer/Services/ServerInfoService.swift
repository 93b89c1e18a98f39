public import DudaoCore
import DudaoProto
import DudaoWire
public import Foundation

/// `dudao.v1.Server/Info`: what this server is and what it has loaded.
public struct ServerInfoService: DudaoService {
    public let registry: AssessmentRegistry
    public let configuration: ServerConfiguration
    public let startedAt: Date
    public let recordsEnabled: Bool

    public init(registry: AssessmentRegistry, configuration: ServerConfiguration, startedAt: Date = Date(), recordsEnabled: Bool) {
        self.registry = registry
        self.configuration = configuration
        self.startedAt = startedAt
        self.recordsEnabled = recordsEnabled
    }

    public func registerMethods(with dispatcher: inout Dispatcher) {
        dispatcher.register(WireMethod.serverInfo.rawValue) { (_: Dudao_V1_ServerInfoRequest, _) in
            self.info(today: Self.today())
        }
    }

    func info(today: CalendarDate) -> Dudao_V1_ServerInfoResponse {
        var response = Dudao_V1_ServerInfoResponse()
        response.serverName = DudaoServer.name
        response.serverVersion = self.configuration.serverVersion
        response.protocolVersion = WireProtocol.version
        response.startedAtUnixMs = Int64(self.startedAt.timeIntervalSince1970 * 1000)
        response.limits = self.configuration.limits.protocolLimits.proto
        response.recordsEnabled = self.recordsEnabled
        response.assessments = self.registry.descriptors.map { descriptor in
            var loaded = Dudao_V1_LoadedAssessment()
            loaded.id = descriptor.id
            loaded.version = descriptor.version
            loaded.editions = descriptor.editions.map(\.id)
            if let current = descriptor.editions.inForce(on: today) {
                loaded.currentEdition = current.id
            }
            return loaded
        }
        return response
    }

    /// Today's date in China Standard Time, where the standards take effect.
    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }
}
