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
    static let noSession = 113
    static let timeout = 159
    static let readOnly = 164
    static let socketTimeout = 209
    static let network = 210
    static let allConnectionTriesFailed = 279
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
    case Code.unknownTable:
      hint = "assay ls on the database lists its tables"
    case Code.unknownDatabase:
      hint = "assay ls \(endpoint.serverLocator) lists the server's databases"
    case Code.unknownIdentifier: hint = "check the column names (assay describe lists them)"
    case Code.syntax: hint = "check the SQL at the position ClickHouse names"
    case Code.readOnly: hint = readOnlyHint
    case Code.noSession:
      // A SET or a temporary table, which the read-only session takes but cannot keep.
      return AssayError(
        message:
          "\(endpoint.displayName): SET and temporary tables need a session, which Assay does not open",
        hint: readOnlyHint)
    case Code.allConnectionTriesFailed, Code.network, Code.socketTimeout:
      hint = "a server of the cluster did not answer: check that every shard's server is running"
    case Code.timeout:
      hint = "raise the limit with -O timeout=SECONDS (now \(endpoint.timeLimit); 0: none)"
    default:
      hint =
        status == 401 || status == 403 ? "check the user and password" : "check the statement and the server"
    }
    return AssayError(message: "\(endpoint.displayName): \(text)", hint: hint)
  }

  /// What to do about a statement the read-only session refused.
  static let readOnlyHint = "Assay opens ClickHouse read-only: only statements that read run"

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
  /// (`Code: 60, e.displayText() = DB::Exception: M, e.what() = …` and `Code: 60. DB::Exception: M. (NAME) (version …)`),
  /// of any exception class (`DB::NetException`). An exception that gathers others (`All
  /// connection tries failed. Log: …`, one per try) is given with the first of them, which names
  /// the server that failed.
  static func exception(_ body: String) -> (code: Int?, message: String) {
    let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
    var code: Int?
    if text.hasPrefix("Code: ") {
      code = Int(text.dropFirst(6).prefix { $0.isNumber })
    }
    guard let start = text.range(of: #"DB::\w*Exception: "#, options: .regularExpression) else {
      return (code, String(text.split(separator: "\n").first ?? ""))
    }
    var message = text[start.upperBound...]
    var gathered = ""
    if let log = message.range(of: " Log:") {
      let first = exception(String(message[log.upperBound...])).message
      if !first.isEmpty { gathered = ": " + first }
      message = message[..<log.lowerBound]
      if message.hasSuffix(".") { message = message.dropLast() }
    }
    if let end = message.range(of: ", e.what() =") { message = message[..<end.lowerBound] }
    if let version = message.range(of: " (version ") { message = message[..<version.lowerBound] }
    // A syntax error lists every statement ClickHouse knows: the place it failed is what helps.
    if let expected = message.range(of: ". Expected one of:") { message = message[..<expected.lowerBound] }
    let firstLine = message.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    return (code, firstLine.trimmingCharacters(in: .whitespaces) + gathered)
  }
}
