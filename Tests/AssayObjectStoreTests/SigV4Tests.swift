import Foundation
import Testing

@testable import AssayObjectStore

/// Signatures equal those AWS publishes: the SigV4 test suite's requests (service `service`,
/// 2015-08-30) and the S3 documentation's examples (2013-05-24).
struct SigV4Tests {
  // AWS's published example keys (the SigV4 test suite's and the S3 documentation's): not credentials.
  static let suite = AWSCredentials(
    accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", origin: "test")
  static let documentation = AWSCredentials(
    accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    origin: "test")

  /// The signature at the end of an `Authorization` header.
  func signature(_ authorization: String) -> String {
    String(authorization.split(separator: "=").last ?? "")
  }

  @Test(arguments: [
    ("GET", [(String, String)](), "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
    (
      "GET", [("Param2", "value2"), ("Param1", "value1")],
      "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
    ),
    ("POST", [], "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
  ])
  func theTestSuitesRequests(method: String, query: [(String, String)], expected: String) {
    let signer = SigV4Signer(credentials: Self.suite, region: "us-east-1", service: "service")
    let authorization = signer.authorization(
      method: method, path: "/", query: query,
      headers: [("Host", "example.amazonaws.com"), ("X-Amz-Date", "20150830T123600Z")],
      payloadHash: SigV4Signer.emptyPayloadHash, timestamp: "20150830T123600Z")
    #expect(signature(authorization) == expected)
    #expect(
      authorization.hasPrefix(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
      ))
  }

  @Test(arguments: [
    (
      "/test.txt", [(String, String)](), [("Range", "bytes=0-9")],
      "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
    ),
    ("/", [("lifecycle", "")], [], "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"),
    (
      "/", [("max-keys", "2"), ("prefix", "J")], [],
      "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"
    ),
  ])
  func theS3DocumentationsExamples(
    path: String, query: [(String, String)], extra: [(String, String)], expected: String
  ) {
    let signer = SigV4Signer(credentials: Self.documentation, region: "us-east-1", service: "s3")
    let headers =
      [("Host", "examplebucket.s3.amazonaws.com"), ("x-amz-content-sha256", SigV4Signer.emptyPayloadHash)]
      + extra
    let signed = signer.signedHeaders(
      method: "GET", path: path, query: query, headers: headers, payloadHash: SigV4Signer.emptyPayloadHash,
      date: Date(timeIntervalSince1970: 1_369_353_600))
    #expect(signed.first { $0.0 == "x-amz-date" }?.1 == "20130524T000000Z")
    #expect(signature(signed.first { $0.0 == "Authorization" }?.1 ?? "") == expected)
  }

  @Test func keysAreEncodedOnceWithTheirSlashesKept() {
    #expect(SigV4Signer.encoded("a b/é.csv", keepingSlashes: true) == "a%20b/%C3%A9.csv")
    #expect(SigV4Signer.encoded("a/b=c&d~e") == "a%2Fb%3Dc%26d~e")
  }

  @Test func aSessionTokenIsSignedAndSentButTheSecretNever() {
    let credentials = AWSCredentials(
      accessKeyID: "AKID", secretAccessKey: "the-secret", sessionToken: "the-token", origin: "test")
    let signed = SigV4Signer(credentials: credentials, region: "eu-west-1", service: "s3").signedHeaders(
      method: "GET", path: "/", query: [], headers: [("host", "h")],
      payloadHash: SigV4Signer.emptyPayloadHash,
      date: Date())
    #expect(signed.contains { $0.0 == "x-amz-security-token" && $0.1 == "the-token" })
    #expect(signed.first { $0.0 == "Authorization" }?.1.contains("x-amz-security-token") == true)
    #expect(!signed.contains { $0.1.contains("the-secret") })
  }
}
