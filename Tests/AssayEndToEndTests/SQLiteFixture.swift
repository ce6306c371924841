import Foundation
import Testing

/// SQLite databases for the tests, made with Python's sqlite3 in new temporary folders.
enum SQLiteFixture {
  /// A database file made with Python's sqlite3 (`script` receives it as `db`), named `name` in a
  /// new temporary folder.
  static func database(named name: String, _ script: String) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-sqlite-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    let program = "import csv, sqlite3, sys\ndb = sqlite3.connect(sys.argv[1])\n\(script)\ndb.commit()\n"
    let made = try AssayProcess.shell(#"python3 -c "$1" "$2""#, arguments: [program, path])
    #expect(made.status == 0, "\(made.stderr)")
    return path
  }

  /// The iris sample as table `iris`, with a view of one species.
  static func iris(named name: String = "flowers.bin") throws -> String {
    try database(
      named: name,
      """
      db.execute("CREATE TABLE iris (sepal_length REAL, sepal_width REAL, petal_length REAL, petal_width REAL, species TEXT)")
      rows = list(csv.reader(open("sampledata/iris.csv")))[1:]
      db.executemany("INSERT INTO iris VALUES (?, ?, ?, ?, ?)", rows)
      db.execute("CREATE VIEW setosa AS SELECT * FROM iris WHERE species = 'setosa'")
      """)
  }

  /// The penguins sample (NA as NULL) as table `penguins` and Seattle's weather (dates written
  /// as ISO text, under a DATE column) as table `weather`.
  static func penguinsAndWeather() throws -> String {
    try database(
      named: "samples.db",
      """
      db.execute("CREATE TABLE penguins (species TEXT, island TEXT, bill_length_mm REAL, bill_depth_mm REAL, flipper_length_mm INTEGER, body_mass_g INTEGER, sex TEXT, year INTEGER)")
      rows = list(csv.reader(open("sampledata/penguins.csv")))[1:]
      db.executemany("INSERT INTO penguins VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [[None if v == "NA" else v for v in r] for r in rows])
      db.execute("CREATE TABLE weather (date DATE, precipitation REAL, temp_max REAL, temp_min REAL, wind REAL, weather TEXT)")
      rows = list(csv.reader(open("sampledata/seattle-weather.csv")))[1:]
      db.executemany("INSERT INTO weather VALUES (?, ?, ?, ?, ?, ?)", [[r[0].replace("/", "-")] + r[1:] for r in rows])
      """)
  }

  /// Removes a database made here, with its folder.
  static func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
  }
}
