import Foundation

/// Formats values for the page: short, round numbers and readable collections.
public enum ValueFormatter {
    /// Significant digits kept for floating-point numbers.
    public static let significantDigits = 6

    /// Arrays longer than this show their first and last few elements around an ellipsis.
    public static let maxArrayElements = 12

    /// Formats any value; floating-point numbers, also inside arrays, tuples and optionals, get
    /// ``significantDigits`` digits, and long arrays are abbreviated.
    public static func format<Value>(_ value: Value) -> String {
        switch value {
        case let number as Double: return format(number)
        case let number as Float: return format(Double(number))
        case let string as String: return string
        case let displayable as any LessonDisplayable: return displayable.displayText
        default: return formatReflecting(value)
        }
    }

    /// Formats a number with at most ``significantDigits`` significant digits and no trailing zeros:
    /// plain notation from 0.0001 up to 10^15, scientific notation such as `1.5e-7` outside.
    public static func format(_ number: Double, significantDigits digits: Int = significantDigits) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        if number == 0 { return "0" }
        let magnitude = abs(number)
        if magnitude >= 1e-4 && magnitude < 1e15 {
            let exponent = Int(floor(log10(magnitude)))
            let decimals = max(0, digits - 1 - exponent)
            var text = trimZeros(String(format: "%.\(decimals)f", number))
            if text == "-0" { text = "0" }
            return text
        }
        return scientific(number, significantDigits: digits)
    }

    /// Formats a number in scientific notation without trailing zeros or padded exponent: `1.5e-7`.
    static func scientific(_ number: Double, significantDigits digits: Int) -> String {
        if number == 0 { return "0" }
        let parts = String(format: "%.\(max(0, digits - 1))e", number).split(separator: "e", maxSplits: 1)
        let mantissa = trimZeros(String(parts[0]))
        let exponent = Int(parts[1]) ?? 0
        return "\(mantissa)e\(exponent)"
    }

    /// Formats a list of already formatted elements, keeping the first and last few when it is long.
    static func formatList(_ elements: [String], open: String = "[", close: String = "]") -> String {
        guard elements.count > maxArrayElements else {
            return open + elements.joined(separator: ", ") + close
        }
        let keep = maxArrayElements / 2
        let shown = elements.prefix(keep) + ["…"] + elements.suffix(keep)
        return open + shown.joined(separator: ", ") + close + " (\(elements.count) elements)"
    }

    /// Walks arrays, sets, dictionaries, tuples and optionals so that numbers inside them are
    /// formatted too.
    private static func formatReflecting<Value>(_ value: Value) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection?, .set?:
            return formatList(mirror.children.map { format($0.value) })
        case .dictionary?:
            let entries = mirror.children.map { entry in
                let pair = Mirror(reflecting: entry.value).children.map { format($0.value) }
                return pair.count == 2 ? "\(pair[0]): \(pair[1])" : format(entry.value)
            }
            return entries.isEmpty ? "[:]" : formatList(entries.sorted())
        case .tuple?:
            let parts = mirror.children.map { child in
                let text = format(child.value)
                guard let label = child.label, !label.hasPrefix(".") else { return text }
                return "\(label): \(text)"
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .optional?:
            guard let wrapped = mirror.children.first else { return "nil" }
            return format(wrapped.value)
        default:
            return String(describing: value)
        }
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return String(trimmed)
    }
}
