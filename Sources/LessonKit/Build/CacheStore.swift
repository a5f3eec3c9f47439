import Foundation

/// A folder of JSON entries, each stored with the key it was computed for; an entry is returned only
/// when its key matches, and a truncated or corrupt entry reads as missing.
struct CacheStore: Sendable {
    let folder: URL

    private struct Entry<Value: Codable>: Codable {
        var key: String
        var value: Value
    }

    /// The value stored under `name` for `key`, or nil.
    func load<Value: Codable>(_ type: Value.Type, name: String, key: String) -> Value? {
        guard let data = try? Data(contentsOf: url(name)),
              let entry = try? JSONDecoder().decode(Entry<Value>.self, from: data),
              entry.key == key
        else { return nil }
        return entry.value
    }

    /// Stores `value` under `name` for `key`, atomically: a crash never leaves half an entry.
    func save<Value: Codable>(_ value: Value, name: String, key: String) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(Entry(key: key, value: value)) else { return }
        try? data.write(to: url(name), options: .atomic)
    }

    private func url(_ name: String) -> URL {
        folder.appendingPathComponent("\(name).json")
    }
}
