/// Shows a value below the cell: numbers with sensible significant digits, arrays (abbreviated when
/// long), tables, plots, and any ``LessonDisplayable`` value.
public func show<Value>(_ value: Value) {
    if let displayable = value as? any LessonDisplayable {
        EventSink.shared.emit(displayable.displayEvent)
    } else {
        EventSink.shared.emit(.value(ValueFormatter.format(value)))
    }
}

/// Shows a plot or multi-panel figure as an inline SVG figure with an optional caption.
public func show(_ graphic: some Graphic, caption: String?) {
    EventSink.shared.emit(.figure(FigureData(svg: graphic.svg(), caption: caption)))
}

/// Records text the cell printed; the lesson program routes Swift's `print` here.
public func capturePrint(_ items: [Any], separator: String, terminator: String) {
    let text = items.map { item in
        if let string = item as? String { return string }
        return String(describing: item)
    }.joined(separator: separator) + terminator
    EventSink.shared.emit(.text(text))
}

/// Reports progress of a long loop; the build shows it in the terminal, never in the page.
public func progress(_ step: Int, of total: Int, _ message: String = "") {
    EventSink.shared.emit(.progress(ProgressRecord(step: step, total: total, message: message)))
}
