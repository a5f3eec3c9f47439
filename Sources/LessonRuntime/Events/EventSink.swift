import Foundation
import Synchronization

/// Writes events for the build, one JSON line each, flushed at once.
///
/// The build names the file in the `LESSON_EVENTS` environment variable. Without it (a lesson program
/// run by hand), events are written to standard output, so nothing is lost either way.
public final class EventSink: Sendable {
    /// The sink of this process.
    public static let shared = EventSink(path: ProcessInfo.processInfo.environment[LessonEnvironment.eventsFile])

    private let descriptor: Int32
    private let lock = Mutex(())

    /// Opens the events file at `path` for appending, or uses standard output when `path` is nil.
    public init(path: String?) {
        if let path, case let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644), fd >= 0 {
            descriptor = fd
        } else {
            descriptor = STDOUT_FILENO
        }
    }

    /// Writes one event as one line with a single system call, so a crash right after keeps it.
    public func emit(_ event: CellEvent) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(EventRecord(event)) else { return }
        line.append(UInt8(ascii: "\n"))
        lock.withLock { _ in
            line.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
        }
    }
}
