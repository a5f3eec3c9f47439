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
    let difference = abs(actual - expected)
    let passed = difference <= tolerance
    let (a, t, e) = (ValueFormatter.format(actual), ValueFormatter.format(tolerance), ValueFormatter.format(expected))
    // The difference is stated because both values often print alike at six digits.
    let message = passed ? "\(a) is within \(t) of \(e)" : "\(a) is not within \(t) of \(e) (off by \(ValueFormatter.format(difference)))"
    return check(passed, message, file: file, line: line)
}
