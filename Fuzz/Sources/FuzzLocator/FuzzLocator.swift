import AssayCSV
import AssayCore
import Foundation

/// The loaders of the `assay` executable, in its order.
let registry = LoaderRegistry(loaders: [CSVLoader(), FolderLoader()])
/// A file of this process's own that holds each input.
let path = FileManager.default.temporaryDirectory.appendingPathComponent("assay-fuzz-\(getpid())").path

/// Takes the input apart as a locator and picks its loader; then writes the input to a file and
/// picks the loader for that file (by its first bytes and name). The file is written with POSIX calls:
/// `FileManager.createFile` syncs each file to disk.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLocator(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let locator = SourceLocator(String(decoding: bytes, as: UTF8.self))
  _ = locator.displayName
  if locator.scheme != nil { _ = try? registry.loader(for: locator) }
  let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  if size > 0 { _ = write(file, data, size) }
  close(file)
  defer { unlink(path) }
  _ = try? registry.loader(for: SourceLocator(path))
  return 0
}
