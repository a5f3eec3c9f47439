/// Verifies a condition the lesson's prose relies on; a failure fails the build and shows in the page.
@discardableResult
public func check(
    _ condition: Bool, _ message: String,
    file: String = #filePath, line: Int = #line
) -> Bool {
    EventSink.shared.emit(.check(CheckRecord(passed: condition, message: message, file: file, line: line)))
    return condition
}

/// Verifies that `actual` is within `tolerance` of `expected`; the message shows both values.
@discardableResult
public func expectClose(
    _ actual: Double, _ expected: Double, tolerance: Double,
    file: String = #filePath, line: Int = #line
) -> Bool {
    let passed = abs(actual - expected) <= tolerance
    let message = "\(ValueFormatter.format(actual)) is within \(ValueFormatter.format(tolerance))"
        + " of \(ValueFormatter.format(expected))"
    return check(passed, message, file: file, line: line)
}
