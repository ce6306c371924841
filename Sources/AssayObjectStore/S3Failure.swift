import AssayCore
import AssayStoreText

/// An object store's error answers as one clear line each: what was asked for, the store's code
/// and message, and what to do; a refusal names where the credentials came from, never the secret.
enum S3Failure {
  /// The error for `answer`, an error answer to a request for `name`.
  static func error(answer: HTTPAnswer, code: String?, message: String?, name: String, settings: S3Settings)
    -> AssayError
  {
    let said = [code, message].compactMap { $0 }.map { SafeText.visible($0) }.joined(separator: ": ")
    let detail = said.isEmpty ? "HTTP \(answer.status)" : "\(answer.status) \(said)"
    switch answer.status {
    case 403 where code == "InvalidObjectState":
      return AssayError(
        message: "\(name): archived, not readable until restored (\(detail))",
        hint: "restore it first (aws s3api restore-object), or read another object")
    case 403:
      let credentials =
        settings.credentials.map { "the credentials from \($0.origin) (key \($0.accessKeyID))" }
        ?? "no credentials (unsigned)"
      return AssayError(
        message: "\(name): access denied (\(detail)) with \(credentials)",
        hint: settings.credentials == nil
          ? "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE"
          : "check that these credentials may read the bucket, and the region (AWS_REGION)")
    case 404:
      let what = code == "NoSuchBucket" ? "no such bucket" : "no such object"
      return AssayError(message: "\(name): \(what) (\(detail))", hint: "check the name with assay ls")
    default:
      return AssayError(message: "\(name): the store answered \(detail)")
    }
  }
}
