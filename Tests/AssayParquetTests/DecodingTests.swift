import Testing

@testable import AssayParquet

/// The low-level decoders on byte sequences worked out from the format's specification.
struct DecodingTests {
  @Test func hybridRunsAndBitPackedGroups() throws {
    // An RLE run of 5 threes (header 5<<1, value byte), then one bit-packed group of eight 3-bit
    // values 0...7 (header 1<<1|1, three bytes: 0b10001000, 0b11000110, 0b11111010).
    let bytes: [UInt8] = [0x0A, 0x03, 0x03, 0x88, 0xC6, 0xFA]
    var decoded: [UInt32] = []
    try bytes.withUnsafeBytes { raw in
      var cursor = ByteCursor(raw)
      try HybridDecoding.decode(&cursor, width: 3, count: 13, into: &decoded)
    }
    #expect(decoded == [3, 3, 3, 3, 3, 0, 1, 2, 3, 4, 5, 6, 7])
  }

  @Test func deltaBinaryPackedIntegers() throws {
    // Block 128, 4 miniblocks, 5 values, first 7; min delta -2 (zigzag 3); widths 2,0,0,0; deltas
    // -2+[0,3,1,2] → 7, 5, 6, 5, 5... packed 2-bit values 0,3,1,2 = 0b10_01_11_00.
    var bytes: [UInt8] = [0x80, 0x01, 0x04, 0x05, 0x0E, 0x03, 0x02, 0x00, 0x00, 0x00, 0x9C]
    bytes += [UInt8](repeating: 0, count: 7)
    let values = try bytes.withUnsafeBytes { raw in
      var cursor = ByteCursor(raw)
      return try DeltaDecoding.integers(&cursor, limit: 5)
    }
    #expect(values == [7, 5, 6, 5, 5])
  }

  @Test func damagedInputIsAnErrorNotACrash() throws {
    let bytes: [UInt8] = [0x0B, 0xFF]
    var decoded: [UInt32] = []
    #expect(throws: ParquetFailure.self) {
      try bytes.withUnsafeBytes { raw in
        var cursor = ByteCursor(raw)
        try HybridDecoding.decode(&cursor, width: 8, count: 40, into: &decoded)
      }
    }
  }

  @Test func decimalsAsExactText() {
    #expect(NumberConversion.decimalText(-1250, scale: 2) == "-12.50")
    #expect(NumberConversion.decimalText(5, scale: 3) == "0.005")
    #expect(NumberConversion.decimalText(Int128(Int64.max) * 1000, scale: 10) == "922337203685.4775807000")
    #expect(NumberConversion.decimalDouble(125, scale: 2) == 1.25)
    #expect(NumberConversion.micros(-1, unit: .nanos) == -1)
    #expect(NumberConversion.micros(-1000, unit: .nanos) == -1)
  }
}
