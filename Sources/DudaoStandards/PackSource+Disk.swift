import Foundation

extension PackSource {
    /// Reads the pack files of `folder` (not its subfolders).
    ///
    /// - Throws: ``PackError`` when the folder cannot be read or holds no pack file.
    public static func read(folder: String) throws -> PackSource {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw PackError(file: url.path, line: 0, column: 0, rule: "unreadable", "cannot read the folder: \(error.localizedDescription)")
        }
        var files: [String: String] = [:]
        for name in names where Self.isPackFile(name) {
            let path = url.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw PackError(file: path, line: 0, column: 0, rule: "unreadable", "cannot read the file as UTF-8 text")
            }
            files[name] = text
        }
        guard !files.isEmpty else {
            throw PackError(file: url.path, line: 0, column: 0, rule: "empty-pack", "the folder holds no .yaml, .yml or .json file")
        }
        return PackSource(name: url.lastPathComponent, location: url.path, files: files)
    }

    /// The pack folders directly under `directory`: each subfolder with a pack file, in name order.
    public static func folders(in directory: String) throws -> [String] {
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw PackError(file: url.path, line: 0, column: 0, rule: "unreadable", "cannot read the standards directory: \(error.localizedDescription)")
        }
        return names.sorted().compactMap { name in
            let folder = url.appendingPathComponent(name)
            let inside = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return inside.contains(where: Self.isPackFile) ? folder.path : nil
        }
    }
}
