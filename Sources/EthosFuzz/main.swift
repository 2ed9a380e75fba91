/// The libFuzzer entry point. SwiftPM links an executable's `main` as `EthosFuzz_main`, so
/// that is what this defines; libFuzzer's own driver then runs `FuzzPipeline` on each input.
/// Built only by `make fuzz` (see the Makefile for the flags it needs).

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: FuzzCallback) -> CInt

@_cdecl("EthosFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        FuzzPipeline.run(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}
