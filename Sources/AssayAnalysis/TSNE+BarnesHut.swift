import Foundation

/// The Barnes–Hut gradient of t-SNE's KL divergence, as scikit-learn computes it: exact attraction
/// over the sparse P, repulsion summarised by a quadtree, rows in fixed blocks on all cores.
struct BarnesHutGradient: Sendable {
  let affinities: TSNEAffinities
  let thetaSquared: Double

  private static let blockRows = 256

  /// The work of one block of rows.
  private struct Block: Sendable {
    var attraction: [Double]
    var repulsion: [Double]
    var z = 0.0
    var pLogP = 0.0
    var pLogQ = 0.0
    var pSum = 0.0
  }

  /// Writes the gradient at `embedding` (x, y pairs) into `gradient` and returns the KL divergence
  /// of P from Q.
  func evaluate(_ embedding: [Double], count: Int, into gradient: inout [Double]) -> Double {
    let tree = QuadTree(points: embedding, count: count)
    let blocks = ParallelMap.map(count: (count + Self.blockRows - 1) / Self.blockRows) { block in
      forces(rows: (block * Self.blockRows)..<min(count, (block + 1) * Self.blockRows), embedding, tree)
    }
    var z = 0.0, pLogP = 0.0, pLogQ = 0.0, pSum = 0.0
    for block in blocks {
      z += block.z
      pLogP += block.pLogP
      pLogQ += block.pLogQ
      pSum += block.pSum
    }
    let inverseZ = z > 0 ? 1 / z : 0
    var slot = 0
    for block in blocks {
      for i in block.attraction.indices {
        gradient[slot] = 4 * (block.attraction[i] - block.repulsion[i] * inverseZ)
        slot += 1
      }
    }
    return pLogP - pLogQ + pSum * log(max(z, .leastNormalMagnitude))
  }

  private func forces(rows: Range<Int>, _ embedding: [Double], _ tree: QuadTree) -> Block {
    var block = Block(
      attraction: [Double](repeating: 0, count: 2 * rows.count),
      repulsion: [Double](repeating: 0, count: 2 * rows.count))
    var stack: [Int32] = []
    stack.reserveCapacity(256)
    let tiny = Double(Float.leastNormalMagnitude)
    for i in rows {
      let x = embedding[2 * i], y = embedding[2 * i + 1]
      let slot = 2 * (i - rows.lowerBound)
      let pushed = tree.repulsion(x: x, y: y, thetaSquared: thetaSquared, stack: &stack)
      block.repulsion[slot] = pushed.x
      block.repulsion[slot + 1] = pushed.y
      block.z += pushed.z
      var pullX = 0.0, pullY = 0.0
      for entry in affinities.rowStarts[i]..<affinities.rowStarts[i + 1] {
        let j = Int(affinities.columns[entry])
        let p = affinities.values[entry]
        let dx = x - embedding[2 * j], dy = y - embedding[2 * j + 1]
        let q = 1 / (1 + dx * dx + dy * dy)
        pullX += p * q * dx
        pullY += p * q * dy
        block.pLogP += p * log(max(p, tiny))
        block.pLogQ += p * log(q)
        block.pSum += p
      }
      block.attraction[slot] = pullX
      block.attraction[slot + 1] = pullY
    }
    return block
  }
}
