/// Gives every plot on a page its own ids.
///
/// A plot's ids (its title, description and clip paths) come from a digest of its markup, so two
/// identical figures on one page would share them, and the second's `aria-labelledby` and clip paths
/// would point into the first. Repeats get a number: `plot-1a2b3c4d`, then `plot-1a2b3c4d-2`, ...
enum UniquePlotIDs {
    /// `html` with the ids of each repeated plot numbered.
    static func apply(to html: String) -> String {
        var seen: [String: Int] = [:]
        var output = ""
        var rest = html[...]
        while let start = rest.range(of: "<svg "), let end = rest[start.lowerBound...].range(of: "</svg>") {
            output += rest[..<start.lowerBound]
            var svg = String(rest[start.lowerBound..<end.upperBound])
            if let match = svg.firstMatch(of: /plot-[0-9a-f]{8}/) {
                let id = String(match.output)
                let count = seen[id, default: 0] + 1
                seen[id] = count
                if count > 1 { svg = svg.replacingOccurrences(of: id, with: "\(id)-\(count)") }
            }
            output += svg
            rest = rest[end.upperBound...]
        }
        return output + rest
    }
}
