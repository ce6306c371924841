import AssayCSV
import AssayClickHouse
import AssayCore
import AssayJSON
import AssayMariaDB
import AssayObjectStore
import AssayOffice
import AssayParquet
import AssayPostgres
import AssaySQLite

extension LoaderRegistry {
  /// Every loader this build knows, in the order they are asked: the one place where loaders are listed.
  static let standard = LoaderRegistry(loaders: [
    PipedInputLoader(), CSVLoader(), JSONLoader(), ParquetLoader(), FolderLoader(), SQLiteLoader(),
    PostgresLoader(),
    MariaDBLoader(), ClickHouseLoader(), S3Loader(), GCSLoader(), AzureLoader(), XLSXLoader(),
  ])

  /// Each loader's own options, for `--option`'s help: "CSV/TSV: delimiter, header; folders: no options"
  /// (a store's, then "and its tables'").
  static var optionHelp: String {
    standard.loaders.map {
      "\($0.declaration.name): \($0.declaration.optionNames(listingTableOptions: false))"
    }
    .joined(separator: "; ")
  }
}
