import AssayCore

/// Exact k nearest neighbours by squared Euclidean distance: every pair is compared, in blocks of
/// query rows (each candidate row is read once per block) spread over all cores.
enum NearestNeighbors {
  /// The result for n points: for point i, `indices[i * k ..< (i + 1) * k]` are its k nearest other
  /// points, nearest first (ties by lower index), and `squaredDistances` their squared distances.
  struct Result: Sendable {
    let k: Int
    let indices: [Int32]
    let squaredDistances: [Double]
  }

  private static let blockRows = 32

  /// The k nearest neighbours of each of `count` points stored row-major, `dimensions` wide.
  static func exact(points: [Double], count: Int, dimensions: Int, k: Int) -> Result {
    let k = min(k, count - 1)
    guard k > 0 else { return Result(k: 0, indices: [], squaredDistances: []) }
    let blocks = concurrentResults(count: (count + blockRows - 1) / blockRows) { block in
      var heaps = NeighbourHeaps(
        queries: (block * blockRows)..<min(count, (block + 1) * blockRows), k: k)
      points.withUnsafeBufferPointer { x in heaps.scan(x, count: count, dimensions: dimensions) }
      return heaps.sorted()
    }
    return Result(
      k: k, indices: blocks.flatMap(\.indices), squaredDistances: blocks.flatMap(\.squaredDistances))
  }

  /// The squared distance between two points of `dimensions` coordinates, in a fixed summation order;
  /// stops early with a partial sum above `bound` once that is passed.
  @inline(__always)
  static func squaredDistance(
    _ a: UnsafePointer<Double>?, _ b: UnsafePointer<Double>?, _ dimensions: Int, bound: Double = .infinity
  ) -> Double {
    guard let a, let b else { return 0 }
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var d = 0
    while d + 4 <= dimensions {
      let e0 = a[d] - b[d], e1 = a[d + 1] - b[d + 1], e2 = a[d + 2] - b[d + 2], e3 = a[d + 3] - b[d + 3]
      s0 += e0 * e0
      s1 += e1 * e1
      s2 += e2 * e2
      s3 += e3 * e3
      d += 4
      if d & 15 == 0, (s0 + s1) + (s2 + s3) > bound { return (s0 + s1) + (s2 + s3) }
    }
    while d < dimensions {
      let e = a[d] - b[d]
      s0 += e * e
      d += 1
    }
    return (s0 + s1) + (s2 + s3)
  }
}

/// One bounded max-heap of candidate neighbours per query row: the root is the farthest kept.
private struct NeighbourHeaps {
  let queries: Range<Int>
  let k: Int
  private var distances: [Double]
  private var indices: [Int32]
  private var filled: [Int]

  init(queries: Range<Int>, k: Int) {
    self.queries = queries
    self.k = k
    distances = [Double](repeating: 0, count: queries.count * k)
    indices = [Int32](repeating: 0, count: queries.count * k)
    filled = [Int](repeating: 0, count: queries.count)
  }

  /// Offers every point to every query's heap.
  mutating func scan(_ x: UnsafeBufferPointer<Double>, count: Int, dimensions: Int) {
    for candidate in 0..<count {
      let other = x.baseAddress.map { $0 + candidate * dimensions }
      for (slot, query) in queries.enumerated() where query != candidate {
        let distance = NearestNeighbors.squaredDistance(
          x.baseAddress.map { $0 + query * dimensions }, other, dimensions,
          bound: filled[slot] == k ? distances[slot * k] : .infinity)
        offer(distance, Int32(candidate), slot: slot)
      }
    }
  }

  /// Each query's neighbours, nearest first.
  func sorted() -> (indices: [Int32], squaredDistances: [Double]) {
    var outIndices: [Int32] = [], outDistances: [Double] = []
    outIndices.reserveCapacity(indices.count)
    outDistances.reserveCapacity(distances.count)
    for slot in 0..<queries.count {
      let base = slot * k
      let order = (base..<(base + k)).sorted {
        precedes(distances[$0], indices[$0], distances[$1], indices[$1])
      }
      for i in order {
        outIndices.append(indices[i])
        outDistances.append(distances[i])
      }
    }
    return (outIndices, outDistances)
  }

  @inline(__always)
  private func precedes(_ d1: Double, _ i1: Int32, _ d2: Double, _ i2: Int32) -> Bool {
    d1 < d2 || (d1 == d2 && i1 < i2)
  }

  @inline(__always)
  private mutating func offer(_ distance: Double, _ index: Int32, slot: Int) {
    let base = slot * k
    if filled[slot] < k {
      var child = filled[slot]
      filled[slot] += 1
      while child > 0 {
        let parent = (child - 1) / 2
        guard precedes(distances[base + parent], indices[base + parent], distance, index) else { break }
        distances[base + child] = distances[base + parent]
        indices[base + child] = indices[base + parent]
        child = parent
      }
      distances[base + child] = distance
      indices[base + child] = index
      return
    }
    guard precedes(distance, index, distances[base], indices[base]) else { return }
    var parent = 0
    while true {
      var largest = 2 * parent + 1
      guard largest < k else { break }
      if largest + 1 < k,
        precedes(
          distances[base + largest], indices[base + largest], distances[base + largest + 1],
          indices[base + largest + 1])
      {
        largest += 1
      }
      guard precedes(distance, index, distances[base + largest], indices[base + largest]) else { break }
      distances[base + parent] = distances[base + largest]
      indices[base + parent] = indices[base + largest]
      parent = largest
    }
    distances[base + parent] = distance
    indices[base + parent] = index
  }
}
