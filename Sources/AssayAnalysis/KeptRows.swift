import AssayCore

/// Which rows of a set of numeric columns hold a finite value in every one of them, and the copying
/// of those rows out of the columns' typed chunk buffers.
struct KeptRows {
  /// Rows in the columns.
  let total: Int
  /// Per row, whether it is kept; nil when every row is.
  let mask: [Bool]?
  /// Number of kept rows.
  let count: Int

  init(columns: [Column]) {
    let rows = columns.first?.count ?? 0
    var keep: [Bool]?
    func drop(_ row: Int) {
      if keep == nil { keep = [Bool](repeating: true, count: rows) }
      keep?[row] = false
    }
    for column in columns {
      for (k, chunk) in column.chunks.enumerated() {
        let start = column.chunkStarts[k]
        if let validity = chunk.validity {
          for i in 0..<chunk.count where !validity.isValid(i) { drop(start + i) }
        }
        if case .double(let numbers) = chunk.values {
          for i in 0..<numbers.count where !numbers[i].isFinite { drop(start + i) }
        }
      }
    }
    total = rows
    mask = keep
    count = keep.map { $0.reduce(0) { $0 + ($1 ? 1 : 0) } } ?? rows
  }

  /// The kept rows, ascending.
  var rows: [Int] { mask.map { keep in keep.indices.filter { keep[$0] } } ?? Array(0..<total) }

  /// Writes the kept rows of a numeric column into column `column` of a row-major buffer.
  func copy(_ source: Column, into out: UnsafeMutableBufferPointer<Double>, column: Int, width: Int) {
    var destination = column
    for (k, chunk) in source.chunks.enumerated() {
      let start = source.chunkStarts[k]
      switch chunk.values {
      case .double(let numbers):
        numbers.withUnsafeBufferPointer {
          copy($0, from: start, to: out, at: &destination, step: width) { $0 }
        }
      case .int(let numbers):
        numbers.withUnsafeBufferPointer {
          copy($0, from: start, to: out, at: &destination, step: width) { Double($0) }
        }
      case .date, .timestamp, .duration, .bool, .string:
        continue
      }
    }
  }

  /// The kept rows of any column, as values.
  func values(of source: Column) -> [Value] {
    var labels: [Value] = []
    labels.reserveCapacity(count)
    for (k, chunk) in source.chunks.enumerated() {
      let start = source.chunkStarts[k]
      for i in 0..<chunk.count where mask?[start + i] ?? true { labels.append(chunk.value(at: i)) }
    }
    return labels
  }

  @inline(__always)
  private func copy<T>(
    _ numbers: UnsafeBufferPointer<T>, from start: Int, to out: UnsafeMutableBufferPointer<Double>,
    at destination: inout Int, step: Int, _ convert: (T) -> Double
  ) {
    if let mask {
      for i in 0..<numbers.count where mask[start + i] {
        out[destination] = convert(numbers[i])
        destination += step
      }
    } else {
      for i in 0..<numbers.count {
        out[destination] = convert(numbers[i])
        destination += step
      }
    }
  }
}
