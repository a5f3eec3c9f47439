/// A short text description of a chart for screen readers: its kind, title, series and axis ranges.
enum ChartDescription {
    static func describe(_ chart: Chart, layout: ChartLayout) -> String {
        if let description = chart.description { return description }
        var sentences: [String] = []
        sentences.append(chart.kind + (chart.title.map { " “\($0)”" } ?? "") + ".")
        let labels = chart.marks.compactMap(\.label).filter { !$0.isEmpty }
        if !labels.isEmpty {
            let noun = labels.count == 1 ? "Series" : "\(labels.count) series"
            sentences.append("\(noun): \(labels.joined(separator: ", ")).")
        }
        sentences.append(axis("Horizontal axis", chart.xLabel, layout.xDomain) + ";")
        sentences.append(axis("vertical axis", chart.yLabel, layout.yDomain) + ".")
        for mark in chart.marks {
            if let sentence = vectorSentence(mark) { sentences.append(sentence) }
        }
        if let bar = chart.colorBar {
            sentences.append(axis("Colour scale", bar.label, bar.range) + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// What arrows and meshes show, which their series name alone does not say.
    private static func vectorSentence(_ mark: Mark) -> String? {
        let format = { ValueFormatter.format($0, significantDigits: 3) }
        let name = mark.label.map { " “\($0)”" } ?? ""
        switch mark {
        case .arrows(let arrows):
            let count = arrows.segments(scale: 1).count
            return "\(count) arrow\(count == 1 ? "" : "s")\(name), the longest vector of length \(format(arrows.longest))."
        case .mesh(let mesh):
            let rows = mesh.xs.count, columns = mesh.xs.map(\.count).min() ?? 0
            return "A warped grid\(name) of \(rows) × \(columns) nodes."
        default:
            return nil
        }
    }

    private static func axis(_ name: String, _ label: String?, _ domain: ClosedRange<Double>) -> String {
        let format = { ValueFormatter.format($0, significantDigits: 3) }
        let range = "from \(format(domain.lowerBound)) to \(format(domain.upperBound))"
        return name + (label.map { " (\($0))" } ?? "") + " " + range
    }
}
