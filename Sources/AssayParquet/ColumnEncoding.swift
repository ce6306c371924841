import AssayCore

/// One column's values over a run of rows, encoded for a Parquet page: the definition levels
/// (1 where a value is present), the present values PLAIN-encoded, or as indexes into a
/// dictionary for text with few distinct values, and the run's statistics.
struct ColumnEncoding {
  /// Rows in the run.
  var rows = 0
  /// Present values.
  var present = 0
  /// One flag per row: whether it holds a value.
  var defined: [Bool] = []
  /// The present values, PLAIN-encoded (empty when `codes` is used).
  var plain: [UInt8] = []
  /// Booleans, packed at the end.
  var booleans: [Bool] = []
  /// Dictionary indexes of the present values, for dictionary-encoded text.
  var codes: [UInt32] = []
  /// True when the page's values are `codes` (so a page of nulls only still writes their width).
  var isDictionaryEncoded = false
  /// The smallest and largest present values, PLAIN-encoded without a length prefix.
  var minimum: [UInt8]?
  var maximum: [UInt8]?

  /// Statistics past this many bytes are left out, as readers would only truncate them.
  static let longestBound = 256
}

/// How Assay's column types are stored in Parquet.
enum StoredType {
  /// The physical type of a column of `type`.
  static func physical(_ type: ColumnType) -> PhysicalType {
    switch type {
    case .bool: return .boolean
    case .int, .timestamp, .duration: return .int64
    case .double: return .double
    case .date: return .int32
    case .string: return .byteArray
    }
  }
}

extension ColumnEncoding {
  /// Encodes rows `rows` of `column`; text goes through `dictionary` when one is given.
  static func encode(_ column: Column, rows: Range<Int>, dictionary: TextDictionary?) -> ColumnEncoding {
    var encoding = ColumnEncoding()
    encoding.rows = rows.count
    encoding.isDictionaryEncoded = dictionary != nil
    encoding.defined.reserveCapacity(rows.count)
    var lowInt = Int64.max, highInt = Int64.min
    var lowDouble = Double.infinity, highDouble = -Double.infinity
    var lowText: [UInt8]?, highText: [UInt8]?
    var sawTrue = false, sawFalse = false
    func int(_ x: Int64) {
      withUnsafeBytes(of: x.littleEndian) { encoding.plain += $0 }
      lowInt = min(lowInt, x)
      highInt = max(highInt, x)
    }
    var row = rows.lowerBound
    while row < rows.upperBound {
      let (c, start) = column.locate(row)
      let chunk = column.chunks[c]
      let end = min(chunk.count, start + rows.upperBound - row)
      for i in start..<end {
        let isPresent = !chunk.isNull(i)
        encoding.defined.append(isPresent)
        guard isPresent else { continue }
        encoding.present += 1
        switch chunk.values {
        case .bool(let a):
          encoding.booleans.append(a[i])
          if a[i] { sawTrue = true } else { sawFalse = true }
        case .int(let a): int(a[i])
        case .timestamp(let a, _), .duration(let a): int(a[i])
        case .date(let a):
          withUnsafeBytes(of: a[i].littleEndian) { encoding.plain += $0 }
          lowInt = min(lowInt, Int64(a[i]))
          highInt = max(highInt, Int64(a[i]))
        case .double(let a):
          let x = a[i]
          withUnsafeBytes(of: x.bitPattern.littleEndian) { encoding.plain += $0 }
          if !x.isNaN {
            lowDouble = min(lowDouble, x)
            highDouble = max(highDouble, x)
          }
        case .string(let s):
          let text = Array(s.string(at: i).utf8)
          if let dictionary {
            encoding.codes.append(dictionary.code(of: text))
          } else {
            withUnsafeBytes(of: UInt32(text.count).littleEndian) { encoding.plain += $0 }
            encoding.plain += text
          }
          if lowText.map({ text.lexicographicallyPrecedes($0) }) ?? true { lowText = text }
          if highText.map({ $0.lexicographicallyPrecedes(text) }) ?? true { highText = text }
        }
      }
      row += end - start
    }
    switch column.type {
    case .bool where encoding.present > 0:
      encoding.minimum = [sawFalse ? 0 : 1]
      encoding.maximum = [sawTrue ? 1 : 0]
    case .int, .timestamp,
      .duration where encoding.present > 0:
      encoding.minimum = withUnsafeBytes(of: lowInt.littleEndian, Array.init)
      encoding.maximum = withUnsafeBytes(of: highInt.littleEndian, Array.init)
    case .date where encoding.present > 0:
      encoding.minimum = withUnsafeBytes(of: Int32(truncatingIfNeeded: lowInt).littleEndian, Array.init)
      encoding.maximum = withUnsafeBytes(of: Int32(truncatingIfNeeded: highInt).littleEndian, Array.init)
    case .double where lowDouble <= highDouble:
      // Zeros are written as -0.0 and +0.0 so readers comparing either sign include both.
      encoding.minimum = withUnsafeBytes(
        of: (lowDouble == 0 ? -0.0 : lowDouble).bitPattern.littleEndian, Array.init)
      encoding.maximum = withUnsafeBytes(
        of: (highDouble == 0 ? 0.0 : highDouble).bitPattern.littleEndian, Array.init)
    case .string:
      if let lowText, let highText, lowText.count <= longestBound, highText.count <= longestBound {
        encoding.minimum = lowText
        encoding.maximum = highText
      }
    default: break
    }
    return encoding
  }

