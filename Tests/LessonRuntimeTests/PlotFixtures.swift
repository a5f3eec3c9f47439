@testable import LessonRuntime

/// Small, deterministic plots shared by the golden and property tests.
enum PlotFixtures {
    static let lossCurves = LinePlot(title: "Losses", xLabel: "step", yLabel: "loss")
        .line(x: [0, 100, 200, 300, 400], y: [1.39, 1.1, 0.95, 0.9, 0.88], label: "D")
        .line(x: [0, 100, 200, 300, 400], y: [0.69, 1.2, 1.0, 0.85, 0.8], label: "G", style: .dashed)

    static let ring = ScatterPlot(title: "Ring", xLabel: "x₁", yLabel: "x₂")
        .points(x: [2, 0, -2, 0], y: [0, 2, 0, -2], label: "real")
        .points(x: [1.4, -1.4], y: [1.4, -1.4], label: "generated", opacity: 0.8)

    static let samples = Histogram(title: "Samples", xLabel: "x", bins: 4)
        .values([0, 0.5, 1, 1.5, 1.6, 2, 3, 4], label: "real")
        .density(x: [0, 2, 4], y: [0.1, 0.3, 0.1], label: "p_data", style: .dotted, color: .foreground)

    static let field = Heatmap(
        x: [0, 1, 2], y: [0, 1], values: [[0, 0.5, 1], [0.25, .nan, 0.75]],
        title: "D(x)", xLabel: "x₁", yLabel: "x₂", colorLabel: "D", range: 0...1
    ).points(x: [0.5], y: [0.5], label: "sample")

    static let stages = Figure(
        title: "Stages",
        panels: [1.0, 2.0].map { scale in
            LinePlot(title: "scale \(Int(scale))").line(x: [0, 1, 2], y: [0, scale, 0], label: "p_g")
        },
        columns: 2)

    static let vectors = ScatterPlot(title: "Field", xLabel: "θ", yLabel: "ψ", xRange: -2...2, yRange: -2...2)
        .arrows(x: [-1, 0, 1, 0], y: [0, 1, 0, -1], dx: [0, -1, 0, 1], dy: [-1, 0, 1, 0], label: "v")
        .mesh(x: [[-1, 0, 1], [-1.2, 0, 1.2]], y: [[-1, -1.1, -1], [0.5, 0.7, 0.5]], label: "G(grid)")

    static let all: [(name: String, graphic: any Graphic)] = [
        ("line", lossCurves), ("scatter", ring), ("histogram", samples), ("heatmap", field), ("figure", stages),
        ("vectors", vectors),
    ]
}
