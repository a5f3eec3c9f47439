/// A value that knows how to show itself below a cell: a table, a figure, or a library type
/// (a GANCore tensor or distribution) that wants more than its `description`.
///
/// `show(_:)` emits ``displayEvent``; inline values in prose and values nested in arrays use
/// ``displayText``.
public protocol LessonDisplayable {
    /// The event `show(_:)` emits for this value.
    var displayEvent: CellEvent { get }
    /// A short one-line text for inline use.
    var displayText: String { get }
}

extension LessonDisplayable {
    /// By default the value shows as its short text.
    public var displayEvent: CellEvent { .value(displayText) }
}
