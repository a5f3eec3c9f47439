import Foundation
import LessonEvents

/// Reads the events a lesson program writes, as they arrive; a torn last line (a crash mid-write) is left
/// unread rather than misread. Reading is linear in the size of the file, however it arrives.
public final class EventLog {
    private let handle: FileHandle?
    private var pending = Data()
    /// Every event read so far, in order.
    public private(set) var events: [CellEvent] = []
    private let decoder = JSONDecoder()

    /// Follows the events file at `url` (which the program creates).
    public init(url: URL) {
        _ = FileManager.default.createFile(atPath: url.path, contents: Data())
        handle = try? FileHandle(forReadingFrom: url)
    }

    deinit { try? handle?.close() }

    /// Reads what was appended since the last call and returns the new events.
    @discardableResult
    public func poll() -> [CellEvent] {
        guard let data = try? handle?.readToEnd(), !data.isEmpty else { return [] }
        pending.append(data)
        var fresh: [CellEvent] = []
        // Lines are decoded where they stand and the consumed prefix dropped once: removing each line
        // from the front as it is read would copy the rest every time (quadratic in the output).
        var lineStart = pending.startIndex
        while let newline = pending[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = pending[lineStart..<newline]
            lineStart = newline + 1
            if let record = try? decoder.decode(EventRecord.self, from: line), record.version == EventRecord.currentVersion {
                fresh.append(record.event)
            }
        }
        pending = Data(pending[lineStart...])
        events += fresh
        return fresh
    }
}
