/// Stops the program with `message` when `condition` is false.
///
/// Like `precondition`, but the message survives optimised builds (`-O` drops `precondition`'s): a lesson
/// that multiplies tensors of the wrong shapes is told which shapes.
@inline(__always)
func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition() { fatalError(message(), file: file, line: line) }
}
