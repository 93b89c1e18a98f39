import DudaoAssessments
import DudaoCore
import DudaoProto
import DudaoServer
import DudaoWire
import Foundation
import Logging
import NIOCore
import SwiftProtobuf

/// One way bytes from outside enter Dudao, run against one input.
///
/// Every target feeds the bytes to the real code path and accepts any thrown ``DudaoError``:
/// a refusal is the right answer to bad bytes. A crash, a hang, a leak or an error that is not a
/// ``DudaoError`` (an internal leaking onto the wire) is a finding.
enum FuzzTarget: String, CaseIterable {
    /// The 5-byte prefix and the frame boundaries: `FrameDecoder` over a byte stream.
    case frame
    /// A frame's envelope, and a request in it through the real dispatcher to its method (the
    /// bundled assessments, no store).
    case dispatch
    /// A JSON input file: the strict syntax check, decoding, validation and evaluation.
    case jsonInput = "json-input"
    /// A CSV input file: parsing, validation and evaluation.
    case csvInput = "csv-input"
    /// A protobuf `AssessmentInput`: the conversion to the core input, validation and evaluation;
    /// the direct reader of `Evaluate` must read the same input or decline.
    case protoInput = "proto-input"
    /// An authorization policy file.
    case policy

    static let registry = try! BundledAssessments.registry()
    static let dispatcher = makeDispatcher(
        registry: registry,
        servingState: ServingState(),
        configuration: ServerConfiguration(),
        logger: Logger(label: "fuzz", factory: { _ in SwiftLogNoOpLogHandler() })
    )

    func run(_ bytes: [UInt8]) {
        switch self {
        case .frame:
            var decoder = FrameDecoder(maximumPayloadSize: 1 << 16)
            var buffer = ByteBuffer(bytes: bytes)
            while let frame = try? decoder.decode(buffer: &buffer) {
                _ = try? frame.envelope()
            }
        case .dispatch:
            guard let envelope = try? Dudao_V1_Frame(serializedBytes: bytes), case .request(let request) = envelope.kind else { return }
            var metadata: [String: String] = [:]
            for entry in request.metadata { metadata[entry.key] = entry.value }
            let call = CallRequest(method: request.method, payload: request.payload, metadata: metadata)
            let outcome = Self.wait { await Self.dispatcher.dispatch(call) { _ in } }
            if case .failed(let error) = outcome, error.code == .internal {
                fatalError("INTERNAL answer to \(request.method): \(error.message)")
            }
        case .jsonInput:
            let data = Data(bytes)
            guard (try? JSONSyntaxCheck.check(data, what: "fuzz")) != nil,
                let input = try? CanonicalJSON.decode(AssessmentInput.self, from: data)
            else { return }
            Self.evaluate(input)
        case .csvInput:
            guard let input = try? CSVInput.parse(String(decoding: bytes, as: UTF8.self)) else { return }
            Self.evaluate(input)
        case .protoInput:
            let direct = EvaluateRequestReader.readDirectly(Self.evaluateRequest(wrapping: bytes))
            guard let proto = try? Dudao_V1_AssessmentInput(serializedBytes: bytes), let input = try? AssessmentInput(proto: proto) else {
                precondition(direct == nil, "the direct reader read an input the generated messages refuse")
                return
            }
            if let direct {
                precondition(Self.deterministic(direct.input) == Self.deterministic(input), "the direct reader read another input")
            }
            Self.evaluate(input)
        case .policy:
            _ = try? AccessPolicy.decode(Data(bytes), what: "fuzz")
        }
    }

    /// An `EvaluateRequest` whose field 1 (the input) holds `bytes`.
    static func evaluateRequest(wrapping bytes: [UInt8]) -> Data {
        var request: [UInt8] = [0x0A]
        var length = UInt64(bytes.count)
        while length >= 0x80 {
            request.append(UInt8(truncatingIfNeeded: length) | 0x80)
            length >>= 7
        }
        request.append(UInt8(length))
        return Data(request + bytes)
    }

    /// An input's deterministic protobuf form, in which NaN equals itself.
    static func deterministic(_ input: AssessmentInput) -> [UInt8] {
        var options = BinaryEncodingOptions()
        options.useDeterministicOrdering = true
        return (try? input.proto.serializedBytes(options: options)) ?? []
    }

    /// Evaluates `input`; anything but a ``DudaoError`` that is not INTERNAL is a finding.
    static func evaluate(_ input: AssessmentInput) {
        var input = input
        if input.assessment.isEmpty || Self.registry.assessment(id: input.assessment) == nil {
            input.assessment = Self.registry.ids.first ?? ""
        }
        do {
            let result = try Self.registry.evaluate(input)
            // What the daemon stores and sends must encode.
            _ = try CanonicalJSON.encode(result)
            _ = try result.proto.serializedBytes() as [UInt8]
        } catch let error as DudaoError where error.code != .internal {
            return
        } catch {
            fatalError("evaluating failed with \(error)")
        }
    }

    /// Runs async work to its end from the fuzzer's synchronous callback.
    ///
    /// Returns only once the task has let go of everything it held: a task that has signalled
    /// may still be ending on a pool thread, and what it holds then looks leaked to the fuzzer's
    /// per-input leak check. The task's closure owns `sentinel`, which goes when the task does.
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        var sentinel: Sentinel? = Sentinel()
        weak let released = sentinel
        Task { [sentinel] in
            withExtendedLifetime(sentinel) {}
            box.value = await work()
            done.signal()
        }
        sentinel = nil
        done.wait()
        while released != nil { sched_yield() }
        return box.value!
    }
}

private final class Sentinel: Sendable {}

private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
