import AssayCore
import Foundation

/// The input similarities of t-SNE: a sparse, symmetric matrix P in compressed rows, summing to 1.
struct TSNEAffinities: Sendable {
  /// Row i's entries are at `rowStarts[i] ..< rowStarts[i + 1]`.
  let rowStarts: [Int]
  /// The column of each entry.
  let columns: [Int32]
  /// The value of each entry.
  var values: [Double]

  /// P from each point's nearest neighbours: Gaussian conditional probabilities whose bandwidth
  /// gives each row the wanted perplexity (found by bisection as scikit-learn does), then
  /// symmetrised (P + Pᵀ) and normalised.
  init(neighbours: NearestNeighbors.Result, count: Int, perplexity: Double) {
    let conditional = Self.conditional(neighbours, count: count, perplexity: perplexity)
    let k = neighbours.k
    var rowLengths = [Int](repeating: k, count: count)
    for j in neighbours.indices { rowLengths[Int(j)] += 1 }
    var starts = [0]
    starts.reserveCapacity(count + 1)
    for length in rowLengths { starts.append(starts[starts.count - 1] + length) }
    var entries = [(column: Int32, value: Double)](repeating: (0, 0), count: starts[count])
    var next = Array(starts.dropLast())
    for i in 0..<count {
      for n in (i * k)..<((i + 1) * k) {
        let j = Int(neighbours.indices[n])
        entries[next[i]] = (Int32(j), conditional[n])
        next[i] += 1
        entries[next[j]] = (Int32(i), conditional[n])
        next[j] += 1
      }
    }
    var rowStarts = [0], columns: [Int32] = [], values: [Double] = []
    rowStarts.reserveCapacity(count + 1)
    columns.reserveCapacity(entries.count)
    values.reserveCapacity(entries.count)
    for i in 0..<count {
      let row = entries[starts[i]..<starts[i + 1]].sorted { $0.column < $1.column }
      for entry in row {
        if columns.count > rowStarts[i], columns[columns.count - 1] == entry.column {
          values[values.count - 1] += entry.value
        } else {
          columns.append(entry.column)
          values.append(entry.value)
        }
      }
      rowStarts.append(columns.count)
    }
    let total = max(values.reduce(0, +), Double.ulpOfOne)
    self.rowStarts = rowStarts
    self.columns = columns
    self.values = values.map { $0 / total }
  }

  /// Row-conditional probabilities p(j | i) over each point's k neighbours, rows on all cores.
  private static func conditional(_ neighbours: NearestNeighbors.Result, count: Int, perplexity: Double)
    -> [Double]
  {
    let k = neighbours.k
    let blockRows = 256
    let blocks = concurrentResults(count: (count + blockRows - 1) / blockRows) { block -> [Double] in
      let rows = (block * blockRows)..<min(count, (block + 1) * blockRows)
      var out = [Double](repeating: 0, count: rows.count * k)
      for row in rows {
        let distances = neighbours.squaredDistances[(row * k)..<((row + 1) * k)]
        let p = bandwidthSearch(Array(distances), perplexity: perplexity)
        let base = (row - rows.lowerBound) * k
        for n in 0..<k { out[base + n] = p[n] }
      }
      return out
    }
    return blocks.flatMap { $0 }
  }

  /// exp(−β·d) normalised, with β bisected until the entropy is log(perplexity) within 1e-5.
  private static func bandwidthSearch(_ distances: [Double], perplexity: Double) -> [Double] {
    let wanted = log(perplexity)
    var beta = 1.0, low = -Double.infinity, high = Double.infinity
    var p = [Double](repeating: 0, count: distances.count)
    for _ in 0..<100 {
      var sum = 0.0
      for n in distances.indices {
        p[n] = exp(-distances[n] * beta)
        sum += p[n]
      }
      if sum == 0 { sum = 1e-8 }
      var weighted = 0.0
      for n in distances.indices {
        p[n] /= sum
        weighted += distances[n] * p[n]
      }
      let difference = log(sum) + beta * weighted - wanted
      if abs(difference) <= 1e-5 { break }
      if difference > 0 {
        low = beta
        beta = high == .infinity ? beta * 2 : (beta + high) / 2
      } else {
        high = beta
        beta = low == -.infinity ? beta / 2 : (beta + low) / 2
      }
    }
    return p
  }
}
