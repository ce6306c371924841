/// Reads the pages of one leaf column's chunk in a row group: headers, decompression, levels and
/// values in every encoding Parquet defines.
struct ChunkPages {
  /// The leaf.
  let leaf: SchemaNode
  /// Its chunk's metadata.
  let chunk: ColumnChunkMetadata
  /// Entries the chunk must hold (the row group's rows for a leaf outside lists).
  let expectedEntries: Int

  /// The largest page Assay decompresses: a bound against headers that ask for absurd buffers.
  static let largestPage = 1 << 30

  /// Decodes the chunk from its bytes (`bytes` starts at the chunk's first page).
  func read(_ bytes: UnsafeRawBufferPointer) throws -> LeafData {
    guard let physical = leaf.element.physical else { throw ParquetFailure.damaged("a leaf has no type") }
    var data = LeafData(
      values: PhysicalValues(
        empty: physical, reserving: expectedEntries,
        bytes: Int(clamping: min(max(chunk.uncompressedSize, 0), 1 << 30))))
    if leaf.definitionLevel > 0 { data.definitions = .reserved(expectedEntries) }
    if leaf.repetitionLevel > 0 { data.repetitions = .reserved(expectedEntries) }
    let scratch = PageScratch()
    var dictionaryOnly = true
    var position = 0
    let total = Int(clamping: chunk.valueCount)
    while data.entryCount < total {
      guard position < bytes.count else {
        throw ParquetFailure.damaged("a column chunk ends before its values")
      }
      var thrift = ThriftCompactReader(bytes, at: position)
      let header = try PageHeader.read(&thrift)
      position = thrift.position
      guard header.compressedSize <= bytes.count - position else {
        throw ParquetFailure.damaged("a page runs past its column chunk")
      }
      guard header.uncompressedSize <= Self.largestPage else {
        throw ParquetFailure.unsupported(
          "a page of \(header.uncompressedSize) bytes is larger than Assay reads")
      }
      let body = UnsafeRawBufferPointer(rebasing: bytes[position..<position + header.compressedSize])
      position += header.compressedSize
      switch header.type {
      case 2:
        guard data.dictionary == nil, data.entryCount == 0 else {
          throw ParquetFailure.unsupported("a column chunk with a second dictionary page")
        }
        var dictionary = PhysicalValues(empty: physical)
        try decompressed(body, header: header, skipping: 0, scratch: scratch) { raw in
          var cursor = ByteCursor(raw)
          try PlainDecoding.decode(
            &cursor, physical: physical, length: Int(leaf.element.typeLength), count: header.valueCount,
            into: &dictionary)
        }
        data.dictionary = dictionary
      case 0, 3:
        guard header.valueCount <= total - data.entryCount else {
          throw ParquetFailure.damaged("a page holds more values than its column chunk")
        }
        try readDataPage(
          body, header: header, physical: physical, into: &data, dictionaryOnly: &dictionaryOnly,
          scratch: scratch)
        data.entryCount += header.valueCount
      default:
        continue  // index pages
      }
    }
    guard data.entryCount == expectedEntries || !data.repetitions.isEmpty else {
      throw ParquetFailure.damaged(
        "a column chunk holds \(data.entryCount) values for \(expectedEntries) rows")
    }
    if !dictionaryOnly || data.dictionary == nil {
      data.dictionary = nil
      data.codes = []
    }
    return data
  }

  /// Decodes one data page (version 1 or 2) onto `data`.
  private func readDataPage(
    _ body: UnsafeRawBufferPointer, header: PageHeader, physical: PhysicalType, into data: inout LeafData,
    dictionaryOnly: inout Bool, scratch: PageScratch
  ) throws {
    let maxDefinition = leaf.definitionLevel
    let maxRepetition = leaf.repetitionLevel
    let count = header.valueCount
    var nonNull = count
    func levels(_ cursor: inout ByteCursor, maximum: Int, into target: inout [UInt8]) throws {
      let start = target.count
      try HybridDecoding.decode(
        &cursor, width: HybridDecoding.width(for: maximum), count: count, into: &target)
      guard target[start...].allSatisfy({ Int($0) <= maximum }) else {
        throw ParquetFailure.damaged("a level above its maximum")
      }
    }
    let isVersion2 = header.type == 3
    var levelBytes = 0
    if isVersion2 {
      levelBytes = header.repetitionLevelBytes + header.definitionLevelBytes
      guard levelBytes <= body.count else { throw ParquetFailure.damaged("a page's levels run past it") }
      var cursor = ByteCursor(UnsafeRawBufferPointer(rebasing: body[0..<levelBytes]))
      if maxRepetition > 0 {
        var inner = ByteCursor(try cursor.take(header.repetitionLevelBytes))
        try levels(&inner, maximum: maxRepetition, into: &data.repetitions)
      }
      if maxDefinition > 0 {
        var inner = ByteCursor(try cursor.take(header.definitionLevelBytes))
        let before = data.definitions.count
        try levels(&inner, maximum: maxDefinition, into: &data.definitions)
        nonNull = data.definitions[before...].reduce(0) { $0 + ($1 == maxDefinition ? 1 : 0) }
      }
    }
    let valueHeader = isVersion2 && !header.valuesCompressed ? nil : header
    try decompressed(
      UnsafeRawBufferPointer(rebasing: body[levelBytes...]), header: valueHeader, skipping: levelBytes,
      scratch: scratch
    ) { raw in
      var cursor = ByteCursor(raw)
      if !isVersion2 {
        if maxRepetition > 0 {
          var inner = ByteCursor(try cursor.take(Int(try cursor.uint32())))
          try levels(&inner, maximum: maxRepetition, into: &data.repetitions)
        }
        if maxDefinition > 0 {
          var inner = ByteCursor(try cursor.take(Int(try cursor.uint32())))
          let before = data.definitions.count
          try levels(&inner, maximum: maxDefinition, into: &data.definitions)
          nonNull = data.definitions[before...].reduce(0) { $0 + ($1 == maxDefinition ? 1 : 0) }
        }
      }
      try readValues(
        &cursor, encoding: header.encoding, count: nonNull, physical: physical, into: &data,
        dictionaryOnly: &dictionaryOnly)
    }
  }

