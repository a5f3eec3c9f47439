import Foundation

/// The frames of a scrubbable figure, rebuilt from the page markup the runtime made, for `lessons run`.
public enum ScrubFrames {
    /// Every frame of a scrubbable figure's HTML (as ``html()`` made it) as a standalone SVG, with its
    /// label: the player's SVG with the frame drawn in, as `scrub.js` draws it. Nil when `html` holds
    /// no scrubbable figure. `lessons run` writes these as files.
    public static func svgs(fromHTML html: String) -> [(label: String, svg: String)]? {
        guard html.hasPrefix("<div class=\"scrub\">"),
              let player = html.range(of: "<svg"), let playerEnd = html.range(of: "</svg>", range: player.upperBound..<html.endIndex),
              let dataStart = html.range(of: "<script type=\"application/json\" class=\"scrub-data\">"),
              let dataEnd = html.range(of: "</script>", range: dataStart.upperBound..<html.endIndex),
              let payload = try? JSONDecoder().decode(
                  ScrubPayload.self, from: Data(html[dataStart.upperBound..<dataEnd.lowerBound].utf8)),
              payload.box.count == 4
        else { return nil }
        let skeleton = String(html[player.lowerBound..<playerEnd.upperBound])
        let coder = CoordinateCoder(x: payload.box[0], y: payload.box[1], width: payload.box[2], height: payload.box[3])
        return payload.frames.enumerated().map { number, frame in
            var svg = skeleton
            for index in frame.layers.indices {
                let data = payload.layerData(frame: number, layer: index)
                if !data.isEmpty { svg = FrameFiller(svg: svg, coder: coder).filling(layer: index, with: data) }
            }
            if let x = frame.cursor, let ends = payload.cursor, ends.count == 2 {
                let n = SVGNumber.format
                svg = svg.replacingOccurrences(
                    of: "data-cursor=\"\" d=\"\"", with: "data-cursor=\"\" d=\"M\(n(x)) \(n(ends[0]))V\(n(ends[1]))\"")
            }
            if let label = svg.range(of: "data-frame-label=\"\">"),
               let end = svg.range(of: "</text>", range: label.upperBound..<svg.endIndex) {
                svg.replaceSubrange(label.upperBound..<end.lowerBound, with: MarkupEscaping.escape(frame.label))
            }
            return (frame.label, svg)
        }
    }
}

/// Draws one layer's data into the player's empty element, the way `scrub.js` does in the page.
private struct FrameFiller {
    var svg: String
    let coder: CoordinateCoder

    func filling(layer index: Int, with data: String) -> String {
        guard let marker = svg.range(of: " data-layer=\"\(index)\""),
              let open = svg.range(of: "<", options: .backwards, range: svg.startIndex..<marker.lowerBound),
              let close = svg.range(of: ">", range: marker.upperBound..<svg.endIndex)
        else { return svg }
        let tag = String(svg[open.lowerBound..<close.upperBound])
        let n = SVGNumber.format
        var result = svg
        if tag.hasPrefix("<image") {
            result.insert(contentsOf: " href=\"\(MarkupEscaping.escape(data))\"", at: marker.upperBound)
        } else if tag.contains(" data-labels=\"\""),
                  let groupEnd = result.range(of: "</g>", range: close.upperBound..<result.endIndex) {
            var labels = data.components(separatedBy: "\t").makeIterator()
            let texts = result[close.upperBound..<groupEnd.lowerBound].components(separatedBy: "></text>")
            let filled = texts.dropLast().map { $0 + ">" + MarkupEscaping.escape(labels.next() ?? "") + "</text>" }
                .joined() + (texts.last ?? "")
            result.replaceSubrange(close.upperBound..<groupEnd.lowerBound, with: filled)
        } else if tag.hasPrefix("<g") {
            let radius = Self.attribute("data-r", in: tag) ?? "2"
            let circles = coder.decode(data).compactMap { $0 }
                .map { "<circle cx=\"\(n($0.0))\" cy=\"\(n($0.1))\" r=\"\(radius)\"/>\n" }.joined()
            result.insert(contentsOf: circles, at: close.upperBound)
        } else if tag.hasPrefix("<path") {
            let points = coder.decode(data)
            let path: String
            if let rows = Self.attribute("data-rows", in: tag).flatMap(Int.init),
               let columns = Self.attribute("data-cols", in: tag).flatMap(Int.init) {
                let node = { (r: Int, c: Int) -> (Double, Double) in
                    r * columns + c < points.count ? points[r * columns + c] ?? (.nan, .nan) : (.nan, .nan)
                }
                let lines = (0..<rows).map { r in (0..<columns).map { node(r, $0) } }
                    + (0..<columns).map { c in (0..<rows).map { node($0, c) } }
                path = VectorPaths.polylines(lines)
            } else if let width = Self.attribute("data-w", in: tag).flatMap(Double.init) {
                let segments = stride(from: 0, to: points.count - 1, by: 2).compactMap { i -> (x0: Double, y0: Double, x1: Double, y1: Double)? in
                    guard let start = points[i], let end = points[i + 1] else { return nil }
                    return (start.0, start.1, end.0, end.1)
                }
                path = VectorPaths.arrows(segments, width: width)
            } else {
                path = VectorPaths.polylines([points.map { $0 ?? (.nan, .nan) }])
            }
            if let empty = result.range(of: "d=\"\"", range: marker.upperBound..<close.upperBound) {
                result.replaceSubrange(empty, with: "d=\"\(path)\"")
            }
        }
        return result
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\""),
              let end = tag.range(of: "\"", range: start.upperBound..<tag.endIndex)
        else { return nil }
        return String(tag[start.upperBound..<end.lowerBound])
    }
}
