import DudaoCore
import DudaoProto
import DudaoWire
import Testing

@testable import DudaoStore

/// A template taken from the cache is the one the result would make afresh.
struct TemplateCacheTests {
    @Test("each result's template digest is the one computed afresh, for repeated, changed and evicted templates")
    func digestsMatchFreshOnes() throws {
        let record = try Fixtures.record(Fixtures.input(code: "330106", name: "西湖区"), createdAt: 1_700_000_000_000)
        var results: [Dudao_V1_AssessmentResult] = []
        for variant in 0...(TemplateCache.capacity + 1) {
            var result = record.result.proto
            result.titleEn += " \(variant)"
            results.append(result)
        }
        let cache = TemplateCache()
        // Every variant twice, then the first ones again after the cache has had to let them go.
        let order = Array(results.indices) + Array(results.indices) + [0, 1, 0]
        var digests: Set<String> = []
        for index in order {
            let (template, facts) = try ResultTemplate.split(results[index], templates: cache)
            let fresh = try ResultTemplate.split(results[index], templates: TemplateCache())
            #expect(template.digest == fresh.template.digest)
            #expect(template.body == fresh.template.body)
            #expect(facts == fresh.facts)
            #expect(try ResultTemplate.join(template.message, facts: facts) == results[index])
            digests.insert(template.digest)
        }
        #expect(digests.count == results.count)
    }
}
