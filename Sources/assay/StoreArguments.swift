import ArgumentParser
import AssayCore

/// The options of an object store's locator that the AWS tools take as flags.
struct StoreArguments: ParsableArguments {
  @Option(
    help:
      "An object store's address: an S3-compatible one (MinIO, Ceph, R2), a GCS or Azure server (also ?endpoint=)."
  )
  var endpoint: String?

  @Flag(help: "Send an object store's requests unsigned, for a public bucket.")
  var noSignRequest = false

  @Option(help: "A file holding a Google Cloud Storage access token (default: GOOGLE_OAUTH_ACCESS_TOKEN).")
  var tokenFile: String?

  /// Adds the options given to `options`.
  func apply(to options: inout SourceOptions) {
    if let endpoint { options.named["endpoint"] = endpoint }
    if noSignRequest { options.named["no-sign-request"] = "yes" }
    if let tokenFile { options.named["token-file"] = tokenFile }
  }
}
