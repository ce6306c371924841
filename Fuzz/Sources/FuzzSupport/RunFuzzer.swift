import CLibFuzzer

/// Runs libFuzzer on `test` with this process's arguments (`-runs=N`, corpus folders, ...) and
/// returns its exit status.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  return LLVMFuzzerRunDriver(&argc, &argv, test)
}
