import Foundation

/// The libraries lesson programs link against (GANCore, the event format and LessonRuntime), compiled
/// with optimisation once per change of their sources.
public struct RuntimeLibraries: Sendable {
    /// The folder holding the `.so` files and `.swiftmodule`s, one per key and kind of CPU.
    public var directory: URL
    /// A digest of everything that went into the libraries: sources, flags and toolchain.
    public var key: String

    /// The modules, in dependency order; each one's sources are the folder of its name under `Sources/`.
    static let modules = ["GANCore", "LessonEvents", "LessonRuntime"]
    /// The modules each module imports.
    static let dependencies = ["GANCore": [], "LessonEvents": [], "LessonRuntime": ["GANCore", "LessonEvents"]]

    /// The system libraries they import (zlib, for PNGs): folders under `Sources/` holding a module map and
    /// its header, copied beside the compiled libraries so that lesson programs find them too.
    static let systemLibraries = ["CZlib"]

    /// The source folders of the libraries: a change in any of them means compiling the libraries again.
    public static func sourceFolders(packageRoot: URL) -> [URL] {
        modules.map { packageRoot.appendingPathComponent("Sources/\($0)") }
    }

    /// Builds the libraries from `packageRoot/Sources`, or reuses the copy built from the same inputs.
    static func build(packageRoot: URL, cache: URL, compiler: SwiftCompiler) throws(UsageError) -> RuntimeLibraries {
        let (key, sources) = try rememberedInputs(packageRoot: packageRoot, cache: cache, compilerVersion: compiler.version)
        let directory = cache.appendingPathComponent("lib/\(key.prefix(20))-\(HostCPU.identity)")
        let libraries = RuntimeLibraries(directory: directory, key: key)
        let marker = directory.appendingPathComponent("complete")
        if FileManager.default.fileExists(atPath: marker.path) {
            // Marked as used now, so that pruning keeps the builds in use rather than the newest.
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: marker.path)
            return libraries
        }

        let staging = cache.appendingPathComponent("lib/staging-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        for library in systemLibraries {
            do {
                try FileManager.default.copyItem(
                    at: packageRoot.appendingPathComponent("Sources/\(library)"), to: staging.appendingPathComponent(library))
            } catch {
                throw UsageError("cannot copy Sources/\(library) to \(staging.path): \(error.localizedDescription)")
            }
        }
        for module in modules {
            let arguments = SwiftCompiler.libraryFlags + [
                "-emit-library", "-emit-module", "-module-name", module,
                "-o", staging.appendingPathComponent("lib\(module).so").path,
                "-emit-module-path", staging.appendingPathComponent("\(module).swiftmodule").path,
                "-I", staging.path, "-L", staging.path,
                "-Xlinker", "-rpath", "-Xlinker", directory.path,
            ] + systemLibraries.flatMap { ["-I", staging.appendingPathComponent($0).path] }
                + dependencies[module, default: []].map { "-l\($0)" } + sources[module]!.map(\.path)
            let result = try compiler.compile(arguments, scratch: staging)
            guard result.succeeded else {
                throw UsageError("the \(module) library does not compile:\n\(result.output)")
            }
        }
        _ = FileManager.default.createFile(atPath: staging.appendingPathComponent("complete").path, contents: Data())
        try? FileManager.default.removeItem(at: directory)
        do {
            try FileManager.default.moveItem(at: staging, to: directory)
        } catch {
            // Another build finished the same libraries first; theirs are identical.
            guard FileManager.default.fileExists(atPath: marker.path) else {
                throw UsageError("cannot write the compiled libraries to \(directory.path): \(error.localizedDescription)")
            }
        }
        pruneBuilds(in: directory.deletingLastPathComponent(), keeping: keptBuilds)
        return libraries
    }

    /// How many compiled copies of the libraries the cache keeps: every edit of GANCore makes a new one.
    static let keptBuilds = 5

    /// Deletes all but the `kept` most recently completed or used builds in `folder` (staging folders and
    /// other files are left alone), so the cache does not grow with every edit of the libraries.
    static func pruneBuilds(in folder: URL, keeping kept: Int) {
        let manager = FileManager.default
        let builds = ((try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .compactMap { build -> (URL, Date)? in
                let marker = build.appendingPathComponent("complete").path
                guard let attributes = try? manager.attributesOfItem(atPath: marker),
                      let lastUsed = attributes[.modificationDate] as? Date else { return nil }
                return (build, lastUsed)
            }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.path < $1.0.path }
        for (build, _) in builds.dropFirst(kept) {
            try? manager.removeItem(at: build)
        }
    }

    /// ``inputs(packageRoot:compilerVersion:)``, without reading every source again when no file's
    /// size or modification time changed since the last build (hashing them is the slow part of a
    /// build that has nothing to do).
    static func rememberedInputs(packageRoot: URL, cache: URL, compilerVersion: String) throws(UsageError) -> (key: String, sources: [String: [URL]]) {
        var sources: [String: [URL]] = [:]
        var fingerprint = compilerVersion
        for module in modules {
            let files = swiftFiles(in: packageRoot.appendingPathComponent("Sources/\(module)"))
            sources[module] = files
            for file in files {
                let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
                let size = attributes?[.size] as? Int ?? -1
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                fingerprint += "\n\(file.path) \(size) \(modified)"
            }
        }
        let memo = cache.appendingPathComponent("lib/sources.txt")
        let stamp = SHA256.hex(fingerprint)
        if let text = try? String(contentsOf: memo, encoding: .utf8), text.hasPrefix(stamp + " ") {
            return (String(text.dropFirst(stamp.count + 1)), sources)
        }
        let inputs = try inputs(packageRoot: packageRoot, compilerVersion: compilerVersion)
        try? FileManager.default.createDirectory(at: memo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? "\(stamp) \(inputs.key)".write(to: memo, atomically: true, encoding: .utf8)
        return inputs
    }

    /// The libraries' key (a digest of toolchain, flags and every source file) and their sources.
    static func inputs(packageRoot: URL, compilerVersion: String) throws(UsageError) -> (key: String, sources: [String: [URL]]) {
        var digest = SHA256()
        digest.update(field: compilerVersion)
        digest.update(field: SwiftCompiler.libraryFlags.joined(separator: " "))
        var sources: [String: [URL]] = [:]
        for module in modules {
            let folder = packageRoot.appendingPathComponent("Sources/\(module)")
            let files = swiftFiles(in: folder)
            guard !files.isEmpty else {
                throw UsageError("no Swift sources in \(folder.path); run lessons from the course's root folder")
            }
            sources[module] = files
            for file in files {
                digest.update(field: String(file.path.dropFirst(folder.path.count)))
                digest.update((try? Data(contentsOf: file)) ?? Data())
            }
        }
        for library in systemLibraries {
            for name in ["module.modulemap", "shim.h"] {
                digest.update(field: "\(library)/\(name)")
                digest.update((try? Data(contentsOf: packageRoot.appendingPathComponent("Sources/\(library)/\(name)"))) ?? Data())
            }
        }
        return (digest.hexDigest(), sources)
    }

    /// Linker and search-path arguments for a program that uses both libraries.
    var linkArguments: [String] {
        ["-I", directory.path, "-L", directory.path, "-Xlinker", "-rpath", "-Xlinker", directory.path]
            + Self.systemLibraries.flatMap { ["-I", directory.appendingPathComponent($0).path] }
            + Self.modules.map { "-l\($0)" }
    }

    private static func swiftFiles(in folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        let files = (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
        return files.sorted { $0.path < $1.path }
    }
}
