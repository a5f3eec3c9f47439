import Foundation

/// How the numbers of one table column are written.
///
/// ```swift
/// Table(...).format("error", .percent(decimals: 1)).format("n", .integer)
/// ```
public struct ColumnFormat: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case automatic, significant(Int), fixed(Int), percent(Int), integer, scientific(Int), text
    }

    let kind: Kind

    /// Numbers with ``ValueFormatter/significantDigits`` significant digits; the default.
    public static let automatic = ColumnFormat(kind: .automatic)
    /// Numbers rounded to `digits` significant digits, such as `0.00123` or `4.57` for 3.
    public static func number(digits: Int) -> ColumnFormat { ColumnFormat(kind: .significant(max(1, digits))) }
    /// Numbers with exactly `decimals` digits after the point, such as `4.10` for 2.
    public static func fixed(_ decimals: Int) -> ColumnFormat { ColumnFormat(kind: .fixed(max(0, decimals))) }
    /// Fractions written as percentages without decimals: 0.123 as `12%`.
    public static let percent = ColumnFormat(kind: .percent(0))
    /// Fractions written as percentages with `decimals` decimals: 0.1234 as `12.3%` for 1.
    public static func percent(decimals: Int) -> ColumnFormat { ColumnFormat(kind: .percent(max(0, decimals))) }
    /// Numbers rounded to whole numbers with thousands separated by a thin space: `12 345`.
    public static let integer = ColumnFormat(kind: .integer)
    /// Numbers in scientific notation with `digits` significant digits: `1.23e-5`.
    public static func scientific(digits: Int) -> ColumnFormat { ColumnFormat(kind: .scientific(max(1, digits))) }
    /// Every cell as its plain text, left-aligned.
    public static let text = ColumnFormat(kind: .text)

    /// Whether the column lines up to the right by default.
    var isNumeric: Bool { kind != .text }

    /// Writes one number in this format.
    func format(_ number: Double) -> String {
        guard number.isFinite else { return ValueFormatter.format(number) }
        switch kind {
        case .automatic: return ValueFormatter.format(number)
        case .significant(let digits): return ValueFormatter.format(number, significantDigits: digits)
        case .fixed(let decimals): return minusSign(String(format: "%.\(decimals)f", number))
        case .percent(let decimals): return minusSign(String(format: "%.\(decimals)f", number * 100)) + "%"
        case .integer: return minusSign(Self.groupThousands(Int(number.rounded())))
        case .scientific(let digits):
            let parts = String(format: "%.\(digits - 1)e", number).split(separator: "e")
            return minusSign("\(parts[0])e\(Int(parts[1]) ?? 0)")
        case .text: return ValueFormatter.format(number)
        }
    }

    /// Avoids `-0.00` for tiny negative numbers rounded to zero.
    private func minusSign(_ text: String) -> String {
        guard text.hasPrefix("-"), !text.contains(where: { ("1"..."9").contains($0) }) else { return text }
        return String(text.dropFirst())
    }

    private static func groupThousands(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: "\u{2009}")
    }
}
