import DudaoServer
import Foundation
import Testing

struct CallIDTests {
    @Test("call ids are distinct version-4 UUIDs in Foundation's upper-case form")
    func wellFormedAndDistinct() throws {
        let ids = (0..<1_000).map { _ in CallID.make() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let uuid = try #require(UUID(uuidString: id), "\(id) is not a UUID")
            #expect(uuid.uuidString == id)
            let bytes = withUnsafeBytes(of: uuid.uuid) { Array($0) }
            #expect(bytes[6] >> 4 == 4, "\(id): version")
            #expect(bytes[8] >> 6 == 0b10, "\(id): variant")
        }
    }
}
