/// Draws a heatmap's colour scale beside the plot area, with ticks and an optional label.
struct ColorBarRenderer {
    let bar: ColorBar
    let layout: ChartLayout

    func draw(into svg: inout SVGBuilder) {
        let n = SVGBuilder.number
        let font = layout.fontSize
        let plot = layout.plot
        let x = plot.maxX + font * 1.2
        let width = font
        let steps = 128
        let pixels: [PNGEncoder.Pixel] = (0..<steps).reversed().map { step in
            let colour = bar.colormap.rgb(at: Double(step) / Double(steps - 1))
            return (colour.0, colour.1, colour.2, 255)
        }
        svg.empty("image", [
            "x": n(x), "y": n(plot.y), "width": n(width), "height": n(plot.height), "preserveAspectRatio": "none",
            "href": PNGEncoder.dataURI(width: 1, height: steps, pixels: pixels),
        ])
        let span = bar.range.upperBound - bar.range.lowerBound
        func y(_ value: Double) -> Double {
            plot.maxY - (span > 0 ? (value - bar.range.lowerBound) / span : 0.5) * plot.height
        }
        let tick = ChartLayout.tickLength
        var path = "M\(n(x)) \(n(plot.y))h\(n(width))v\(n(plot.height))h\(n(-width))Z"
        path += layout.colorTicks.map { "M\(n(x + width)) \(n(y($0)))h\(n(tick))" }.joined()
        svg.empty("path", ["d": path, "fill": "none", "stroke-width": "0.8", "style": "stroke: \(PlotTheme.variable("fg"))"])
        svg.open("g", ["style": "fill: \(PlotTheme.variable("fg"))"])
        for (value, label) in zip(layout.colorTicks, layout.colorTickLabels) {
            svg.text("text", ["x": n(x + width + tick + 3), "y": n(y(value) + font * 0.35)], label)
        }
        if let label = bar.label {
            let labelX = x + width + tick + 6 + ChartLayout.textWidth(layout.colorTickLabels, font) + font * 0.9
            let labelY = plot.y + plot.height / 2
            svg.text("text", [
                "x": n(labelX), "y": n(labelY), "text-anchor": "middle",
                "transform": "rotate(-90 \(n(labelX)) \(n(labelY)))",
            ], label)
        }
        svg.close("g")
    }
}
