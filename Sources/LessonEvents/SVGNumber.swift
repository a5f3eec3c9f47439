/// How every coordinate in the runtime's SVG is written: rounded to one decimal without trailing zeros
/// (`12.3`, `7`, `-0.5`), so the markup stays compact and deterministic.
public enum SVGNumber {
    /// `value` rounded to one decimal; not-finite values become `0`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        let sign = tenths < 0 ? "-" : ""
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(fraction)"
    }
}
