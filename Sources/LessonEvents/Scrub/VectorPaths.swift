/// Path data for arrows and meshes in SVG units, shared by static plots and scrubbable frames
/// (whose script in the site's assets draws the same shapes from the same numbers).
public enum VectorPaths {
    /// The share of the longer axis span that the longest arrow covers when no scale is given.
    public static let automaticArrowShare = 0.08

    /// One path for all arrows, each a shaft and an open head of two strokes; arrows shorter than
    /// half a unit are left out, since neither their direction nor their head would be visible.
    public static func arrows(_ segments: [(x0: Double, y0: Double, x1: Double, y1: Double)], width: Double) -> String {
        let n = SVGNumber.format
        var path = ""
        for segment in segments {
            let (dx, dy) = (segment.x1 - segment.x0, segment.y1 - segment.y0)
            let length = (dx * dx + dy * dy).squareRoot()
            guard length >= 0.5 else { continue }
            let head = min(3 + 2 * width, length * 0.4)
            // The head's strokes leave the tip at ±28° from the shaft, pointing back.
            let (ux, uy) = (dx / length, dy / length)
            let (cosine, sine) = (0.883, 0.469)
            let left = (segment.x1 - head * (ux * cosine - uy * sine), segment.y1 - head * (uy * cosine + ux * sine))
            let right = (segment.x1 - head * (ux * cosine + uy * sine), segment.y1 - head * (uy * cosine - ux * sine))
            path += "M\(n(segment.x0)) \(n(segment.y0))L\(n(segment.x1)) \(n(segment.y1))"
            path += "M\(n(left.0)) \(n(left.1))L\(n(segment.x1)) \(n(segment.y1)) \(n(right.0)) \(n(right.1))"
        }
        return path
    }

    /// One path through every polyline; a non-finite point breaks its line.
    public static func polylines(_ lines: [[(Double, Double)]]) -> String {
        let n = SVGNumber.format
        var path = ""
        for line in lines {
            var drawing = false
            for (x, y) in line {
                guard x.isFinite, y.isFinite else {
                    drawing = false
                    continue
                }
                path += (drawing ? " " : "M") + "\(n(x)) \(n(y))"
                drawing = true
            }
        }
        return path
    }
}
