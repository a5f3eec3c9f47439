/// A value that can sit in a table cell: a number, which the column's ``ColumnFormat`` writes, or text.
public protocol TableValue: Sendable {
    /// The value as a number, or nil when it is text.
    var tableNumber: Double? { get }
    /// The value as text, used when it is not a number.
    var tableText: String { get }
}

extension TableValue {
    /// Text values default to their description.
    public var tableText: String { String(describing: self) }
}

extension Double: TableValue {
    /// The number itself.
    public var tableNumber: Double? { self }
}

extension Float: TableValue {
    /// The number, widened to Double.
    public var tableNumber: Double? { Double(self) }
}

extension Int: TableValue {
    /// The number, converted to Double.
    public var tableNumber: Double? { Double(self) }
}

extension String: TableValue {
    /// Text is never a number.
    public var tableNumber: Double? { nil }
    /// The string itself.
    public var tableText: String { self }
}

extension Bool: TableValue {
    /// A Boolean shows as `true` or `false`, never as a number.
    public var tableNumber: Double? { nil }
}

extension Optional: TableValue where Wrapped: TableValue {
    /// The wrapped number, or nil.
    public var tableNumber: Double? { self?.tableNumber }
    /// The wrapped text, or an em dash for a missing value.
    public var tableText: String { self?.tableText ?? "—" }
}
