/// Decodes the footer and page headers from Thrift's compact protocol (field ids from
/// parquet.thrift); fields Assay does not use are skipped.
extension FileMetadata {
  /// The footer in `reader`.
  static func read(_ reader: inout ThriftCompactReader) throws -> FileMetadata {
    var metadata = FileMetadata()
    try reader.structure { r, id, type in
      switch (id, type) {
      case (2, .list): metadata.schema = try r.list { try SchemaElement.read(&$0) }
      case (3, .i64): metadata.rowCount = try r.i64()
      case (4, .list): metadata.rowGroups = try r.list { try RowGroup.read(&$0) }
      case (6, .binary): metadata.createdBy = try r.string()
      default: return false
      }
      return true
    }
    return metadata
  }
}

extension SchemaElement {
  static func read(_ reader: inout ThriftCompactReader) throws -> SchemaElement {
    var element = SchemaElement()
    try reader.structure { r, id, type in
      switch (id, type) {
      case (1, .i32): element.physical = PhysicalType(rawValue: try r.i32())
      case (2, .i32): element.typeLength = try r.i32()
      case (3, .i32): element.repetition = Repetition(rawValue: try r.i32())
      case (4, .binary): element.name = try r.string()
      case (5, .i32): element.childCount = Int(max(0, try r.i32()))
      case (6, .i32): element.converted = try r.i32()
      case (7, .i32): element.scale = try r.i32()
      case (8, .i32): element.precision = try r.i32()
      case (10, .structure): element.logical = try LogicalType.read(&r)
      default: return false
      }
      return true
    }
    return element
  }
}

extension LogicalType {
  /// The union: exactly one field is set, an (often empty) struct.
  static func read(_ reader: inout ThriftCompactReader) throws -> LogicalType {
    var logical = LogicalType.other
    try reader.structure { r, id, type in
      guard type == .structure else { return false }
      switch id {
      case 1: logical = .string
      case 2: logical = .map
      case 3: logical = .list
      case 4: logical = .enumeration
      case 5:
        var scale: Int32 = 0
        var precision: Int32 = 0
        try r.structure { r, id, _ in
          switch id {
          case 1: scale = try r.i32()
          case 2: precision = try r.i32()
          default: return false
          }
          return true
        }
        logical = .decimal(scale: scale, precision: precision)
        return true
      case 6: logical = .date
      case 7, 8:
        var utc = false
        var unit = TimeUnit.millis
        try r.structure { r, field, fieldType in
          switch field {
          case 1: utc = try r.bool(fieldType)
          case 2: unit = try TimeUnit.read(&r)
          default: return false
          }
          return true
        }
        logical = id == 7 ? .time(utc: utc, unit: unit) : .timestamp(utc: utc, unit: unit)
        return true
      case 10:
        var bits: Int8 = 64
        var signed = true
        try r.structure { r, field, fieldType in
          switch field {
          case 1: bits = Int8(bitPattern: try r.byte())
          case 2: signed = try r.bool(fieldType)
          default: return false
          }
          return true
        }
        logical = .integer(bits: bits, signed: signed)
        return true
      case 11: logical = .unknown
      case 12: logical = .json
      case 13: logical = .bson
      case 14: logical = .uuid
      case 15: logical = .float16
      default: logical = .other
      }
      return false  // the empty struct is skipped
    }
    return logical
  }
}

extension TimeUnit {
  static func read(_ reader: inout ThriftCompactReader) throws -> TimeUnit {
    var unit = TimeUnit.millis
    try reader.structure { _, id, _ in
      switch id {
      case 1: unit = .millis
      case 2: unit = .micros
      case 3: unit = .nanos
      default: break
      }
      return false
    }
    return unit
  }
}

extension RowGroup {
  static func read(_ reader: inout ThriftCompactReader) throws -> RowGroup {
    var group = RowGroup()
    try reader.structure { r, id, type in
      switch (id, type) {
      case (1, .list): group.columns = try r.list { try ColumnChunkMetadata.read(&$0) }
      case (3, .i64): group.rowCount = try r.i64()
      default: return false
      }
      return true
    }
    return group
  }
}

