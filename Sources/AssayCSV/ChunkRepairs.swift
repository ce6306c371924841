/// What a lenient parse of a chunk repaired: rows shorter or longer than the header, and comment
/// lines skipped; and the null texts it read as nulls. Lines count from the chunk's first line, rows
/// from its first row.
struct ChunkRepairs: Sendable {
  /// Rows with fewer fields than the header, padded with nulls.
  var shortRows = 0
  /// The line of the first of them.
  var firstShortLine = 0
  /// Rows with more fields than the header.
  var longRows = 0
  /// The line of the first of them.
  var firstLongLine = 0
  /// The fields past the header's of each long row: its row number and those fields' bytes.
  var extraFields: [(row: Int, fields: [[UInt8]])] = []
  /// Comment lines skipped.
  var commentLines = 0
  /// The line of the first of them.
  var firstCommentLine = 0

  /// Per kept column, the null texts (`NA`, `-`, …) read as nulls in it: one bit per text of the
  /// source's `NullTexts`. Empty until a column meets one.
  var nullTexts: [UInt64] = []

  /// Notes that a field of kept column `column` was the null text of `bit`.
  @inline(__always)
  mutating func noteNullText(_ bit: UInt64, column: Int) {
    if nullTexts.count <= column { nullTexts += repeatElement(0, count: column + 1 - nullTexts.count) }
    nullTexts[column] |= bit
  }

  /// True when nothing was repaired.
  var isEmpty: Bool { shortRows == 0 && longRows == 0 && commentLines == 0 }

  /// Adds a later chunk's repairs, its lines counted from `lineOffset` and its rows from `rowOffset`.
  mutating func add(_ other: ChunkRepairs, lineOffset: Int, rowOffset: Int) {
    if shortRows == 0 { firstShortLine = other.firstShortLine + lineOffset }
    if longRows == 0 { firstLongLine = other.firstLongLine + lineOffset }
    if commentLines == 0 { firstCommentLine = other.firstCommentLine + lineOffset }
    shortRows += other.shortRows
    longRows += other.longRows
    commentLines += other.commentLines
    for (column, mask) in other.nullTexts.enumerated() where mask != 0 { noteNullText(mask, column: column) }
    extraFields += other.extraFields.map { (row: $0.row + rowOffset, fields: $0.fields) }
  }
}
