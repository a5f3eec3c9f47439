import Foundation

/// Round tick positions for an axis: multiples of 1, 2 or 5 × 10^k, at most a given count.
enum NiceScale {
    /// The smallest step of 1, 2 or 5 × 10^k that covers `span` with at most `maxTicks` ticks.
    static func step(span: Double, maxTicks: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(maxTicks - 1, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let residual = raw / magnitude
        let nice: Double = residual <= 1 + 1e-9 ? 1 : residual <= 2 + 1e-9 ? 2 : residual <= 5 + 1e-9 ? 5 : 10
        return nice * magnitude
    }

    /// The multiples of a nice step that lie in `domain`, at most `maxTicks` of them but at least
    /// two, so that every axis shows its scale.
    static func ticks(in domain: ClosedRange<Double>, maxTicks: Int) -> [Double] {
        for count in max(maxTicks, 2)...max(maxTicks, 2) + 3 {
            let ticks = multiples(in: domain, step: step(span: domain.upperBound - domain.lowerBound, maxTicks: count))
            if ticks.count >= 2 { return ticks }
        }
        return multiples(in: domain, step: step(span: domain.upperBound - domain.lowerBound, maxTicks: maxTicks))
    }

    private static func multiples(in domain: ClosedRange<Double>, step: Double) -> [Double] {
        let tolerance = step * 1e-9
        let first = Int(((domain.lowerBound - tolerance) / step).rounded(.up))
        let last = Int(((domain.upperBound + tolerance) / step).rounded(.down))
        guard first <= last else { return [] }
        return (first...last).map { Double($0) * step }
    }

    /// Labels for evenly spaced ticks, all with the same number of decimals and a true minus sign:
    /// `0`, `0.5`, `1`… stay short; very large or small values use scientific notation (`2e6`).
    static func labels(for ticks: [Double]) -> [String] {
        guard ticks.count > 1 else { return ticks.map { ValueFormatter.format($0, significantDigits: 4) } }
        let step = abs(ticks[1] - ticks[0])
        let largest = ticks.map(abs).max() ?? 0
        if largest >= 1e6 || step < 1e-4 {
            return ticks.map { minus(ValueFormatter.scientific($0, significantDigits: 3)) }
        }
        let decimals = max(0, -Int(floor(log10(step) + 1e-9)))
        return ticks.map { tick in
            let text = String(format: "%.\(decimals)f", tick)
            return text.allSatisfy({ "-0.".contains($0) }) ? "0" : minus(text)
        }
    }

    private static func minus(_ text: String) -> String {
        text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }
}
