import AssayCore
import AssayStoreText
import AsyncHTTPClient
import Foundation
import NIOHTTP1

/// Google Cloud Storage's JSON API as Assay uses it: `objects.list` page by page (page tokens),
/// an object's metadata, and its bytes in a range (`alt=media` with `Range`). Requests carry a
/// bearer token when one is given (`GOOGLE_OAUTH_ACCESS_TOKEN`, or `token-file`), none for a public
/// bucket; they go to `storage.googleapis.com`, or to `STORAGE_EMULATOR_HOST` / `endpoint`.
public struct GCSClient: ObjectStore {
  /// `gs`.
  public var scheme: String { "gs" }
  /// `https://storage.googleapis.com`, or the endpoint given.
  public let endpoint: String
  /// The bearer token, when one was given.
  let token: String?
  /// Where the token came from, for messages.
  let tokenOrigin: String?

  /// The client for `options` (`endpoint`, `token-file`) in `environment`.
  /// - Throws: `AssayError` when the token file cannot be read or the endpoint is no address.
  public init(options: [String: String], environment: [String: String]) throws {
    var endpoint =
      options["endpoint"] ?? environment["STORAGE_EMULATOR_HOST"] ?? "https://storage.googleapis.com"
    if !endpoint.contains("://") { endpoint = "http://" + endpoint }
    guard let url = URL(string: endpoint), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
      url.host != nil
    else {
      throw AssayError(
        message: "endpoint '\(SafeText.visible(endpoint))' is not an http:// or https:// address",
        hint: "give it as http://HOST:PORT")
    }
    while endpoint.hasSuffix("/") { endpoint.removeLast() }
    self.endpoint = endpoint
    if let file = options["token-file"] {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        throw AssayError(
          message: "\(file): cannot read the token file", hint: "check the path and its permissions")
      }
      token = text.trimmingCharacters(in: .whitespacesAndNewlines)
      tokenOrigin = "the token file \(file)"
    } else if let token = environment["GOOGLE_OAUTH_ACCESS_TOKEN"], !token.isEmpty {
      self.token = token
      tokenOrigin = "GOOGLE_OAUTH_ACCESS_TOKEN"
    } else {
      token = nil
      tokenOrigin = nil
    }
  }

  /// A page of `objects.list`: the objects under `prefix`, folded at `delimiter` when given.
  public func list(bucket: String, prefix: String, delimiter: String?, token pageToken: String?) throws
    -> ListPage
  {
    var query = [("prefix", prefix), ("maxResults", "1000")]
    if let delimiter { query.append(("delimiter", delimiter)) }
    if let pageToken { query.append(("pageToken", pageToken)) }
    let answer = try send(
      bucket: bucket, object: nil, query: query, headers: [], name: locator(bucket: bucket, key: prefix))
    return ListPage(gcsListing: answer.text)
  }

  /// The object's metadata; nil when there is no such object.
  public func head(bucket: String, key: String) throws -> StoreObject? {
    let answer = try send(
      bucket: bucket, object: key, query: [], headers: [], name: locator(bucket: bucket, key: key),
      missingIsNil: true)
    guard answer.status != 404 else { return nil }
    let json = (try? JSONSerialization.jsonObject(with: Data(answer.body))) as? [String: Any] ?? [:]
    return ListPage.gcsObject(json)
  }

  /// The object's bytes in `range`, read with `alt=media`.
  public func get(bucket: String, key: String, range: ClosedRange<Int>) throws -> [UInt8] {
    try send(
      bucket: bucket, object: key, query: [("alt", "media")],
      headers: [("Range", "bytes=\(range.lowerBound)-\(range.upperBound)")],
      name: locator(bucket: bucket, key: key)
    ).body
  }

  /// Sends a request for the bucket's objects (or one object) and checks its answer.
  private func send(
    bucket: String, object: String?, query: [(String, String)], headers: [(String, String)], name: String,
    missingIsNil: Bool = false
  ) throws -> HTTPAnswer {
    var path = "/storage/v1/b/\(SigV4Signer.encoded(bucket))/o"
    if let object { path += "/" + SigV4Signer.encoded(object) }
    let queryText = query.map { "\(SigV4Signer.encoded($0.0))=\(SigV4Signer.encoded($0.1))" }.joined(
      separator: "&")
    let url = endpoint + path + (queryText.isEmpty ? "" : "?" + queryText)
    var all = headers
    if let token { all.append(("Authorization", "Bearer " + token)) }
    let answer = try ObjectStoreHTTP.send(name: name, settings: "--endpoint, STORAGE_EMULATOR_HOST") {
      try HTTPClient.Request(url: url, method: .GET, headers: HTTPHeaders(all))
    }
    if answer.status < 300 || (missingIsNil && answer.status == 404) { return answer }
    throw failure(answer, name: name)
  }

  /// One clear line for an error answer; a refusal names where the token came from, never the token.
  private func failure(_ answer: HTTPAnswer, name: String) -> AssayError {
    let json = (try? JSONSerialization.jsonObject(with: Data(answer.body))) as? [String: Any]
    let said = ((json?["error"] as? [String: Any])?["message"] as? String).map { SafeText.visible($0) }
    let detail = said.map { "\(answer.status) \($0)" } ?? "HTTP \(answer.status)"
    switch answer.status {
    case 401, 403:
      return AssayError(
        message:
          "\(name): access denied (\(detail)) with \(tokenOrigin.map { "the token from \($0)" } ?? "no token")",
        hint: token == nil
          ? "set GOOGLE_OAUTH_ACCESS_TOKEN (gcloud auth print-access-token), or give --token-file"
          : "check that the token is current and may read the bucket")
    case 404:
      return AssayError(
        message: "\(name): no such bucket or object (\(detail))", hint: "check the name with assay ls")
    default:
      return AssayError(message: "\(name): the store answered \(detail)")
    }
  }
}

/// Opens `gs://bucket/prefix/` as a collection of its objects and `gs://bucket/key` as the table the
/// object holds, streamed with ranged reads (`StoreOpening`); `endpoint` and `token-file` are options.
public struct GCSLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `gs:`; `endpoint`, `token-file`, and the options of the tables its objects hold.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "Google Cloud Storage", schemes: ["gs"],
      options: [
        LoaderOption(
          "endpoint", help: "a GCS-compatible server's address (default: STORAGE_EMULATOR_HOST, Google's)"),
        LoaderOption(
          "token-file", help: "a file holding an OAuth access token (default: GOOGLE_OAUTH_ACCESS_TOKEN)"),
      ], tableOptions: StoreCollection.tableOptions)
  }

  /// The prefix's listing, or the object's table.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let client = try GCSClient(
      options: request.options.named, environment: ProcessInfo.processInfo.environment)
    return try StoreOpening.open(
      client, path: request.locator.path, name: request.locator.displayName, options: request.options)
  }
}
