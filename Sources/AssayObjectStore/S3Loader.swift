import AssayCore
import AssayStoreText
import Foundation

/// Opens `s3://bucket/prefix/` as a collection of its objects and `s3://bucket/key` as the table
/// the object holds, streamed with ranged GETs. Credentials, region and endpoint come as the AWS
/// tools take them (`S3Settings`); `endpoint`, `region` and `no-sign-request` are options too.
public struct S3Loader: SourceLoader {
  /// A loader.
  public init() {}

  /// `s3:`; `endpoint`, `region`, `no-sign-request`, and the options of the tables its objects hold.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "S3", schemes: ["s3"],
      options: [
        LoaderOption(
          "endpoint", help: "an S3-compatible store's address (MinIO, Ceph, R2), as http://HOST:PORT"),
        LoaderOption(
          "region", help: "the region to sign for (default: AWS_REGION, the profile's, us-east-1)"),
        LoaderOption("no-sign-request", help: "send requests unsigned, for a public bucket"),
      ], tableOptions: StoreCollection.tableOptions)
  }

  /// The prefix's listing, or the object's table (`StoreOpening`).
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let environment = ProcessInfo.processInfo.environment
    let settings = try S3Settings.resolve(
      options: request.options.named, environment: environment, home: environment["HOME"] ?? NSHomeDirectory()
    )
    return try StoreOpening.open(
      S3Client(settings: settings), path: request.locator.path, name: request.locator.displayName,
      options: request.options)
  }
}
