import AssayCore
import AsyncHTTPClient
import Foundation
import NIOCore

/// ClickHouse's errors as people read them: one line naming the database (password masked) with
/// the server's own message and what to do next.
enum ClickHouseFailure {
  /// Exception codes told apart (ClickHouse's `ErrorCodes.cpp`).
  enum Code {
    static let unknownIdentifier = 47
    static let unknownTable = 60
    static let syntax = 62
    static let unknownDatabase = 81
    static let timeout = 159
    static let readOnly = 164
    static let unknownUser = 192
    static let wrongPassword = 193
    static let passwordRequired = 194
    static let cancelled = 394
    static let authenticationFailed = 516
  }

  /// The error of an answer with `status` other than 200 and `body` (ClickHouse's exception text).
  static func answer(status: Int, body: String, endpoint: ClickHouseEndpoint) -> any Error {
    let (code, message) = exception(body)
    if code == Code.cancelled { return CancellationError() }
    // A message's line breaks (`… program.\r\nYou must use port …`) read as spaces on one line.
    let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    let text = endpoint.masked(SafeText.visible(oneLine.isEmpty ? "HTTP status \(status)" : oneLine))
    let hint: String
    switch code {
    case Code.unknownUser, Code.wrongPassword, Code.passwordRequired, Code.authenticationFailed:
      return AssayError(
        message: "\(endpoint.displayName): ClickHouse refused the sign-in as '\(endpoint.user)' (\(text))",
        hint: "check the user and password (in the locator, or CLICKHOUSE_USER and CLICKHOUSE_PASSWORD)")
    case Code.unknownTable, Code.unknownDatabase:
      hint = "assay ls on the database lists its tables"
    case Code.unknownIdentifier: hint = "check the column names (assay describe lists them)"
    case Code.syntax: hint = "check the SQL at the position ClickHouse names"
    case Code.readOnly: hint = "Assay opens ClickHouse read-only: only statements that read run"
    case Code.timeout:
      hint = "raise the limit with -O timeout=SECONDS (now \(endpoint.timeLimit); 0: none)"
    default:
      hint =
        status == 401 || status == 403 ? "check the user and password" : "check the statement and the server"
    }
    return AssayError(message: "\(endpoint.displayName): \(text)", hint: hint)
  }

  /// The error for a request that got no answer: where it went and why, never its credentials.
  static func unreachable(_ error: any Error, endpoint: ClickHouseEndpoint) -> AssayError {
    let described = String(describing: error)
    let reason: String
    if described.lowercased().contains("refused") {
      reason = "connection refused"
    } else if let client = error as? HTTPClientError, client == .connectTimeout {
      reason = "no answer to the connection within 5 s"
    } else if let client = error as? HTTPClientError, client == .deadlineExceeded {
      reason = "the connection was taken, but no answer came in time"
    } else {
      reason = SafeText.visible(String(described.prefix(200)))
    }
    return AssayError(
      message: "\(endpoint.displayName): cannot reach \(endpoint.origin) (\(endpoint.masked(reason)))",
      hint: "check the host and port, and that the ClickHouse server is running")
  }

  /// The error ClickHouse wrote into a result's body after its first rows, when it failed part way.
  static func cutShort(_ line: String, endpoint: ClickHouseEndpoint) -> any Error {
    answer(status: 500, body: line, endpoint: endpoint)
  }

  /// The code and message of ClickHouse's exception text, in the forms old and new servers write
  /// (`Code: 60, e.displayText() = DB::Exception: M, e.what() = …` and `Code: 60. DB::Exception: M. (NAME) (version …)`).
  static func exception(_ body: String) -> (code: Int?, message: String) {
    let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
    var code: Int?
    if text.hasPrefix("Code: ") {
      code = Int(text.dropFirst(6).prefix { $0.isNumber })
    }
    guard let start = text.range(of: "DB::Exception: ") else {
      return (code, String(text.split(separator: "\n").first ?? ""))
    }
    var message = text[start.upperBound...]
    if let end = message.range(of: ", e.what() =") { message = message[..<end.lowerBound] }
    if let version = message.range(of: " (version ") { message = message[..<version.lowerBound] }
    // A syntax error lists every statement ClickHouse knows: the place it failed is what helps.
    if let expected = message.range(of: ". Expected one of:") { message = message[..<expected.lowerBound] }
    let firstLine = message.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    return (code, firstLine.trimmingCharacters(in: .whitespaces))
  }
}
