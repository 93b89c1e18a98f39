public import DudaoCore
public import Foundation

/// What every assessment must satisfy, checked the same way for each: its descriptor hangs
/// together, its worked examples give what they promise, and its shipped example inputs evaluate.
///
/// The bundled assessments' conformance suite runs these over `BundledAssessments.all`, so an
/// assessment's own test target keeps only its edge cases. Each check returns its problems,
/// described; empty means conforming.
public struct AssessmentConformance: Sendable {
    public let assessment: any Assessment
    public let registry: AssessmentRegistry

    /// - Throws: ``RegistryError`` when the registry refuses the assessment.
    public init(_ assessment: any Assessment) throws {
        self.assessment = assessment
        self.registry = try AssessmentRegistry([assessment])
    }

    public var descriptor: AssessmentDescriptor { self.assessment.descriptor }

    /// Codes unique, every indicator sourced (it cites a document the descriptor lists) and in a
    /// known group, at least one example, and every input field given by an example or a shipped
    /// input, so that no field is accepted that nothing exercises.
    public func descriptorProblems(shipped: [AssessmentInput] = []) -> [String] {
        let descriptor = self.descriptor
        var problems: [String] = []
        var codes = Set<String>()
        let documents = Set(descriptor.documents.map(\.title) + descriptor.editions.flatMap { $0.documents.map(\.title) })
        let groups = Set(descriptor.groups.map(\.code))
        for indicator in descriptor.indicators {
            if !codes.insert(indicator.code).inserted { problems.append("indicator \(indicator.code) is defined twice") }
            if !documents.contains(indicator.citation.document) {
                problems.append("indicator \(indicator.code) cites 《\(indicator.citation.document)》, which the descriptor does not list")
            }
            if !groups.contains(indicator.group) { problems.append("indicator \(indicator.code) is in unknown group \(indicator.group)") }
        }
        if self.assessment.examples.isEmpty { problems.append("\(descriptor.id) ships no worked example") }
        let inputs = self.assessment.examples.map(\.input) + shipped
        let usedFacts = Set(inputs.flatMap(\.facts.keys))
        let usedUnitFields = Set(inputs.flatMap { $0.units.flatMap(\.fields.keys) })
        for spec in descriptor.schema.facts where !usedFacts.contains(spec.key) {
            problems.append("fact \(spec.key) is given by no example")
        }
        for spec in descriptor.schema.unitFields where !usedUnitFields.contains(spec.key) {
            problems.append("unit field \(spec.key) is given by no example")
        }
        return problems
    }

    /// The example's mismatches, or the error that stopped it; the result must also encode (no
    /// NaN or infinity may leak into it).
    public func exampleProblems(_ example: WorkedExample) -> [String] {
        do {
            let result = try self.registry.evaluate(example.input)
            _ = try CanonicalJSON.encode(result)
            return example.mismatches(in: result)
        } catch {
            return ["\(example.name): \(error)"]
        }
    }

    /// The inputs shipped under `Examples/<id>/`: every `.json` file, holding one input or a list.
    ///
    /// - Parameter root: The repository's root folder.
    public func shippedInputs(root: URL) throws -> [(file: String, inputs: [AssessmentInput])] {
        let folder = root.appendingPathComponent("Examples/\(self.descriptor.id)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { file in
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            // A file holds a list of inputs (a province) or one input (a county).
            if let inputs = try? CanonicalJSON.decode([AssessmentInput].self, from: data) { return (file, inputs) }
            return (file, [try CanonicalJSON.decode(AssessmentInput.self, from: data)])
        }
    }

    /// Every shipped input evaluates, for this assessment, without deprecated field names.
    public func shippedProblems(root: URL) -> [String] {
        do {
            let shipped = try self.shippedInputs(root: root)
            guard !shipped.isEmpty else { return ["Examples/\(self.descriptor.id)/ has no .json input"] }
            var problems: [String] = []
            for (file, inputs) in shipped {
                for (index, input) in inputs.enumerated() {
                    let place = inputs.count == 1 ? file : "\(file)[\(index)]"
                    if input.assessment != self.descriptor.id { problems.append("\(place) is for \(input.assessment)") }
                    do {
                        let result = try self.registry.evaluate(input)
                        if result.warnings.contains(where: { $0.code == "deprecated_field" }) {
                            problems.append("\(place) uses a deprecated field name")
                        }
                    } catch {
                        problems.append("\(place): \(error)")
                    }
                }
            }
            return problems
        } catch {
            return ["Examples/\(self.descriptor.id)/: \(error)"]
        }
    }
}
