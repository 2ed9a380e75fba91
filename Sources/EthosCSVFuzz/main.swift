/// The libFuzzer entry point of the CSV reader's fuzzer. SwiftPM links an executable's `main`
/// as `EthosCSVFuzz_main`, so that is what this defines; libFuzzer's own driver then runs
/// `CSVFuzzOracle` and `HRInputFuzzOracle` on each input. Built only by `make fuzz-build` (see
/// the Makefile's flags).

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: FuzzCallback) -> CInt

@_cdecl("EthosCSVFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        let input = Array(UnsafeBufferPointer(start: data, count: size))
        CSVFuzzOracle.check(input)
        HRInputFuzzOracle.check(input)
        return 0
    }
}
