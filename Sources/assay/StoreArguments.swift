import ArgumentParser
import AssayCore

/// The options of an object store's locator that the AWS tools take as flags.
struct StoreArguments: ParsableArguments {
  @Option(help: "An S3-compatible store's address (MinIO, Ceph, R2), as http://HOST:PORT (also ?endpoint=).")
  var endpoint: String?

  @Flag(help: "Send an object store's requests unsigned, for a public bucket.")
  var noSignRequest = false

  /// Adds the options given to `options`.
  func apply(to options: inout SourceOptions) {
    if let endpoint { options.named["endpoint"] = endpoint }
    if noSignRequest { options.named["no-sign-request"] = "yes" }
  }
}
