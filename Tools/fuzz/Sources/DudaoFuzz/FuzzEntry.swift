import Foundation

/// The target chosen by `DUDAO_FUZZ_TARGET`, read once.
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["DUDAO_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("set DUDAO_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer's entry: one input, any size, any bytes. (libFuzzer runs a file given as an
/// argument once, which replays a crash.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.run(bytes)
    return 0
}
