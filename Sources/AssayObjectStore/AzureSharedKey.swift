import AssayCore
import Crypto
import Foundation

/// Azure Storage's Shared Key authorization: the request's verb, standard headers, `x-ms-` headers
/// and resource (account, path, query) signed with HMAC-SHA256 under the account key. The key is
/// used only to sign; it is never written into a header, a message or a log.
public struct AzureSharedKey: Sendable {
  /// The storage account.
  public let account: String
  /// The account key, decoded from its base64 text.
  private let key: Data

  /// The signer for `account` with the base64 `key`; nil when the key is not base64.
  public init?(account: String, key: String) {
    guard let bytes = Data(base64Encoded: key) else { return nil }
    self.account = account
    self.key = bytes
  }

  /// The standard headers signed, in the order the string to sign lists them.
  static let standardHeaders = [
    "content-encoding", "content-language", "content-length", "content-md5", "content-type", "date",
    "if-modified-since", "if-match", "if-none-match", "if-unmodified-since", "range",
  ]

  /// `SharedKey account:signature` for a request: `path` as sent (percent-encoded), `query` its
  /// decoded parameters, `headers` every header sent (`x-ms-date` and `x-ms-version` among them).
  public func authorization(
    method: String, path: String, query: [(String, String)], headers: [(String, String)]
  )
    -> String
  {
    var byName: [String: String] = [:]
    for (name, value) in headers { byName[name.lowercased()] = value }
    var lines = [method.uppercased()]
    for name in Self.standardHeaders {
      let value = byName[name] ?? ""
      lines.append(name == "content-length" && value == "0" ? "" : value)
    }
    let signedHeaders = byName.filter { $0.key.hasPrefix("x-ms-") }.sorted { $0.key < $1.key }
      .map { "\($0.key):\($0.value.trimmingCharacters(in: .whitespaces))\n" }.joined()
    var resource = "/\(account)\(path.isEmpty ? "/" : path)"
    var grouped: [String: [String]] = [:]
    for (name, value) in query { grouped[name.lowercased(), default: []].append(value) }
    for name in grouped.keys.sorted() {
      resource += "\n\(name):" + (grouped[name] ?? []).sorted().joined(separator: ",")
    }
    let toSign = lines.joined(separator: "\n") + "\n" + signedHeaders + resource
    let signature = Data(
      HMAC<SHA256>.authenticationCode(for: Data(toSign.utf8), using: SymmetricKey(data: key))
    )
    .base64EncodedString()
    return "SharedKey \(account):\(signature)"
  }
}

/// How to reach an Azure storage account, found as Azure's tools find it: the `endpoint` option,
/// then `AZURE_STORAGE_CONNECTION_STRING` (`AccountName`, `AccountKey`, `SharedAccessSignature`,
/// `BlobEndpoint`; a string is the account's when its `AccountName` is, or, without one, as the
/// portal writes a SAS's, when its `BlobEndpoint` names the account), `AZURE_STORAGE_SAS_TOKEN` and
/// `AZURE_STORAGE_KEY`; with none, requests go unsigned (a public container).
public struct AzureSettings: Sendable {
  /// The account.
  public let account: String
  /// `https://ACCOUNT.blob.core.windows.net`, or the endpoint given.
  public let endpoint: String
  /// The Shared Key signer, when a key was given.
  public let sharedKey: AzureSharedKey?
  /// A SAS token's query (without `?`), when one was given.
  public let sas: String?
  /// Where the credentials came from, for messages.
  public let origin: String?

  /// The settings for `account` from `options` and `environment`.
  /// - Throws: `AssayError` when the key is not base64.
  public init(account: String, options: [String: String], environment: [String: String]) throws {
    var parts: [String: String] = [:]
    for field in (environment["AZURE_STORAGE_CONNECTION_STRING"] ?? "").split(separator: ";") {
      guard let equals = field.firstIndex(of: "=") else { continue }
      parts[String(field[..<equals]).lowercased()] = String(field[field.index(after: equals)...])
    }
    let fromString =
      parts["accountname"].map { $0 == account } ?? Self.endpoint(parts["blobendpoint"], names: account)
    self.account = account
    var endpoint =
      options["endpoint"] ?? (fromString ? parts["blobendpoint"] : nil)
      ?? "https://\(account).blob.core.windows.net"
    while endpoint.hasSuffix("/") { endpoint.removeLast() }
    self.endpoint = endpoint
    let sasText =
      (fromString ? parts["sharedaccesssignature"] : nil) ?? environment["AZURE_STORAGE_SAS_TOKEN"]
    sas = sasText.map { $0.hasPrefix("?") ? String($0.dropFirst()) : $0 }
    let keyText = (fromString ? parts["accountkey"] : nil) ?? environment["AZURE_STORAGE_KEY"]
    if sas == nil, let keyText {
      guard let signer = AzureSharedKey(account: account, key: keyText) else {
        throw AssayError(
          message: "the account key of \(account) is not base64 text",
          hint: "copy it whole from the portal, or use a SAS token (AZURE_STORAGE_SAS_TOKEN)")
      }
      sharedKey = signer
    } else {
      sharedKey = nil
    }
    origin =
      sas != nil
      ? (fromString && parts["sharedaccesssignature"] != nil
        ? "AZURE_STORAGE_CONNECTION_STRING" : "AZURE_STORAGE_SAS_TOKEN")
      : sharedKey != nil
        ? (fromString && parts["accountkey"] != nil ? "AZURE_STORAGE_CONNECTION_STRING" : "AZURE_STORAGE_KEY")
        : nil
  }

  /// Whether `endpoint` is the blob address of `account`: `https://ACCOUNT.blob…`, or an
  /// emulator's `http://HOST:PORT/ACCOUNT`.
  private static func endpoint(_ endpoint: String?, names account: String) -> Bool {
    guard let endpoint, let url = URL(string: endpoint), let host = url.host?.lowercased() else {
      return false
    }
    return host.hasPrefix(account.lowercased() + ".")
      || url.path.split(separator: "/").first == Substring(account)
  }
}
