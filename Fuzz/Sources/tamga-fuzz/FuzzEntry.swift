import Foundation
import TamgaVault

/// libFuzzer entry point for tamga's parsers (`ParserSurface`). One binary,
/// five targets chosen by `TAMGA_FUZZ_TARGET` (document, policy, object, age,
/// minisign), so the normal build pays for one small target, not five.
/// `make fuzz` builds it with the fuzzer and address sanitizers and runs each.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    surface.exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

let surface: ParserSurface = {
    let name = ProcessInfo.processInfo.environment["TAMGA_FUZZ_TARGET"] ?? "document"
    guard let surface = ParserSurface(rawValue: name) else {
        fatalError("unknown TAMGA_FUZZ_TARGET \(name): use " + ParserSurface.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return surface
}()
