import AssayCore
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

  /// Writes the gradient at `embedding` (x, y pairs) into `gradient`; returns the KL divergence of
  /// P from Q when `withDivergence`, else nil (the logarithms cost a third of the time).
  func evaluate(_ embedding: [Double], count: Int, withDivergence: Bool, into gradient: inout [Double])
    -> Double?
  {
    let tree = QuadTree(points: embedding, count: count)
    let blocks = concurrentResults(count: (count + Self.blockRows - 1) / Self.blockRows) { block in
      forces(
        positions: (block * Self.blockRows)..<min(count, (block + 1) * Self.blockRows), embedding, tree,
        withDivergence: withDivergence)
    }
    var z = 0.0, pLogP = 0.0, pLogQ = 0.0, pSum = 0.0
    for block in blocks {
      z += block.z
      pLogP += block.pLogP
      pLogQ += block.pLogQ
      pSum += block.pSum
    }
    let inverseZ = z > 0 ? 1 / z : 0
    var position = 0
    for block in blocks {
      for slot in stride(from: 0, to: block.attraction.count, by: 2) {
        let i = Int(tree.spatialOrder[position])
        gradient[2 * i] = 4 * (block.attraction[slot] - block.repulsion[slot] * inverseZ)
        gradient[2 * i + 1] = 4 * (block.attraction[slot + 1] - block.repulsion[slot + 1] * inverseZ)
        position += 1
      }
    }
    return withDivergence ? pLogP - pLogQ + pSum * log(max(z, .leastNormalMagnitude)) : nil
  }

  /// The forces on the points at `positions` of the tree's spatial order, in that order.
  private func forces(positions: Range<Int>, _ embedding: [Double], _ tree: QuadTree, withDivergence: Bool)
    -> Block
  {
    var block = Block(
      attraction: [Double](repeating: 0, count: 2 * positions.count),
      repulsion: [Double](repeating: 0, count: 2 * positions.count))
    block.z = embedding.withUnsafeBufferPointer { points in
      block.repulsion.withUnsafeMutableBufferPointer { out in
        tree.repulsion(of: points, positions: positions, thetaSquared: thetaSquared, into: out)
      }
    }
    let tiny = Double(Float.leastNormalMagnitude)
    for position in positions {
      let i = Int(tree.spatialOrder[position])
      let x = embedding[2 * i], y = embedding[2 * i + 1]
      let slot = 2 * (position - positions.lowerBound)
      var pullX = 0.0, pullY = 0.0
      for entry in affinities.rowStarts[i]..<affinities.rowStarts[i + 1] {
        let j = Int(affinities.columns[entry])
        let p = affinities.values[entry]
        let dx = x - embedding[2 * j], dy = y - embedding[2 * j + 1]
        let q = 1 / (1 + dx * dx + dy * dy)
        pullX += p * q * dx
        pullY += p * q * dy
        if withDivergence {
          block.pLogP += p * log(max(p, tiny))
          block.pLogQ += p * log(q)
          block.pSum += p
        }
      }
      block.attraction[slot] = pullX
      block.attraction[slot + 1] = pullY
    }
    return block
  }
}
