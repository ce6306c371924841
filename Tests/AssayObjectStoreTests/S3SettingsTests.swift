import AssayCore
import AssayStoreText
import Foundation
import Testing

@testable import AssayObjectStore

/// Credentials, region and endpoint are found where the AWS tools find them, in their order.
struct S3SettingsTests {
  /// A home folder with `credentials` and `config` files under `.aws`.
  func home(credentials: String, config: String) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-aws-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/.aws", withIntermediateDirectories: true)
    try credentials.write(toFile: folder + "/.aws/credentials", atomically: true, encoding: .utf8)
    try config.write(toFile: folder + "/.aws/config", atomically: true, encoding: .utf8)
    return folder
  }

  let credentialsFile = """
    [default]
    aws_access_key_id = AKIADEFAULT
    aws_secret_access_key = default-secret
    # a comment
    [work]
    aws_access_key_id=AKIAWORK
    aws_secret_access_key=work-secret
    aws_session_token = work-token
    """
  let configFile = """
    [default]
    region = eu-west-1
    [profile work]
    region = ap-south-1
    endpoint_url = http://127.0.0.1:9000
    s3 =
      addressing_style = path
    """

  @Test func theEnvironmentComesBeforeTheProfile() throws {
    let folder = try home(credentials: credentialsFile, config: configFile)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let settings = try S3Settings.resolve(
      options: [:],
      environment: [
        "AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "env-secret", "AWS_REGION": "us-west-2",
      ],
      home: folder)
    #expect(settings.credentials?.accessKeyID == "AKIAENV")
    #expect(settings.credentials?.origin == "AWS_ACCESS_KEY_ID")
    #expect(settings.region == "us-west-2")
    #expect(settings.endpoint == nil)
  }

  @Test func aNamedProfileGivesKeysTokenRegionAndEndpoint() throws {
    let folder = try home(credentials: credentialsFile, config: configFile)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let settings = try S3Settings.resolve(options: [:], environment: ["AWS_PROFILE": "work"], home: folder)
    #expect(settings.credentials?.accessKeyID == "AKIAWORK")
    #expect(settings.credentials?.sessionToken == "work-token")
    #expect(settings.credentials?.origin == "profile work of \(folder)/.aws/credentials")
    #expect(settings.region == "ap-south-1")
    #expect(settings.endpoint?.absoluteString == "http://127.0.0.1:9000")
    let defaults = try S3Settings.resolve(options: [:], environment: [:], home: folder)
    #expect(defaults.credentials?.accessKeyID == "AKIADEFAULT" && defaults.region == "eu-west-1")
    #expect(
      throws: AssayError(
        message:
          "AWS_PROFILE names profile 'nosuch', which neither \(folder)/.aws/credentials nor \(folder)/.aws/config holds",
        hint: "check the name, or unset AWS_PROFILE")
    ) { try S3Settings.resolve(options: [:], environment: ["AWS_PROFILE": "nosuch"], home: folder) }
  }

  @Test func optionsComeFirstAndUnsignedNeedsNoKeys() throws {
    let settings = try S3Settings.resolve(
      options: ["endpoint": "https://minio.example:9000", "region": "eu-central-1", "no-sign-request": ""],
      environment: [
        "AWS_ENDPOINT_URL": "http://elsewhere", "AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S",
      ],
      home: "/nonexistent")
    #expect(settings.credentials == nil)
    #expect(settings.region == "eu-central-1")
    #expect(settings.endpoint?.host == "minio.example")
    let bare = try S3Settings.resolve(options: [:], environment: [:], home: "/nonexistent")
    #expect(bare.credentials == nil && bare.region == "us-east-1")
  }

  @Test func halfAKeyPairOrABadEndpointIsOneClearError() throws {
    let folder = try home(credentials: "[default]\naws_access_key_id = AKIAHALF\n", config: "")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: AssayError.self) { try S3Settings.resolve(options: [:], environment: [:], home: folder) }
    #expect {
      try S3Settings.resolve(options: ["endpoint": "minio:9000"], environment: [:], home: "/nonexistent")
    } throws: { String(describing: $0).contains("is not an http:// or https:// address") }
  }
}

/// A listing answer's parts are read as S3 writes them, character references decoded.
struct XMLElementsTests {
  @Test func aListingPageReadsWhole() throws {
    let page = """
      <?xml version="1.0" encoding="UTF-8"?>
      <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>lake</Name><Prefix/>\
      <KeyCount>2</KeyCount><IsTruncated>true</IsTruncated><NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>\
      <Contents><Key>a &amp; b/x&lt;1&gt;.csv</Key><LastModified>2024-03-01T08:00:00.000Z</LastModified><Size>12</Size>\
      <StorageClass>GLACIER</StorageClass></Contents><Contents><Key>caf&#233;.json</Key><Size>0</Size></Contents>\
      <CommonPrefixes><Prefix>2024/</Prefix></CommonPrefixes></ListBucketResult>
      """
    let listing = ListPage(s3Listing: page)
    #expect(listing.objects.map(\.key) == ["a & b/x<1>.csv", "café.json"])
    #expect(listing.objects.map(\.size) == [12, 0])
    #expect(listing.prefixes == ["2024/"] && listing.nextToken != nil)
    let xml = XMLElements(page[...])
    let contents = xml.all("Contents").map { XMLElements($0) }
    #expect(contents.map { $0.value("Key") } == ["a & b/x<1>.csv", "café.json"])
    #expect(contents.map { $0.value("Size") } == ["12", "0"])
    #expect(contents[0].value("StorageClass") == "GLACIER")
    #expect(xml.value("Prefix") == "")
    #expect(xml.all("CommonPrefixes").compactMap { XMLElements($0).value("Prefix") } == ["2024/"])
    #expect(xml.value("NextContinuationToken") == "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")
    #expect(
      ListPage.date(contents[0].value("LastModified") ?? "") == Date(timeIntervalSince1970: 1_709_280_000))
  }

  @Test func aGoogleCloudStoragePageReadsWhole() {
    let page = """
      {"kind": "storage#objects", "nextPageToken": "Cg10YWJsZXMvaXJpcw==", "prefixes": ["2024/"],
       "items": [{"name": "tables/iris.csv", "size": "4009", "updated": "2024-03-01T08:00:00.000Z",
                  "storageClass": "NEARLINE"}, {"name": "b.json", "size": "0"}]}
      """
    let listing = ListPage(gcsListing: page)
    #expect(listing.objects.map(\.key) == ["tables/iris.csv", "b.json"])
    #expect(listing.objects.map(\.size) == [4009, 0])
    #expect(listing.objects[0].storageClass == "NEARLINE")
    #expect(listing.objects[0].modified == Date(timeIntervalSince1970: 1_709_280_000))
    #expect(listing.prefixes == ["2024/"] && listing.nextToken == "Cg10YWJsZXMvaXJpcw==")
    #expect(ListPage(gcsListing: "not json").objects.isEmpty)
  }
}