  /// The page's values section: PLAIN values, packed booleans, or dictionary indexes (their bit
  /// width, then bit-packed runs).
  var valueBytes: [UInt8] {
    if !booleans.isEmpty { return BitPacking.pack(booleans.map { $0 ? 1 : 0 }, width: 1) }
    guard isDictionaryEncoded else { return plain }
    let largest = Int(codes.max() ?? 0)
    let width = max(1, HybridDecoding.width(for: largest))
    return [UInt8(width)] + BitPacking.hybrid(codes, width: width)
  }

  /// The definition levels as a version 1 page writes them: a 4-byte length, then the hybrid.
  var levelBytes: [UInt8] {
    let hybrid: [UInt8]
    if present == rows {
      var run = ThriftCompactWriter()
      run.varint(UInt64(rows) << 1)
      hybrid = run.bytes + [1]
    } else {
      hybrid = BitPacking.hybrid(defined.map { $0 ? 1 : 0 }, width: 1)
    }
    return withUnsafeBytes(of: UInt32(hybrid.count).littleEndian, Array.init) + hybrid
  }
}

/// Packs small unsigned values into Parquet's bit-packed form, least significant bit first.
enum BitPacking {
  /// `values` packed `width` bits each, padded to whole groups of eight.
  static func pack(_ values: [UInt32], width: Int) -> [UInt8] {
    let padded = (values.count + 7) / 8 * 8
    var out = [UInt8](repeating: 0, count: padded * width / 8)
    var bit = 0
    for value in values {
      for k in 0..<width where value >> UInt32(k) & 1 != 0 {
        out[(bit + k) >> 3] |= 1 << UInt8((bit + k) & 7)
      }
      bit += width
    }
    return out
  }

  /// `values` as one bit-packed run of the RLE/bit-packed hybrid (its header, then the groups).
  static func hybrid(_ values: [UInt32], width: Int) -> [UInt8] {
    var header = ThriftCompactWriter()
    header.varint(UInt64((values.count + 7) / 8) << 1 | 1)
    return header.bytes + pack(values, width: width)
  }
}

/// The distinct texts of a column, numbered in order of first appearance, when there are few
/// enough of them for a dictionary to pay.
final class TextDictionary {
  /// The texts, by code.
  private(set) var texts: [[UInt8]] = []
  private var codes: [[UInt8]: UInt32] = [:]

  /// The dictionary of `column`'s texts, or nil when it has more than `limit` distinct ones, or none.
  init?(_ column: Column, limit: Int) {
    for chunk in column.chunks {
      guard case .string(let storage) = chunk.values else { return nil }
      for i in 0..<chunk.count where !chunk.isNull(i) {
        let text = Array(storage.string(at: i).utf8)
        if codes[text] == nil {
          guard texts.count < limit else { return nil }
          codes[text] = UInt32(texts.count)
          texts.append(text)
        }
      }
    }
    if texts.isEmpty { return nil }
  }

  /// The code of a text the dictionary holds.
  func code(of text: [UInt8]) -> UInt32 { codes[text] ?? 0 }

  /// The dictionary page's values, PLAIN-encoded.
  var plainBytes: [UInt8] {
    var out: [UInt8] = []
    for text in texts {
      withUnsafeBytes(of: UInt32(text.count).littleEndian) { out += $0 }
      out += text
    }
    return out
  }
}
