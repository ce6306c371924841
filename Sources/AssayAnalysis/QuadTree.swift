/// A Barnes–Hut quadtree over 2-D points: each cell knows its centre of mass, how many points it
/// holds and its largest squared side, so far-away cells stand in for all their points.
struct QuadTree: Sendable {
  private var centreX: [Double] = []
  private var centreY: [Double] = []
  private var mass: [Double] = []
  private var squaredWidth: [Double] = []
  /// First child node, or -1 for a leaf; a node's children are stored next to each other.
  private var firstChild: [Int32] = []
  private var childCount: [Int32] = []

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
    addNodes(1)
    build(node: 0, points, &order, &scratch, 0..<count, low, high, depth: 0)
  }

  /// The repulsive pull on the point (x, y) (not yet divided by Z) and its share of Z = Σ q,
  /// summarising cells whose squared width is below θ² times their squared distance.
  @inline(__always)
  func repulsion(x: Double, y: Double, thetaSquared: Double, stack: inout [Int32]) -> (
    x: Double, y: Double, z: Double
  ) {
    var forceX = 0.0, forceY = 0.0, z = 0.0
    guard !mass.isEmpty else { return (0, 0, 0) }
    stack.removeAll(keepingCapacity: true)
    stack.append(0)
    while let node = stack.popLast() {
      let n = Int(node)
      let dx = x - centreX[n], dy = y - centreY[n]
      let distance = dx * dx + dy * dy
      let first = firstChild[n]
      if first < 0 {
        if distance == 0 { continue }
      } else if !(squaredWidth[n] < thetaSquared * distance) {
        for child in first..<(first + childCount[n]) { stack.append(child) }
        continue
      }
      let q = 1 / (1 + distance)
      z += mass[n] * q
      let pull = mass[n] * q * q
      forceX += pull * dx
      forceY += pull * dy
    }
    return (forceX, forceY, z)
  }

  private mutating func addNodes(_ count: Int) {
    for _ in 0..<count {
      centreX.append(0)
      centreY.append(0)
      mass.append(0)
      squaredWidth.append(0)
      firstChild.append(-1)
      childCount.append(0)
    }
  }

  private mutating func build(
    node: Int, _ points: [Double], _ order: inout [Int32], _ scratch: inout [Int32], _ range: Range<Int>,
    _ low: (x: Double, y: Double), _ high: (x: Double, y: Double), depth: Int
  ) {
    let width = (high.x - low.x, high.y - low.y)
    squaredWidth[node] = max(width.0 * width.0, width.1 * width.1)
    mass[node] = Double(range.count)
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
      centreX[node] = sumX / mass[node]
      centreY[node] = sumY / mass[node]
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
    let firstIndex = centreX.count
    firstChild[node] = Int32(firstIndex)
    childCount[node] = Int32(quadrants.count)
    addNodes(quadrants.count)
    var sumX = 0.0, sumY = 0.0
    for (offset, q) in quadrants.enumerated() {
      let child = firstIndex + offset
      let right = q & 1 != 0, top = q & 2 != 0
      build(
        node: child, points, &order, &scratch, starts[q]..<(starts[q] + counts[q]),
        (right ? middle.0 : low.x, top ? middle.1 : low.y),
        (right ? high.x : middle.0, top ? high.y : middle.1),
        depth: depth + 1)
      sumX += centreX[child] * mass[child]
      sumY += centreY[child] * mass[child]
    }
    centreX[node] = sumX / mass[node]
    centreY[node] = sumY / mass[node]
  }
}
