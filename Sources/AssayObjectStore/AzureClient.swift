import AssayCore
import AssayStoreText
import AsyncHTTPClient
import Foundation
import NIOHTTP1

/// Azure Blob Storage's REST API as Assay uses it: List Blobs page by page (markers), Get Blob
/// Properties, and Get Blob of a range, authorized with Shared Key or a SAS token (or neither, for
/// a public container). A container is the store's bucket.
public struct AzureClient: ObjectStore {
  /// `az`.
  public var scheme: String { "az" }
  /// The account and its credentials.
  public let settings: AzureSettings
  /// The REST API version requests ask for.
  static let version = "2021-08-06"

  /// A client with `settings`.
  public init(settings: AzureSettings) { self.settings = settings }

  /// `az://account/container/key`.
  public func locator(bucket: String, key: String) -> String { "az://\(settings.account)/\(bucket)/\(key)" }

  /// A page of List Blobs: the blobs under `prefix`, folded at `delimiter` when given.
  public func list(bucket: String, prefix: String, delimiter: String?, token: String?) throws -> ListPage {
    var query = [("restype", "container"), ("comp", "list"), ("prefix", prefix), ("maxresults", "1000")]
    if let delimiter { query.append(("delimiter", delimiter)) }
    if let token { query.append(("marker", token)) }
    let answer = try send(
      "GET", container: bucket, blob: nil, query: query, name: locator(bucket: bucket, key: prefix))
    return ListPage(azureListing: answer.text)
  }

  /// The blob's size and last modification (Get Blob Properties); nil when there is no such blob.
  public func head(bucket: String, key: String) throws -> StoreObject? {
    let answer = try send(
      "HEAD", container: bucket, blob: key, query: [], name: locator(bucket: bucket, key: key),
      missingIsNil: true)
    guard answer.status != 404 else { return nil }
    return StoreObject(
      key: key, size: Int(answer.headers.first(name: "content-length") ?? "") ?? 0,
      modified: answer.headers.first(name: "last-modified").flatMap(ListPage.httpDate),
      storageClass: answer.headers.first(name: "x-ms-access-tier"))
  }

  /// The blob's bytes in `range` (Get Blob with `x-ms-range`).
  public func get(bucket: String, key: String, range: ClosedRange<Int>) throws -> [UInt8] {
    try send(
      "GET", container: bucket, blob: key, query: [],
      extra: [("x-ms-range", "bytes=\(range.lowerBound)-\(range.upperBound)")],
      name: locator(bucket: bucket, key: key)
    ).body
  }

  /// Sends a request and checks its answer.
  private func send(
    _ method: String, container: String, blob: String?, query: [(String, String)],
    extra: [(String, String)] = [],
    name: String, missingIsNil: Bool = false
  ) throws -> HTTPAnswer {
    var path = "/" + SigV4Signer.encoded(container)
    if let blob { path += "/" + SigV4Signer.encoded(blob, keepingSlashes: true) }
    var queryText = query.map { "\(SigV4Signer.encoded($0.0))=\(SigV4Signer.encoded($0.1))" }.joined(
      separator: "&")
    if let sas = settings.sas { queryText += (queryText.isEmpty ? "" : "&") + sas }
    let url = settings.endpoint + path + (queryText.isEmpty ? "" : "?" + queryText)
    let answer = try ObjectStoreHTTP.send(
      name: name, settings: "--endpoint, the connection string's BlobEndpoint"
    ) {
      var headers = extra + [("x-ms-date", Self.httpDate(Date())), ("x-ms-version", Self.version)]
      if let signer = settings.sharedKey {
        headers.append(
          ("Authorization", signer.authorization(method: method, path: path, query: query, headers: headers)))
      }
      return try HTTPClient.Request(
        url: url, method: HTTPMethod(rawValue: method), headers: HTTPHeaders(headers))
    }
    if answer.status < 300 || (missingIsNil && answer.status == 404) { return answer }
    throw failure(answer, name: name)
  }

  /// One clear line for an error answer; a refusal names where the credentials came from, never them.
  private func failure(_ answer: HTTPAnswer, name: String) -> AssayError {
    let xml = XMLElements(answer.text[...])
    let code = xml.value("Code") ?? answer.headers.first(name: "x-ms-error-code")
    let said = [code, xml.value("Message")?.split(separator: "\n").first.map(String.init)].compactMap { $0 }
      .map { SafeText.visible($0) }.joined(separator: ": ")
    let detail = said.isEmpty ? "HTTP \(answer.status)" : "\(answer.status) \(said)"
    switch answer.status {
    case 401, 403:
      return AssayError(
        message:
          "\(name): access denied (\(detail)) with \(settings.origin.map { "the credentials from \($0)" } ?? "no credentials")",
        hint:
          "set AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN (or AZURE_STORAGE_CONNECTION_STRING) for the account"
      )
    case 404:
      return AssayError(
        message: "\(name): no such container or blob (\(detail))", hint: "check the name with assay ls")
    default:
      return AssayError(message: "\(name): the store answered \(detail)")
    }
  }

  /// An HTTP date: `Fri, 01 Mar 2024 08:00:00 GMT`.
  static func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
  }
}

/// Opens `az://account/container/prefix/` (or `https://ACCOUNT.blob.core.windows.net/container/…`)
/// as a collection of its blobs, and a blob as the table it holds, streamed with ranged reads
/// (`StoreOpening`); `endpoint` is an option.
public struct AzureLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `az:` and Azure Blob `https:` addresses; `endpoint`, and the options of the tables its blobs hold.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "Azure Blob Storage", schemes: ["az", "https"],
      options: [
        LoaderOption(
          "endpoint", help: "the account's blob address (default: https://ACCOUNT.blob.core.windows.net)")
      ], tableOptions: StoreCollection.tableOptions)
  }

  /// The container's listing, or the blob's table.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let rest =
      request.locator.path.hasPrefix("//")
      ? request.locator.path.dropFirst(2) : Substring(request.locator.path)
    var account = String(rest.prefix { $0 != "/" })
    if request.locator.scheme == "https" {
      guard account.hasSuffix(".blob.core.windows.net") else {
        throw AssayError(
          message:
            "\(request.locator.displayName): Assay reads https:// addresses of Azure Blob Storage only",
          hint: "download the file, or give s3://, gs:// or az:// for a store")
      }
      account = String(account.prefix { $0 != "." })
    }
    guard !account.isEmpty else {
      throw AssayError(
        message: "\(request.locator.displayName): no account named",
        hint: "write az://ACCOUNT/CONTAINER/PREFIX/")
    }
    let settings = try AzureSettings(
      account: account, options: request.options.named, environment: ProcessInfo.processInfo.environment)
    let path = String(rest.drop { $0 != "/" })
    return try StoreOpening.open(
      AzureClient(settings: settings), path: path, name: request.locator.displayName, options: request.options
    )
  }
}
