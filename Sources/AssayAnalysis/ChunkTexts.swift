import AssayCore
import Foundation

/// One text of a column: item `item` (a row of a packed chunk, a code of a dictionary chunk) of chunk `chunk`.
struct TextRef: Sendable {
  /// The chunk's index among the column's string chunks.
  let chunk: Int
  /// The row or dictionary code within the chunk.
  let item: Int
}

/// A chunk's texts as packed bytes with offsets, and which of them occur: rows that are not null
/// for a packed chunk (item i is row i), codes that some non-null row uses for a dictionary chunk
/// (item i is code i, with its number of rows and its first row).
struct ChunkTexts: Sendable {
  /// Item i is `bytes[offsets[i]..<offsets[i + 1]]`.
  let bytes: [UInt8]
  /// One more offset than items.
  let offsets: [UInt32]
  /// Which items occur; nil when all do.
  let present: ValidityBitmap?
  /// The chunk's number of rows.
  let rowCount: Int
  /// For a dictionary chunk, the rows holding each code; nil when each item is one row.
  let occurrences: [Int]?
  /// For a dictionary chunk, the first row holding each code (unused codes: `rowCount`).
  let firstRows: [Int]?

  /// The texts of a string chunk; nil for other chunks.
  init?(_ chunk: ColumnChunk) {
    guard case .string(let storage) = chunk.values else { return nil }
    rowCount = chunk.count
    switch storage {
    case .packed(let bytes, let offsets):
      self.bytes = bytes
      self.offsets = offsets
      present = chunk.validity
      occurrences = nil
      firstRows = nil
    case .dictionary(let codes, let dictionary):
      var packed: [UInt8] = [], offsets: [UInt32] = [0]
      for text in dictionary {
        packed.append(contentsOf: text.utf8)
        offsets.append(UInt32(truncatingIfNeeded: packed.count))
      }
      var used = ValidityBitmap(count: dictionary.count, allValid: false)
      var rows = [Int](repeating: 0, count: dictionary.count)
      var first = [Int](repeating: codes.count, count: dictionary.count)
      for row in codes.indices where chunk.validity?.isValid(row) ?? true {
        let code = Int(codes[row])
        if rows[code] == 0 { first[code] = row }
        rows[code] += 1
        used.set(code, valid: true)
      }
      bytes = packed
      self.offsets = offsets
      present = used
      occurrences = rows
      firstRows = first
    }
  }

  /// Number of items.
  var count: Int { offsets.count - 1 }
}

extension [ChunkTexts] {
  /// Calls `body` with the bytes of the text `ref` names.
  func withText<R>(_ ref: TextRef, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let texts = self[ref.chunk]
    let start = Int(texts.offsets[ref.item]), end = Int(texts.offsets[ref.item + 1])
    return texts.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// Byte order of two texts: negative, zero or positive.
  func compare(_ a: TextRef, _ b: TextRef) -> Int {
    withText(a) { x in withText(b) { y in TextOrder.compare(x, y) } }
  }

  /// The text `ref` names.
  func string(_ ref: TextRef) -> String { withText(ref) { String(decoding: $0, as: UTF8.self) } }
}

/// Byte-wise ordering of UTF-8 texts, which is code point order.
enum TextOrder {
  /// Negative when `a` orders first, zero when equal, positive when `b` orders first.
  @inline(__always) static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    let shared = Swift.min(a.count, b.count)
    if shared > 0, let x = a.baseAddress, let y = b.baseAddress {
      let order = memcmp(x, y, shared)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }

  /// The first eight bytes as a big-endian number, zero-padded: when two prefixes differ, the
  /// texts order as their prefixes do.
  @inline(__always) static func prefix(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = text.baseAddress else { return 0 }
    if text.count >= 8 { return UInt64(bigEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
    var value: UInt64 = 0
    for i in 0..<8 { value = value << 8 | UInt64(i < text.count ? text[i] : 0) }
    return value
  }
}