extension ColumnChunkMetadata {
  /// A `ColumnChunk` with its `ColumnMetaData` folded in.
  static func read(_ reader: inout ThriftCompactReader) throws -> ColumnChunkMetadata {
    var chunk = ColumnChunkMetadata()
    try reader.structure { r, id, type in
      switch (id, type) {
      case (1, .binary): chunk.filePath = try r.string()
      case (3, .structure):
        try r.structure { r, id, type in
          switch (id, type) {
          case (1, .i32): chunk.physical = PhysicalType(rawValue: try r.i32())
          case (4, .i32):
            let code = try r.i32()
            guard let codec = CompressionCodec(rawValue: code) else {
              throw ParquetFailure.unsupported(
                "pages compressed with codec \(code), which Assay does not read")
            }
            chunk.codec = codec
          case (5, .i64): chunk.valueCount = try r.i64()
          case (6, .i64): chunk.uncompressedSize = try r.i64()
          case (7, .i64): chunk.compressedSize = try r.i64()
          case (9, .i64): chunk.dataPageOffset = try r.i64()
          case (11, .i64): chunk.dictionaryPageOffset = try r.i64()
          case (12, .structure): chunk.statistics = try ChunkStatistics.read(&r)
          case (13, .list):
            // PageEncodingStats: page type (0 and 3 are data pages), encoding, count.
            let pages = try r.list { r -> (Int32, Int32) in
              var kind: Int32 = -1
              var encoding: Int32 = -1
              try r.structure { r, id, _ in
                switch id {
                case 1: kind = try r.i32()
                case 2: encoding = try r.i32()
                default: return false
                }
                return true
              }
              return (kind, encoding)
            }
            chunk.dictionaryPagesOnly = pages.allSatisfy { kind, encoding in
              !(kind == 0 || kind == 3) || encoding == Encoding.plainDictionary.rawValue
                || encoding == Encoding.rleDictionary.rawValue
            }
          default: return false
          }
          return true
        }
      default: return false
      }
      return true
    }
    return chunk
  }
}

extension ChunkStatistics {
  static func read(_ reader: inout ThriftCompactReader) throws -> ChunkStatistics {
    var statistics = ChunkStatistics()
    try reader.structure { r, id, type in
      switch (id, type) {
      case (1, .binary): statistics.legacyMaximum = try r.binary()
      case (2, .binary): statistics.legacyMinimum = try r.binary()
      case (3, .i64): statistics.nullCount = try r.i64()
      case (5, .binary): statistics.maximum = try r.binary()
      case (6, .binary): statistics.minimum = try r.binary()
      default: return false
      }
      return true
    }
    return statistics
  }
}

extension PageHeader {
  static func read(_ reader: inout ThriftCompactReader) throws -> PageHeader {
    var header = PageHeader()
    func encoding(_ r: inout ThriftCompactReader) throws -> Encoding {
      let code = try r.i32()
      guard let encoding = Encoding(rawValue: code) else {
        throw ParquetFailure.unsupported("values written in encoding \(code), which Assay does not read")
      }
      return encoding
    }
    try reader.structure { r, id, type in
      switch (id, type) {
      case (1, .i32): header.type = try r.i32()
      case (2, .i32): header.uncompressedSize = Int(try r.i32())
      case (3, .i32): header.compressedSize = Int(try r.i32())
      case (5, .structure), (7, .structure):  // a data page (v1) or a dictionary page
        try r.structure { r, id, _ in
          switch id {
          case 1: header.valueCount = Int(try r.i32())
          case 2: header.encoding = try encoding(&r)
          default: return false
          }
          return true
        }
      case (8, .structure):
        try r.structure { r, id, type in
          switch id {
          case 1: header.valueCount = Int(try r.i32())
          case 4: header.encoding = try encoding(&r)
          case 5: header.definitionLevelBytes = Int(try r.i32())
          case 6: header.repetitionLevelBytes = Int(try r.i32())
          case 7: header.valuesCompressed = try r.bool(type)
          default: return false
          }
          return true
        }
      default: return false
      }
      return true
    }
    guard header.uncompressedSize >= 0, header.compressedSize >= 0, header.valueCount >= 0,
      header.definitionLevelBytes >= 0, header.repetitionLevelBytes >= 0
    else { throw ParquetFailure.damaged("a page header holds a negative size") }
    return header
  }
}
