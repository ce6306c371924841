import AssayStoreText
import Foundation
import Testing

@testable import AssayObjectStore

/// Shared Key signatures equal those Microsoft's own client (`azure-storage-blob`) computes for the
/// same requests: the test has it build a listing, a listing from a marker, a blob's properties and
/// a range of it, keeps each request as it would be sent, and signs the same with Assay.
@Suite(.enabled(if: Python.hasAzureClient)) struct AzureSharedKeyTests {
  static let key = Data("0123456789abcdef0123456789abcdef".utf8).base64EncodedString()

  /// The requests azure-storage-blob sends, with their headers, as JSON lines.
  static let capture = """
    import json
    from azure.core.exceptions import ServiceRequestError
    from azure.core.pipeline.transport import HttpTransport
    from azure.storage.blob import ContainerClient
    sent = []
    class Capture(HttpTransport):
        def __enter__(self): return self
        def __exit__(self, *a): pass
        def open(self): pass
        def close(self): pass
        def send(self, request, **kwargs):
            sent.append({"method": request.method, "url": request.url, "headers": dict(request.headers)})
            raise ServiceRequestError("kept")
    client = ContainerClient(account_url="https://acct.blob.core.windows.net", container_name="lake",
        credential={"account_name": "acct", "account_key": "\(key)"}, transport=Capture(), retry_total=0)
    for attempt in [lambda: list(client.walk_blobs(name_starts_with="mixed/", delimiter="/")),
                    lambda: list(client.list_blobs(name_starts_with="a b/").by_page(continuation_token="2!72!MDAwMDQ")),
                    lambda: client.get_blob_client("a b/é+ü.csv").get_blob_properties(),
                    lambda: client.get_blob_client("tables/iris.csv").download_blob(offset=0, length=10).readall()]:
        try:
            attempt()
        except Exception:
            pass
    for request in sent:
        print(json.dumps(request))
    """

  @Test func signaturesEqualTheReferenceClients() throws {
    let result = try Python.run(Self.capture)
    #expect(result.status == 0, "\(result.stderr)")
    let requests = result.stdout.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(requests.count == 4, "\(result.stdout)")
    let signer = try #require(AzureSharedKey(account: "acct", key: Self.key))
    for request in requests {
      let method = try #require(request["method"] as? String)
      let components = try #require(URLComponents(string: request["url"] as? String ?? ""))
      var headers = try #require(request["headers"] as? [String: String])
      let expected = headers.removeValue(forKey: "Authorization")
      let query = (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }
      let signed = signer.authorization(
        method: method, path: components.percentEncodedPath, query: query,
        headers: headers.map { ($0.key, $0.value) })
      #expect(signed == expected, "\(method) \(components)")
    }
  }

  @Test func aListingPageReadsAsAzureWritesIt() {
    let page = """
      <?xml version="1.0" encoding="utf-8"?>
      <EnumerationResults ServiceEndpoint="https://acct.blob.core.windows.net/" ContainerName="lake">
        <Prefix>mixed/</Prefix><Delimiter>/</Delimiter>
        <Blobs>
          <Blob><Name>mixed/a &amp; b.csv</Name><Properties><Creation-Time>Fri, 01 Mar 2024 07:00:00 GMT</Creation-Time>\
      <Last-Modified>Fri, 01 Mar 2024 08:00:00 GMT</Last-Modified><Etag>0x8D</Etag><Content-Length>12</Content-Length>\
      <BlobType>BlockBlob</BlobType><AccessTier>Cool</AccessTier></Properties></Blob>
          <BlobPrefix><Name>mixed/2024/</Name></BlobPrefix>
        </Blobs>
        <NextMarker>2!72!MDAwMDQ</NextMarker>
      </EnumerationResults>
      """
    let listing = ListPage(azureListing: page)
    #expect(listing.objects.map(\.key) == ["mixed/a & b.csv"])
    #expect(listing.objects.map(\.size) == [12])
    #expect(listing.objects[0].storageClass == "Cool")
    #expect(listing.objects[0].modified == Date(timeIntervalSince1970: 1_709_280_000))
    #expect(listing.prefixes == ["mixed/2024/"])
    #expect(listing.nextToken == "2!72!MDAwMDQ")
    #expect(
      ListPage(azureListing: "<EnumerationResults><Blobs/><NextMarker/></EnumerationResults>").nextToken
        == nil)
    // A date followed by bytes that are no ASCII (Foundation's formatter trapped on it) is no date.
    #expect(ListPage.httpDate("Fri, 01 Mar 2024 08:00:00\u{5B8}\u{FFFD}\u{FFFD}") == nil)
    #expect(ListPage.httpDate("Fri, 01 Mar 2024 08:00:00 GMT") == Date(timeIntervalSince1970: 1_709_280_000))
  }

  @Test func credentialsComeFromTheConnectionStringOrTheEnvironment() throws {
    let connection = try AzureSettings(
      account: "acct", options: [:],
      environment: [
        "AZURE_STORAGE_CONNECTION_STRING":
          "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=\(Self.key);BlobEndpoint=http://127.0.0.1:10000/acct"
      ])
    #expect(connection.sharedKey != nil && connection.sas == nil)
    #expect(connection.endpoint == "http://127.0.0.1:10000/acct")
    #expect(connection.origin == "AZURE_STORAGE_CONNECTION_STRING")
    let sas = try AzureSettings(
      account: "acct", options: [:],
      environment: ["AZURE_STORAGE_SAS_TOKEN": "?sv=2021&sig=abc", "AZURE_STORAGE_KEY": Self.key])
    #expect(
      sas.sas == "sv=2021&sig=abc" && sas.sharedKey == nil
        && sas.endpoint == "https://acct.blob.core.windows.net")
    #expect(throws: (any Error).self) {
      try AzureSettings(account: "acct", options: [:], environment: ["AZURE_STORAGE_KEY": "not base64!"])
    }
    // The portal's SAS connection string names no account: its BlobEndpoint does.
    let portal = try AzureSettings(
      account: "acct", options: [:],
      environment: [
        "AZURE_STORAGE_CONNECTION_STRING":
          "BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2022&sig=abc"
      ])
    #expect(portal.sas == "sv=2022&sig=abc" && portal.endpoint == "https://acct.blob.core.windows.net")
    #expect(portal.origin == "AZURE_STORAGE_CONNECTION_STRING")
    let otherAccount = try AzureSettings(
      account: "acct", options: [:],
      environment: [
        "AZURE_STORAGE_CONNECTION_STRING":
          "BlobEndpoint=https://other.blob.core.windows.net/;SharedAccessSignature=sig=x"
      ])
    #expect(otherAccount.sas == nil && otherAccount.endpoint == "https://acct.blob.core.windows.net")
    let anonymous = try AzureSettings(account: "acct", options: [:], environment: [:])
    #expect(anonymous.sharedKey == nil && anonymous.sas == nil && anonymous.origin == nil)
  }
}

/// Runs Python programs for the reference checks.
enum Python {
  /// Whether the reference client azure-storage-blob is installed (scripts/setup.sh installs it).
  static let hasAzureClient = (try? run("import azure.storage.blob")).map { $0.status == 0 } ?? false

  /// The exit status, standard output and standard error of `program`.
  static func run(_ program: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", program]
    let (output, errors) = (Pipe(), Pipe())
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, stdout, stderr)
  }
}
