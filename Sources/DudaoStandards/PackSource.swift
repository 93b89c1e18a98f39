/// The files of one pack folder as read, before any checking: what is hashed, stored and replayed.
///
/// A pack is kept as its text, not as compiled rules, so the record store can keep the exact
/// version that served a result and rebuild it years later (``StandardPack/archive``).
public struct PackSource: Sendable, Hashable, Codable {
    /// The folder's name, e.g. `CompulsoryQuality`; `extends` names a pack by it.
    public var name: String
    /// Where it was read, for messages (a path, or `bundled`).
    public var location: String
    /// File name → text, for the `.yaml`, `.yml` and `.json` files of the folder.
    public var files: [String: String]

    public init(name: String, location: String, files: [String: String]) {
        self.name = name
        self.location = location
        self.files = files
    }

    /// The file names in the order they are read and hashed.
    var orderedNames: [String] { self.files.keys.sorted() }

    /// Whether `name` is a file a pack reads.
    public static func isPackFile(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json")
    }
}
