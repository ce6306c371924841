import AssayCore
import Crypto
import Foundation

/// AWS Signature Version 4: signs a request's method, path, query, headers and payload hash with a
/// key derived from the secret, the day, the region and the service. The secret is used only to
/// derive that key; it is never written into a header, a message or a log.
public struct SigV4Signer: Sendable {
  /// The key pair (and session token) that signs.
  public let credentials: AWSCredentials
  /// The region the request goes to (`us-east-1`).
  public let region: String
  /// The service (`s3`).
  public let service: String

  /// A signer for `service` in `region`.
  public init(credentials: AWSCredentials, region: String, service: String) {
    self.credentials = credentials
    self.region = region
    self.service = service
  }

  /// The SHA-256 of an empty payload, as S3 wants it for a GET.
  public static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

  /// The headers to add to a request: `x-amz-date`, `x-amz-security-token` with a session token,
  /// and `Authorization`. `path` is the canonical URI (each segment already percent-encoded),
  /// `query` the decoded query parameters, `headers` those to sign (`host` among them).
  public func signedHeaders(
    method: String, path: String, query: [(String, String)], headers: [(String, String)], payloadHash: String,
    date: Date
  ) -> [(String, String)] {
    let stamp = Self.timestamp(date)
    var signed = headers + [("x-amz-date", stamp)]
    var added = [("x-amz-date", stamp)]
    if let token = credentials.sessionToken {
      signed.append(("x-amz-security-token", token))
      added.append(("x-amz-security-token", token))
    }
    let authorization = self.authorization(
      method: method, path: path, query: query, headers: signed, payloadHash: payloadHash, timestamp: stamp)
    return added + [("Authorization", authorization)]
  }

  /// The `Authorization` header of a request whose headers (with `x-amz-date` = `timestamp`) are
  /// `headers`.
  public func authorization(
    method: String, path: String, query: [(String, String)], headers: [(String, String)], payloadHash: String,
    timestamp: String
  ) -> String {
    let canonicalHeaders = headers.map { (name: $0.0.lowercased(), value: Self.trimmed($0.1)) }
      .sorted { $0.name < $1.name }
    let signedNames = canonicalHeaders.map(\.name).joined(separator: ";")
    let pairs: [(name: String, value: String)] = query.map { (Self.encoded($0.0), Self.encoded($0.1)) }
    let sortedPairs = pairs.sorted { $0.name == $1.name ? $0.value < $1.value : $0.name < $1.name }
    let canonicalQuery = sortedPairs.map { $0.name + "=" + $0.value }.joined(separator: "&")
    let headerLines: String = canonicalHeaders.map { $0.name + ":" + $0.value + "\n" }.joined()
    let parts: [String] = [method, path, canonicalQuery, headerLines, signedNames, payloadHash]
    let canonicalRequest = parts.joined(separator: "\n")
    let day = String(timestamp.prefix(8))
    let scope = "\(day)/\(region)/\(service)/aws4_request"
    let toSign = [
      "AWS4-HMAC-SHA256", timestamp, scope, Self.hex(SHA256.hash(data: Data(canonicalRequest.utf8))),
    ]
    .joined(separator: "\n")
    let signature = Self.hex(
      HMAC<SHA256>.authenticationCode(for: Data(toSign.utf8), using: signingKey(day: day)))
    return "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(signedNames), "
      + "Signature=\(signature)"
  }

  /// The key for one day, region and service, derived from the secret.
  private func signingKey(day: String) -> SymmetricKey {
    var key = SymmetricKey(data: Data(("AWS4" + credentials.secretAccessKey).utf8))
    for part in [day, region, service, "aws4_request"] {
      key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
    }
    return key
  }

  /// `20150830T123600Z`.
  static func timestamp(_ date: Date) -> String {
    let micros = Int64(date.timeIntervalSince1970.rounded(.down)) * TimeText.microsPerSecond
    let iso = TimeText.iso(micros, zone: .naive)
    return iso.filter { $0 != "-" && $0 != ":" }.replacingOccurrences(of: " ", with: "T") + "Z"
  }

  /// A header value with its ends trimmed and inner runs of spaces made one.
  static func trimmed(_ value: String) -> String {
    value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
      .trimmingCharacters(in: .whitespaces)
  }

  /// `text` percent-encoded as SigV4 wants: every byte but `A-Z a-z 0-9 - . _ ~` (and `/` when
  /// `keepingSlashes`, for a path), in upper-case hex.
  public static func encoded(_ text: String, keepingSlashes: Bool = false) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        result.unicodeScalars.append(UnicodeScalar(byte))
      case UInt8(ascii: "/") where keepingSlashes:
        result.append("/")
      default:
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }

  /// Lower-case hex of a digest.
  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
  }
}

extension String {
  /// The string with zeros in front up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
