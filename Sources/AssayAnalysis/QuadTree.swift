/// A Barnes–Hut quadtree over 2-D points: each cell knows its centre of mass, how many points it
/// holds and its largest squared side, so far-away cells stand in for all their points.
struct QuadTree: Sendable {
  /// One cell: centre of mass, number of points, largest squared side, and its children, which are
  /// stored next to each other from `firstChild` (-1 for a leaf).
  private struct Node {
    var centreX = 0.0
    var centreY = 0.0
    var mass = 0.0
    var squaredWidth = 0.0
    var firstChild: Int32 = -1
    var childCount: Int32 = 0
  }

  private var nodes: [Node] = []
  /// The points in the order the tree's leaves hold them, so that neighbouring positions are near
  /// each other in the plane and walk much the same cells.
  private(set) var spatialOrder: [Int32] = []

  private static let maximumDepth = 64

  /// The tree over `count` points stored as x, y pairs.
  init(points: [Double], count: Int) {
    guard count > 0 else { return }
    var order = (0..<count).map { Int32($0) }
    var scratch = order
    var low = (x: Double.infinity, y: Double.infinity), high = (x: -Double.infinity, y: -Double.infinity)
    for i in 0..<count {
      low = (min(low.x, points[2 * i]), min(low.y, points[2 * i + 1]))
      high = (max(high.x, points[2 * i]), max(high.y, points[2 * i + 1]))
    }
    nodes.reserveCapacity(2 * count)
    nodes.append(Node())
    build(node: 0, points, &order, &scratch, 0..<count, low, high, depth: 0)
    spatialOrder = order
  }

  /// For the points at `positions` of `spatialOrder`, the repulsive pull (not yet divided by Z),
  /// written as x, y pairs into `out` from its start; returns their share of Z = Σ q. Cells whose squared width is
  /// below θ² times their squared distance stand in for their points; a leaf at the point itself
  /// (the point and its duplicates) is skipped.
  func repulsion(
    of points: UnsafeBufferPointer<Double>, positions: Range<Int>, thetaSquared: Double,
    into out: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    guard !nodes.isEmpty else { return 0 }
    let stack = UnsafeMutablePointer<Int32>.allocate(capacity: 4 * (Self.maximumDepth + 2))
    defer { stack.deallocate() }
    var z = 0.0
    nodes.withUnsafeBufferPointer { tree in
      for position in positions {
        let i = Int(spatialOrder[position])
        let x = points[2 * i], y = points[2 * i + 1]
        var forceX = 0.0, forceY = 0.0
        var depth = 1
        stack[0] = 0
        while depth > 0 {
          depth -= 1
          let node = tree[Int(stack[depth])]
          let dx = x - node.centreX, dy = y - node.centreY
          let distance = dx * dx + dy * dy
          if node.firstChild < 0 {
            if distance == 0 { continue }
          } else if !(node.squaredWidth < thetaSquared * distance) {
            for child in node.firstChild..<(node.firstChild + node.childCount) {
              stack[depth] = child
              depth += 1
            }
            continue
          }
          let q = 1 / (1 + distance)
          z += node.mass * q
          let pull = node.mass * q * q
          forceX += pull * dx
          forceY += pull * dy
        }
        out[2 * (position - positions.lowerBound)] = forceX
        out[2 * (position - positions.lowerBound) + 1] = forceY
      }
    }
    return z
  }

  private mutating func build(
    node: Int, _ points: [Double], _ order: inout [Int32], _ scratch: inout [Int32], _ range: Range<Int>,
    _ low: (x: Double, y: Double), _ high: (x: Double, y: Double), depth: Int
  ) {
    let width = (high.x - low.x, high.y - low.y)
    nodes[node].squaredWidth = max(width.0 * width.0, width.1 * width.1)
    nodes[node].mass = Double(range.count)
    let first = Int(order[range.lowerBound])
    let allSame = range.allSatisfy {
      let i = Int(order[$0])
      return points[2 * i] == points[2 * first] && points[2 * i + 1] == points[2 * first + 1]
    }
    if allSame || depth >= Self.maximumDepth {
      var sumX = 0.0, sumY = 0.0
      for slot in range {
        sumX += points[2 * Int(order[slot])]
        sumY += points[2 * Int(order[slot]) + 1]
      }
      nodes[node].centreX = sumX / nodes[node].mass
      nodes[node].centreY = sumY / nodes[node].mass
      return
    }
    let middle = ((low.x + high.x) / 2, (low.y + high.y) / 2)
    func quadrant(_ slot: Int) -> Int {
      let i = Int(order[slot])
      return (points[2 * i] > middle.0 ? 1 : 0) + (points[2 * i + 1] > middle.1 ? 2 : 0)
    }
    var counts = [0, 0, 0, 0]
    for slot in range { counts[quadrant(slot)] += 1 }
    var starts = [range.lowerBound, 0, 0, 0]
    for q in 1..<4 { starts[q] = starts[q - 1] + counts[q - 1] }
    var next = starts
    for slot in range {
      let q = quadrant(slot)
      scratch[next[q]] = order[slot]
      next[q] += 1
    }
    for slot in range { order[slot] = scratch[slot] }
    let quadrants = (0..<4).filter { counts[$0] > 0 }
    let firstIndex = nodes.count
    nodes[node].firstChild = Int32(firstIndex)
    nodes[node].childCount = Int32(quadrants.count)
    nodes.append(contentsOf: repeatElement(Node(), count: quadrants.count))
    var sumX = 0.0, sumY = 0.0
    for (offset, q) in quadrants.enumerated() {
      let child = firstIndex + offset
      let right = q & 1 != 0, top = q & 2 != 0
      build(
        node: child, points, &order, &scratch, starts[q]..<(starts[q] + counts[q]),
        (right ? middle.0 : low.x, top ? middle.1 : low.y),
        (right ? high.x : middle.0, top ? high.y : middle.1),
        depth: depth + 1)
      sumX += nodes[child].centreX * nodes[child].mass
      sumY += nodes[child].centreY * nodes[child].mass
    }
    nodes[node].centreX = sumX / nodes[node].mass
    nodes[node].centreY = sumY / nodes[node].mass
  }
}
