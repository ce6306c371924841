import AssayCore

/// A kind of personal data a column can hold, as `assay pii` names it.
public enum PiiKind: String, Sendable, CaseIterable, Codable {
  case email, phone, iban, card, ipv4, ipv6
  /// A US Social Security number.
  case ssn
  /// A UK National Insurance number.
  case nino
  /// A Dutch citizen service number.
  case bsn
  /// A French social security number.
  case nir
  /// A date of birth: a date column whose name says so, with dates a living person was born on.
  case birthDate = "date-of-birth"
  /// A person's name: a text column whose name says so, with texts shaped like names.
  case personName = "person-name"

  /// The kinds read from a cell's text alone, most specific first: when a column matches two
  /// equally often (a US SSN is also shaped like a phone number), the first is its kind.
  static let written: [PiiKind] = [.email, .iban, .card, .nir, .ssn, .nino, .bsn, .ipv4, .ipv6, .phone]

  /// True when a cell's UTF-8 bytes (trimmed) are one of this kind; the kinds told by column name
  /// check the cell's shape (`NameRules`).
  func matches(_ bytes: [UInt8]) -> Bool {
    switch self {
    case .email: return CellPatterns.isEmail(bytes)
    case .phone: return CellPatterns.isPhone(bytes)
    case .iban: return CellPatterns.isIBAN(bytes)
    case .card: return CellPatterns.isCard(bytes)
    case .ipv4: return CellPatterns.isIPv4(bytes)
    case .ipv6: return CellPatterns.isIPv6(bytes)
    case .ssn: return CellPatterns.isSSN(bytes)
    case .nino: return CellPatterns.isNINO(bytes)
    case .bsn: return CellPatterns.isBSN(bytes)
    case .nir: return CellPatterns.isNIR(bytes)
    case .birthDate: return NameRules.isBirthDateText(bytes)
    case .personName: return NameRules.isPersonNameText(bytes)
    }
  }

  /// The action `anonymize --auto` proposes for a column of this kind and type: identifiers a
  /// table may be joined on are hashed, contact details and names masked, dates of birth cut to
  /// their year. A date of birth written as text cannot be cut to its year, and masking it would
  /// leave `0000-00-00` on every row, worth nothing to keep yet still marking which rows had one:
  /// it is dropped.
  public func proposedAction(for type: ColumnType) -> ColumnAction {
    switch self {
    case .email, .phone, .personName: return .mask
    case .iban, .card, .ipv4, .ipv6, .ssn, .nino, .bsn, .nir: return .hash
    case .birthDate: return type.isTime ? .generalizeTime(.year) : .drop
    }
  }
}
