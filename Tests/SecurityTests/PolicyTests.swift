import DudaoCore
import DudaoServer
import Foundation
import Testing

/// The policy file and its rules.
@Suite("Policy file and rules")
struct PolicyTests {
    @Test("a policy file is read with its methods, assessments and regions")
    func load() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("policy.json")
        try Data(#"{"callers": [{"identity": "hangzhou-city", "methods": ["dudao.v1.Assessments/*"], "assessments": ["*"], "regions": ["3301"]}]}"#.utf8).write(to: file)
        let policy = try AccessPolicy.load(from: file)
        #expect(policy.callers.map(\.identity) == ["hangzhou-city"])
        #expect(policy.anonymous == nil)
        let rule = try #require(policy.callers.first)
        #expect(rule.allows(method: "dudao.v1.Assessments/Evaluate"))
        #expect(!rule.allows(method: "dudao.v1.Records/Get"))
        #expect(!rule.allows(method: "dudao.v1.AssessmentsX/Evaluate"))
    }

    @Test("a policy naming a caller twice or giving no regions is refused", arguments: [
        #"{"callers": [{"identity": "a", "methods": ["*"], "assessments": ["*"], "regions": ["33"]}, {"identity": "a", "methods": ["*"], "assessments": ["*"], "regions": ["33"]}]}"#,
        #"{"callers": [{"identity": "a", "methods": ["*"], "assessments": ["*"], "regions": []}]}"#,
        #"{"callers": [{"identity": "a"}]}"#,
    ])
    func refused(_ json: String) throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("policy.json")
        try Data(json.utf8).write(to: file)
        #expect(throws: DudaoError.self) { try AccessPolicy.load(from: file) }
    }

    @Test("a policy with an unknown key is refused naming it", arguments: [
        (#"{"callers": [], "anonymus": {"identity": "x", "methods": ["*"], "assessments": ["*"], "regions": ["*"]}}"#, "\"anonymus\""),
        (#"{"callers": [{"identity": "a", "methods": ["*"], "assessments": ["*"], "regions": ["33"], "region": ["3301"]}]}"#, "\"callers[0].region\""),
        (#"{"callers": [], "anonymous": {"identity": "x", "method": ["*"], "assessments": ["*"], "regions": ["*"]}}"#, "\"anonymous.method\""),
    ])
    func unknownKey(json: String, named: String) throws {
        let error = try #require(throws: DudaoError.self) { try AccessPolicy.decode(Data(json.utf8), what: "policy.json") }
        #expect(error.code == .invalidArgument)
        #expect(error.message.contains("unknown key \(named)"))
    }

    @Test("a policy with a duplicate key or a syntax error is refused with its line and column")
    func strictJSON() throws {
        let duplicate = #"{"callers": [], "anonymous": null, "anonymous": null}"#
        let error = try #require(throws: DudaoError.self) { try AccessPolicy.decode(Data(duplicate.utf8), what: "policy.json") }
        #expect(error.message.contains("line 1, column 36"))
        let broken = try #require(throws: DudaoError.self) { try AccessPolicy.decode(Data("{\n\"callers\": [,]}".utf8), what: "policy.json") }
        #expect(broken.message.contains("line 2, column 13"))
    }

    @Test("an anonymous rule admits callers without credentials to what it lists only")
    func anonymous() throws {
        let policy = AccessPolicy(callers: [], anonymous: .init(identity: "anonymous", methods: ["dudao.v1.Health/*"], regions: ["*"]))
        let authorizer = Authorizer(policy: policy)
        #expect(try authorizer.authorize(method: "dudao.v1.Health/Check", identity: nil, credential: .none).identity == nil)
        let error = try #require(throws: DudaoError.self) {
            try authorizer.authorize(method: "dudao.v1.Assessments/Evaluate", identity: nil, credential: .none)
        }
        #expect(error.code == .permissionDenied)
    }

    @Test("a list request is narrowed to the caller's regions", arguments: [
        (nil as String?, ["3301"] as [String?]), ("33", ["3301"]), ("330106", ["330106"]), ("3302", []),
    ])
    func narrowed(_ requested: String?, _ expected: [String?]) {
        #expect(RegionScope(["3301"]).prefixes(within: requested) == expected)
    }

    @Test("overlapping prefixes are queried once, and the whole province is not narrowed")
    func overlapping() {
        #expect(RegionScope(["3301", "330106", "3302"]).prefixes(within: nil) == ["3301", "3302"])
        #expect(RegionScope(["*"]).prefixes(within: "3301") == ["3301"])
    }
}
