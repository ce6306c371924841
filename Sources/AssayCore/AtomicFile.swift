import Foundation

/// Writes files so that a failed write never leaves a half file over a good one:
/// the text goes to a temporary file beside the target, which is then renamed over it.
public enum AtomicFile {
  /// Writes the pieces produced by `produce` to `path` atomically.
  public static func write(to path: String, _ produce: ((String) throws -> Void) throws -> Void) throws {
    try writing(to: path) { handle in try produce { text in try handle.write(contentsOf: Data(text.utf8)) } }
  }

  /// Writes the byte pieces produced by `produce` to `path` atomically.
  public static func writeBytes(
    to path: String, _ produce: ((_ bytes: [UInt8]) throws -> Void) throws -> Void
  )
    throws
  {
    try writing(to: path) { handle in try produce { bytes in try handle.write(contentsOf: bytes) } }
  }

  /// Throws the error `write(to:)` would throw for `path` when no file can be written there (a
  /// missing or read-only folder, a store's locator), so a command can tell it before its work.
  public static func checkWritable(_ path: String) throws {
    let temporary = temporaryPath(for: path)
    guard FileManager.default.createFile(atPath: temporary, contents: nil) else { throw cannotWrite(path) }
    unlink(temporary)
  }

  /// The temporary file beside `path` that a write goes to first.
  private static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).\(getpid()).tmp"
  }

  /// The error for a path no file can be written at: a store's locator, or a folder that is missing
  /// or not writable.
  private static func cannotWrite(_ path: String) -> AssayError {
    let locator = SourceLocator(path)
    if let scheme = locator.scheme {
      return AssayError(
        message:
          "\(SafeText.visible(locator.displayName)): Assay writes local files, not \(scheme): locations",
        hint: "write a local file, then copy it there (aws s3 cp, gcloud storage cp, azcopy)")
    }
    return AssayError(
      message: "\(SafeText.visible(path)): cannot write here",
      hint: "check that the folder exists and is writable")
  }

  /// Runs `write` on a temporary file beside `path`, then renames it over `path`.
  private static func writing(to path: String, _ write: (FileHandle) throws -> Void) throws {
    let temporary = temporaryPath(for: path)
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary)
    else { throw cannotWrite(path) }
    do {
      try write(handle)
      try handle.close()
      guard rename(temporary, path) == 0 else {
        throw AssayError(message: "\(path): cannot replace the file (\(String(cString: strerror(errno))))")
      }
    } catch {
      try? handle.close()
      unlink(temporary)
      guard let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
        underlying.domain == NSPOSIXErrorDomain
      else { throw error }
      throw AssayError(
        message: "\(path): cannot write (\(String(cString: strerror(Int32(underlying.code)))))",
        hint: "the file was left as it was")
    }
  }
}
