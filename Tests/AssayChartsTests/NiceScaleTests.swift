import Testing

@testable import AssayCharts

@Test func niceScalesUseOneTwoFiveSteps() {
  let plain = NiceScale(min: 0, max: 10, maximumTicks: 6)
  #expect(plain.ticks == [0, 2, 4, 6, 8, 10] && plain.labels == ["0", "2", "4", "6", "8", "10"])
  let fraction = NiceScale(min: 0.13, max: 0.87, maximumTicks: 5)
  #expect(fraction.ticks == [0, 0.5, 1] && fraction.labels == ["0.0", "0.5", "1.0"])
  let fine = NiceScale(min: 0.13, max: 0.87, maximumTicks: 10)
  #expect(fine.labels == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"])
  let tenths = NiceScale(min: 0, max: 0.3, maximumTicks: 4)
  #expect(tenths.ticks == [0, 0.1, 0.2, 0.3] && tenths.labels == ["0.0", "0.1", "0.2", "0.3"])
  let negative = NiceScale(min: -3, max: 47, maximumTicks: 7)
  #expect(negative.ticks == [-10, 0, 10, 20, 30, 40, 50])
}

@Test func niceScaleLabelsGroupThousandsOrUseSISuffixes() {
  let large = NiceScale(min: 1234, max: 98765, maximumTicks: 5)
  #expect(large.labels == ["0", "50,000", "100,000"])
  #expect(large.siLabels == ["0", "50k", "100k"])
  let millions = NiceScale(min: 0, max: 3_500_000, maximumTicks: 8)
  #expect(millions.siLabels == ["0", "0.5M", "1M", "1.5M", "2M", "2.5M", "3M", "3.5M"])
}

@Test func degenerateRangesStillGiveTicks() {
  #expect(NiceScale(min: 5, max: 5).labels == ["4.5", "5.0", "5.5"])
  #expect(NiceScale(min: 0, max: 0).labels == ["-1.0", "-0.5", "0.0", "0.5", "1.0"])
  #expect(NiceScale(min: .nan, max: 1).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
  #expect(NiceScale(min: 1, max: 0, maximumTicks: 1).ticks == [0, 1])
  #expect(NiceScale(min: .leastNonzeroMagnitude, max: .leastNonzeroMagnitude).ticks == [-1, -0.5, 0, 0.5, 1])
  #expect(NiceScale(min: -.greatestFiniteMagnitude, max: .greatestFiniteMagnitude).ticks.count >= 2)
  #expect(NiceScale(min: 1e30, max: 1e30.nextUp, maximumTicks: 100_000).ticks.count >= 2)
}
