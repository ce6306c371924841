import AssayCore

/// What profiling a source found: a loaded table or a folder of files.
public enum DataProfile: Sendable, Equatable {
  /// A table Assay loaded.
  case table(TableProfile)
  /// A folder listed by file kind.
  case folder(FolderProfile)
}

/// Measurements of a loaded table that hint at how it should be stored.
public struct TableProfile: Sendable, Equatable {
  /// The source's name.
  public var name: String
  /// Bytes the source occupies, when known.
  public var bytes: Int?
  /// True when `bytes` are those the loaded rows take in memory (a database table, piped data),
  /// not a file's size.
  public var bytesAsLoaded = false
  /// Number of rows.
  public var rows: Int
  /// Number of columns per type.
  public var columnTypes: [ColumnTypeCount]
  /// Null cells over all cells (0 for an empty table).
  public var nullRatio: Double
  /// Days between the earliest and the latest date of the date column with the widest range.
  public var dateSpanDays: Int?
  /// The name of an integer column whose values only increase (an append-only id), if any.
  public var increasingIDColumn: String?
  /// The date or timestamp column whose values go back in time least often, in row order, if any.
  public var timeColumn: String?
  /// For `timeColumn`, the share of neighbouring values where time does not go back (1: rows arrive
  /// in time order; about 0.5: random order).
  public var timeInOrder: Double?
  /// For a table read from JSON, how alike its records are; nil for other sources.
  public var jsonShape: JSONShape?

  /// A profile from its parts.
  public init(
    name: String, bytes: Int?, rows: Int, columnTypes: [ColumnTypeCount], nullRatio: Double,
    dateSpanDays: Int?, increasingIDColumn: String?, timeColumn: String? = nil, timeInOrder: Double? = nil,
    jsonShape: JSONShape? = nil
  ) {
    self.name = name
    self.bytes = bytes
    self.rows = rows
    self.columnTypes = columnTypes
    self.nullRatio = nullRatio
    self.dateSpanDays = dateSpanDays
    self.increasingIDColumn = increasingIDColumn
    self.timeColumn = timeColumn
    self.timeInOrder = timeInOrder
    self.jsonShape = jsonShape
  }

  /// Total number of columns.
  public var columns: Int { columnTypes.reduce(0) { $0 + $1.count } }

  /// Number of int and double columns.
  public var numericColumns: Int { columnTypes.filter { $0.type.isNumeric }.reduce(0) { $0 + $1.count } }
}

/// How many columns have one type.
public struct ColumnTypeCount: Sendable, Equatable {
  /// The type's name (`int`, `double`, `date`, `bool`, `string`).
  public var type: ColumnType
  /// The number of columns of that type.
  public var count: Int

  /// A count of columns of a type.
  public init(type: ColumnType, count: Int) {
    self.type = type
    self.count = count
  }
}

/// Files under a folder, by kind.
public struct FolderProfile: Sendable, Equatable {
  /// The folder's path.
  public var name: String
  /// Count and bytes per kind, most bytes first.
  public var kinds: [FileKindTotal]
  /// How alike the records of a sample of its JSON files are; nil when none was read (no JSON files,
  /// or an object store's prefix, whose files are listed, not downloaded).
  public var jsonShape: JSONShape?

  /// A folder profile from its parts.
  public init(name: String, kinds: [FileKindTotal], jsonShape: JSONShape? = nil) {
    self.name = name
    self.kinds = kinds
    self.jsonShape = jsonShape
  }

  /// Number of files.
  public var files: Int { kinds.reduce(0) { $0 + $1.count } }

  /// Bytes of all files.
  public var bytes: Int { kinds.reduce(0) { $0 + $1.bytes } }
}

/// The number and total size of files of one kind.
public struct FileKindTotal: Sendable, Equatable {
  /// The kind.
  public var kind: FileKind
  /// How many files.
  public var count: Int
  /// Their total bytes.
  public var bytes: Int

  /// A total from its parts.
  public init(kind: FileKind, count: Int, bytes: Int) {
    self.kind = kind
    self.count = count
    self.bytes = bytes
  }
}