  /// Decodes `count` values in `encoding` onto `data`.
  private func readValues(
    _ cursor: inout ByteCursor, encoding: Encoding, count: Int, physical: PhysicalType,
    into data: inout LeafData,
    dictionaryOnly: inout Bool
  ) throws {
    if encoding == .plainDictionary || encoding == .rleDictionary {
      guard let dictionary = data.dictionary else {
        throw ParquetFailure.damaged("dictionary-encoded values without a dictionary page")
      }
      var codes: [UInt32] = []
      // A page of nulls only may end before the codes' bit width (pyarrow reads it so too).
      if count > 0 {
        let width = Int(try cursor.byte())
        try HybridDecoding.decode(&cursor, width: width, count: count, into: &codes)
      }
      if dictionaryOnly {
        guard codes.allSatisfy({ Int($0) < dictionary.count }) else {
          throw ParquetFailure.damaged("a dictionary index points past the dictionary")
        }
        data.codes += codes
      } else {
        try data.values.append(contentsOf: try dictionary.gathering(codes))
      }
      return
    }
    if dictionaryOnly {
      dictionaryOnly = false
      if let dictionary = data.dictionary {
        data.values = try dictionary.gathering(data.codes)
        data.codes = []
      }
    }
    let length = Int(leaf.element.typeLength)
    switch encoding {
    case .plain:
      try PlainDecoding.decode(&cursor, physical: physical, length: length, count: count, into: &data.values)
    case .rle:
      try PlainDecoding.rleBooleans(&cursor, count: count, into: &data.values)
    case .deltaBinaryPacked:
      let decoded = try DeltaDecoding.integers(&cursor, limit: count)
      guard decoded.count == count else {
        throw ParquetFailure.damaged("a page holds fewer values than it counts")
      }
      switch data.values {
      case .int32(var a):
        data.values = .bool([])
        a.append(contentsOf: decoded.lazy.map { Int32(truncatingIfNeeded: $0) })
        data.values = .int32(a)
      case .int64(var a):
        data.values = .bool([])
        a += decoded
        data.values = .int64(a)
      default: throw ParquetFailure.damaged("DELTA_BINARY_PACKED values in a column that is not integer")
      }
    case .deltaLengthByteArray, .deltaByteArray:
      guard case .bytes(var arrays) = data.values else {
        throw ParquetFailure.damaged("DELTA byte-array values in a column that is not bytes")
      }
      data.values = .bool([])
      if encoding == .deltaLengthByteArray {
        try DeltaDecoding.lengthPrefixed(&cursor, count: count, into: &arrays)
      } else {
        try DeltaDecoding.prefixShared(&cursor, count: count, into: &arrays)
      }
      data.values = .bytes(arrays)
    case .byteStreamSplit:
      let width: Int
      switch physical {
      case .int32, .float: width = 4
      case .int64, .double: width = 8
      case .fixedLenByteArray: width = length
      default: throw ParquetFailure.damaged("BYTE_STREAM_SPLIT values of an unsplittable type")
      }
      try ByteStreamSplit.decode(&cursor, width: width, count: count, into: &data.values)
    case .bitPacked:
      throw ParquetFailure.unsupported("values in the old BIT_PACKED encoding, which Assay does not read")
    case .plainDictionary, .rleDictionary:
      break
    }
  }

  /// Runs `body` on a page's bytes after decompression with the chunk's codec; `header` nil means
  /// they are stored uncompressed. `skipping` bytes of the uncompressed size are levels kept outside.
  private func decompressed(
    _ raw: UnsafeRawBufferPointer, header: PageHeader?, skipping: Int, scratch: PageScratch,
    _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    guard let header, chunk.codec != .uncompressed else { return try body(raw) }
    let size = header.uncompressedSize - skipping
    guard size >= 0 else { throw ParquetFailure.damaged("a page's levels are larger than the page") }
    let target = scratch.buffer(size)
    try PageCodec.decompress(chunk.codec, raw, into: target)
    try body(UnsafeRawBufferPointer(target))
  }
}

/// The buffer pages of one column chunk are decompressed into, kept from page to page so that
/// each page does not fault in fresh memory.
final class PageScratch {
  private var storage = UnsafeMutableRawBufferPointer.allocate(byteCount: 1, alignment: 8)

  deinit { storage.deallocate() }

  /// The first `size` bytes of the buffer, grown to hold them.
  func buffer(_ size: Int) -> UnsafeMutableRawBufferPointer {
    if storage.count < size {
      storage.deallocate()
      storage = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
    }
    return UnsafeMutableRawBufferPointer(rebasing: storage[0..<size])
  }
}
