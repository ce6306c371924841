import AssayCore

/// Reading a file's first rows for the lines that break its shape: comment lines between rows, and
/// a preamble (titles, counts) above the header.
enum RaggedLines {
  /// Comment markers proposed when lines starting with them break an otherwise regular file.
  static let markers = ["#", "//"]

  /// The field count most rows have (the larger on a tie).
  static func modalCount(_ rows: some Collection<[[UInt8]]>) -> Int? {
    var frequency: [Int: Int] = [:]
    for row in rows { frequency[row.count, default: 0] += 1 }
    return frequency.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }

  /// The marker whose lines, among `rows`, have another field count than the rest, which agree
  /// (nine in ten at least); nil when no marker's lines break the file.
  static func proposedComment(_ rows: [[[UInt8]]]) -> String? {
    for marker in markers {
      let bytes = Array(marker.utf8)
      let marked = rows.filter { $0.first?.starts(with: bytes) == true }
      let others = rows.filter { $0.first?.starts(with: bytes) != true }
      guard !marked.isEmpty, others.count >= 2, let count = modalCount(others),
        others.filter({ $0.count == count }).count * 10 >= others.count * 9,
        marked.contains(where: { $0.count != count })
      else { continue }
      return marker
    }
    return nil
  }

  /// How many of the first rows have at most half the fields of the rows below them, which agree
  /// (eight in ten at least, two rows or more): a preamble of titles, counts or notes. Nil when none
  /// do. (A first row only a little shorter is a header above rows that end with a delimiter.)
  static func preambleRows(_ rows: [[[UInt8]]]) -> Int? {
    guard let count = modalCount(rows) else { return nil }
    let leading = rows.prefix(20).prefix { $0.count * 2 <= count }.count
    let body = rows.dropFirst(leading)
    guard leading > 0, body.count >= 2, body.filter({ $0.count == count }).count * 10 >= body.count * 8 else {
      return nil
    }
    return leading
  }

  /// The sentence that says a preamble of `lines` lines from line `firstLine` was skipped, quoting
  /// its first row.
  static func preambleNote(_ first: [[UInt8]], lines: Int, firstLine: Int) -> String {
    var text = first.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ",")
    if text.count > 40 { text = String(text.prefix(39)) + "…" }
    let which = lines == 1 ? "line \(firstLine)" : "lines \(firstLine)–\(firstLine + lines - 1)"
    let verb = lines == 1 ? "was" : "were"
    return
      "\(which) (\"\(SafeText.visible(text))\") did not fit the rows below and \(verb) skipped as a preamble (--skip 0 reads them)"
  }
}
