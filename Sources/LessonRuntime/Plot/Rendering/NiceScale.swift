import Foundation

/// Round tick positions for an axis: multiples of 1, 2 or 5 × 10^k, at most a given count.
enum NiceScale {
    /// The smallest step of 1, 2 or 5 × 10^k whose multiples in `domain` number at most `maxTicks`
    /// and at least two (when no step does both, the largest step that still gives two).
    static func step(in domain: ClosedRange<Double>, maxTicks: Int) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, span.isFinite else { return 1 }
        let base = pow(10, floor(log10(span / Double(max(maxTicks, 1))))) / 10
        let candidates = (0..<6).flatMap { power in [1.0, 2, 5].map { $0 * base * pow(10, Double(power)) } }
        let counts = candidates.map { multiples(in: domain, step: $0).count }
        if let index = counts.indices.first(where: { counts[$0] <= maxTicks && counts[$0] >= 2 }) {
            return candidates[index]
        }
        return counts.indices.last(where: { counts[$0] >= 2 }).map { candidates[$0] } ?? candidates[candidates.count - 1]
    }

    /// The multiples of ``step(in:maxTicks:)`` that lie in `domain`.
    static func ticks(in domain: ClosedRange<Double>, maxTicks: Int) -> [Double] {
        multiples(in: domain, step: step(in: domain, maxTicks: maxTicks))
    }

    private static func multiples(in domain: ClosedRange<Double>, step: Double) -> [Double] {
        let tolerance = step * 1e-9
        let first = ((domain.lowerBound - tolerance) / step).rounded(.up)
        let last = ((domain.upperBound + tolerance) / step).rounded(.down)
        guard first <= last, last - first < 10_000 else { return [] }
        return (Int(first)...Int(last)).map { Double($0) * step }
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
