/// How a line is drawn: solid, dashed, dotted or dash-dotted.
public enum LineStyle: Sendable, Equatable {
    case solid, dashed, dotted, dashDot

    /// The SVG `stroke-dasharray` for a line of this style, nil when solid.
    func dashArray(width: Double) -> String? {
        let unit = max(width, 1)
        switch self {
        case .solid: return nil
        case .dashed: return "\(SVGBuilder.number(unit * 3.5)) \(SVGBuilder.number(unit * 2))"
        case .dotted: return "0 \(SVGBuilder.number(unit * 2))"
        case .dashDot:
            return [4, 2, 0, 2].map { SVGBuilder.number(unit * $0) }.joined(separator: " ")
        }
    }
}
