import AssaySQL

/// Reads the input as a MySQL/MariaDB option file and as a PostgreSQL password file, and looks a
/// password up in the latter.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSettings(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = ClientOptionFile(text: text).settings["password"]
  _ = PasswordFile(text: text).password(host: "localhost", port: 5432, database: "db", user: "ana")
  return 0
}
