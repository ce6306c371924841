import AssayCore
import AssayStoreText
import Foundation

/// Opens `s3://bucket/prefix/` as a collection of its objects and `s3://bucket/key` as the table
/// the object holds, streamed with ranged GETs. Credentials, region and endpoint come as the AWS
/// tools take them (`S3Settings`); `endpoint`, `region` and `no-sign-request` are options too.
public struct S3Loader: SourceLoader {
  /// A loader.
  public init() {}

  /// `s3:`; `endpoint`, `region`, `no-sign-request`.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "S3", schemes: ["s3"],
      options: [
        LoaderOption(
          "endpoint", help: "an S3-compatible store's address (MinIO, Ceph, R2), as http://HOST:PORT"),
        LoaderOption(
          "region", help: "the region to sign for (default: AWS_REGION, the profile's, us-east-1)"),
        LoaderOption("no-sign-request", help: "send requests unsigned, for a public bucket"),
      ])
  }

  /// The prefix's listing, or the object's table; a key that names no object but is a prefix
  /// (`s3://bucket/2024`) opens as that prefix.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let environment = ProcessInfo.processInfo.environment
    let settings = try S3Settings.resolve(
      options: request.options.named, environment: environment, home: environment["HOME"] ?? NSHomeDirectory()
    )
    let client = S3Client(settings: settings)
    var path = Substring(request.locator.path)
    while path.hasPrefix("/") { path = path.dropFirst() }
    let bucket = String(path.prefix { $0 != "/" })
    guard !bucket.isEmpty else {
      throw AssayError(
        message: "\(request.locator.displayName): no bucket named", hint: "write s3://BUCKET/PREFIX/")
    }
    let key = String(path.dropFirst(bucket.count + 1))
    if key.isEmpty || key.hasSuffix("/") {
      return .collection(S3Collection(client: client, bucket: bucket, prefix: key))
    }
    if let object = try client.head(bucket: bucket, key: key) {
      return .table(
        try S3Collection.table(client: client, bucket: bucket, object: object, options: request.options))
    }
    let folder = S3Collection(client: client, bucket: bucket, prefix: key + "/")
    guard try !client.list(bucket: bucket, prefix: key + "/", delimiter: "/", token: nil).isEmpty else {
      throw AssayError(
        message: "s3://\(bucket)/\(key): no such object or prefix",
        hint: "assay ls s3://\(bucket)/ lists the bucket")
    }
    return .collection(folder)
  }
}

extension S3ListPage {
  /// True when the page holds nothing.
  var isEmpty: Bool { objects.isEmpty && prefixes.isEmpty }
}
