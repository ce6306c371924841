import AssayCSV
import AssayCore
import Foundation

/// The loaders of the `assay` executable, in its order.
let registry = LoaderRegistry(loaders: [CSVLoader(), FolderLoader()])
/// A file of this process's own that holds each input.
let path = FileManager.default.temporaryDirectory.appendingPathComponent("assay-fuzz-\(getpid())").path

/// Takes the input apart as a locator and picks its loader; then writes the input to a file and
/// picks the loader for that file (by its first bytes and name).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLocator(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let locator = SourceLocator(String(decoding: bytes, as: UTF8.self))
  _ = locator.displayName
  if locator.scheme != nil { _ = try? registry.loader(for: locator) }
  FileManager.default.createFile(atPath: path, contents: Data(bytes))
  defer { try? FileManager.default.removeItem(atPath: path) }
  _ = try? registry.loader(for: SourceLocator(path))
  return 0
}
