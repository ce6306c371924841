extension Cell {
  /// The code points of the cell's grapheme cluster that a terminal cell holding at most `capacity`
  /// of them (curses holds 5) keeps: all of them when they fit (an emoji with its skin tone, a flag,
  /// a family of three joined by U+200D, a letter with its accents); else the joined parts that fit,
  /// whole and not ending on a joiner, so nothing of a cut cluster spills into the next cell.
  public func scalars(fitting capacity: Int) -> [Unicode.Scalar] {
    let all = Array(character.unicodeScalars)
    guard all.count > capacity else { return all }
    let kept = all.prefix(max(1, capacity))
    let endsAtAJoin = all[kept.endIndex] == Cell.zeroWidthJoiner
    guard !endsAtAJoin, let joiner = kept.lastIndex(of: Cell.zeroWidthJoiner), joiner > 0 else {
      return Array(kept)
    }
    return Array(kept[..<joiner])
  }

  /// U+200D, which joins emoji into one (a family, a profession with a skin tone).
  static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
}
