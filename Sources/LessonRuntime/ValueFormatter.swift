import Foundation

/// Formats values for the page: short, round numbers and readable collections.
public enum ValueFormatter {
    /// Significant digits kept for floating-point numbers.
    public static let significantDigits = 6

    /// Formats any value; floating-point numbers, also inside arrays, get ``significantDigits`` digits.
    public static func format<Value>(_ value: Value) -> String {
        switch value {
        case let number as Double: return format(number)
        case let number as Float: return format(Double(number))
        case let numbers as [Double]: return "[" + numbers.map { format($0) }.joined(separator: ", ") + "]"
        case let numbers as [Float]: return "[" + numbers.map { format(Double($0)) }.joined(separator: ", ") + "]"
        case let string as String: return string
        default: return String(describing: value)
        }
    }

    /// Formats a number with at most ``significantDigits`` significant digits and no trailing zeros.
    public static func format(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        if number == 0 { return "0" }
        var text = String(format: "%.\(significantDigits)g", number)
        if text.contains("e") {
            let parts = text.split(separator: "e", maxSplits: 1)
            text = trimZeros(String(parts[0])) + "e" + String(parts[1])
        } else {
            text = trimZeros(text)
        }
        return text
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return String(trimmed)
    }
}
