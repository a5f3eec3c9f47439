import Foundation

/// The modification time and size of every file under some folders. `lessons serve` takes one about
/// twice a second and rebuilds when it differs from the last: polling needs no file-system events
/// API and behaves the same on every platform.
public struct FolderSnapshot: Sendable {
    /// What is recorded of one file: enough to notice an edit, an addition or a removal.
    struct Stamp: Equatable, Sendable {
        var modified: Date
        var size: Int
    }

    /// Each file's stamp, by absolute path.
    private var stamps: [String: Stamp] = [:]

    /// Records every file under `folders`, skipping hidden files (editors' swap and backup files);
    /// a folder that does not exist holds nothing, and a file given as a folder is recorded itself.
    public init(folders: [URL]) {
        let keys: [URLResourceKey] = [.isRegularFileKey, .contentModificationDateKey, .fileSizeKey]
        for folder in folders {
            if let values = try? folder.resourceValues(forKeys: Set(keys)), values.isRegularFile == true {
                stamps[folder.standardizedFileURL.path] = Stamp(
                    modified: values.contentModificationDate ?? .distantPast, size: values.fileSize ?? 0)
                continue
            }
            let files = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
            while let url = files?.nextObject() as? URL {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                stamps[url.standardizedFileURL.path] = Stamp(
                    modified: values.contentModificationDate ?? .distantPast, size: values.fileSize ?? 0)
            }
        }
    }

    /// The paths of the files added, changed or removed since `earlier`, sorted.
    public func changes(since earlier: FolderSnapshot) -> [String] {
        Set(stamps.keys).union(earlier.stamps.keys)
            .filter { stamps[$0] != earlier.stamps[$0] }
            .sorted()
    }
}
