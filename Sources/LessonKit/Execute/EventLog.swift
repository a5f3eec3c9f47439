import Foundation
import LessonEvents

/// Reads the events a lesson program writes, as they arrive; a torn last line (a crash mid-write) is left
/// unread rather than misread.
final class EventLog {
    private let handle: FileHandle?
    private var pending = Data()
    private(set) var events: [CellEvent] = []

    /// Follows the events file at `url` (which the program creates).
    init(url: URL) {
        _ = FileManager.default.createFile(atPath: url.path, contents: Data())
        handle = try? FileHandle(forReadingFrom: url)
    }

    deinit { try? handle?.close() }

    /// Reads what was appended since the last call and returns the new events.
    @discardableResult
    func poll() -> [CellEvent] {
        guard let data = try? handle?.readToEnd(), !data.isEmpty else { return [] }
        pending.append(data)
        var fresh: [CellEvent] = []
        let decoder = JSONDecoder()
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            let line = pending[pending.startIndex..<newline]
            pending.removeSubrange(pending.startIndex...newline)
            if let record = try? decoder.decode(EventRecord.self, from: line), record.version == EventRecord.currentVersion {
                fresh.append(record.event)
            }
        }
        events += fresh
        return fresh
    }
}
