import AssayCore
import AssaySQL
import NIOCore

/// A whole answer body read by the reader the connection streams with: for checks of what a
/// server, or something posing as one, may send.
public enum ClickHouseAnswerText {
  /// The columns and rows of `body`, handed to the reader in pieces of `pieceSize` bytes (at least
  /// one) as they would arrive; DateTime columns without a zone are in `serverZone`.
  /// - Throws: what `failure` makes of the first line that is not part of a result.
  public static func read(
    _ body: [UInt8], pieceSize: Int, serverZone: String = "UTC",
    failure: (String) -> any Error = {
      AssayError(message: "not a ClickHouse result: \(SafeText.visible($0))")
    }
  ) throws -> (columns: [SQLColumn], page: ResultPage) {
    var reader = TabSeparatedPages(serverZone: serverZone)
    var start = 0
    while start < body.count {
      let end = min(body.count, start + max(1, pieceSize))
      try reader.take(ByteBuffer(bytes: body[start..<end]), failure: failure)
      start = end
    }
    try reader.finish(failure: failure)
    return (reader.columns ?? [], reader.takePage())
  }
}
