import AssayCore
import AssayStoreText
import AsyncHTTPClient
import Foundation
import NIOHTTP1
import Synchronization

/// S3's REST API as Assay uses it, signed with SigV4 (or not, for a public bucket): ListObjectsV2
/// page by page, HEAD, and GET of a byte range. A custom endpoint is addressed path-style
/// (`http://host:port/bucket/key`); AWS virtual-hosted (`https://bucket.s3.region.amazonaws.com/key`),
/// following a bucket's answer that it lives in another region.
public struct S3Client: ObjectStore {
  /// `s3`.
  public var scheme: String { "s3" }

  /// How to reach the store.
  public let settings: S3Settings

  /// A client with `settings`.
  public init(settings: S3Settings) { self.settings = settings }

  /// The regions buckets were found to live in, when they answered that they live elsewhere.
  private static let bucketRegions = Mutex<[String: String]>([:])

  /// The region requests for `bucket` are signed for.
  private func region(_ bucket: String) -> String {
    Self.bucketRegions.withLock { $0[bucket] } ?? settings.region
  }

  /// A page of the objects under `prefix`, folded at `delimiter` when given, from `token` on.
  public func list(bucket: String, prefix: String, delimiter: String?, token: String?) throws -> ListPage {
    var query = [("list-type", "2"), ("prefix", prefix)]
    if let delimiter { query.append(("delimiter", delimiter)) }
    if let token { query.append(("continuation-token", token)) }
    let answer = try send("GET", bucket: bucket, key: "", query: query, name: "s3://\(bucket)/\(prefix)")
    return ListPage(s3Listing: answer.text)
  }

  /// The object's size and last modification; nil when there is no such object.
  public func head(bucket: String, key: String) throws -> StoreObject? {
    let name = "s3://\(bucket)/\(key)"
    let answer = try send("HEAD", bucket: bucket, key: key, query: [], name: name, missingIsNil: true)
    guard answer.status != 404 else { return nil }
    return StoreObject(
      key: key, size: Int(answer.headers.first(name: "content-length") ?? "") ?? 0,
      modified: answer.headers.first(name: "last-modified").flatMap(ListPage.httpDate),
      storageClass: answer.headers.first(name: "x-amz-storage-class"))
  }

  /// The object's bytes in `range` (offsets from 0, both ends included).
  public func get(bucket: String, key: String, range: ClosedRange<Int>) throws -> [UInt8] {
    try send(
      "GET", bucket: bucket, key: key, query: [],
      headers: [("Range", "bytes=\(range.lowerBound)-\(range.upperBound)")],
      name: "s3://\(bucket)/\(key)"
    ).body
  }

  /// Sends a request and checks its answer: an error answer becomes one clear `AssayError`, and a
  /// bucket's answer that it lives in another region sends the request again there.
  private func send(
    _ method: String, bucket: String, key: String, query: [(String, String)],
    headers: [(String, String)] = [],
    name: String, missingIsNil: Bool = false
  ) throws -> HTTPAnswer {
    var redirected = false
    while true {
      let region = region(bucket)
      let answer = try ObjectStoreHTTP.send(name: name, settings: "--endpoint, AWS_ENDPOINT_URL") {
        try request(method, bucket: bucket, key: key, query: query, headers: headers, region: region)
      }
      if answer.status < 300 || (missingIsNil && answer.status == 404) { return answer }
      let error = XMLElements(answer.text[...])
      let home = answer.headers.first(name: "x-amz-bucket-region") ?? error.value("Region")
      if !redirected, let home, home != region, [301, 307, 400].contains(answer.status) {
        Self.bucketRegions.withLock { $0[bucket] = home }
        redirected = true
        continue
      }
      throw S3Failure.error(
        answer: answer, code: error.value("Code"), message: error.value("Message"), name: name,
        settings: settings)
    }
  }

  /// A signed request (unsigned without credentials).
  private func request(
    _ method: String, bucket: String, key: String, query: [(String, String)], headers: [(String, String)],
    region: String
  ) throws -> HTTPClient.Request {
    let (base, pathPrefix) = address(bucket: bucket, region: region)
    let path = pathPrefix + "/" + SigV4Signer.encoded(key, keepingSlashes: true)
    let queryText = query.map { "\(SigV4Signer.encoded($0.0))=\(SigV4Signer.encoded($0.1))" }.joined(
      separator: "&")
    let url = base + path + (queryText.isEmpty ? "" : "?" + queryText)
    var all = headers
    let host =
      URL(string: base).map { url in
        (url.host ?? "") + (url.port.map { ":\($0)" } ?? "")
      } ?? ""
    if let credentials = settings.credentials {
      all.append(("x-amz-content-sha256", SigV4Signer.emptyPayloadHash))
      let signer = SigV4Signer(credentials: credentials, region: region, service: "s3")
      all += signer.signedHeaders(
        method: method, path: path, query: query, headers: all + [("host", host)],
        payloadHash: SigV4Signer.emptyPayloadHash, date: Date())
    }
    return try HTTPClient.Request(
      url: url, method: HTTPMethod(rawValue: method), headers: HTTPHeaders(all))
  }

  /// The scheme and host requests for `bucket` go to, and the path's start before the key.
  private func address(bucket: String, region: String) -> (base: String, pathPrefix: String) {
    if let endpoint = settings.endpoint {
      var base = endpoint.absoluteString
      while base.hasSuffix("/") { base.removeLast() }
      return (base, "/" + SigV4Signer.encoded(bucket))
    }
    if bucket.contains(".") {
      return ("https://s3.\(region).amazonaws.com", "/" + SigV4Signer.encoded(bucket))
    }
    return ("https://\(bucket).s3.\(region).amazonaws.com", "")
  }
}
