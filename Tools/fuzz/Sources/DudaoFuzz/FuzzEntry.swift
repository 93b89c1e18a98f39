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

#if FUZZING
/// libFuzzer's entry: one input, any size, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.run(bytes)
    return 0
}
#else
/// Without libFuzzer: runs each file named on the command line through the target once.
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            selectedTarget.run([UInt8](data))
            print("\(path): ok")
        }
    }
}
#endif
