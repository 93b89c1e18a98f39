import Foundation

/// Writes an input in the canonical binary form that ``InputDigest`` hashes.
///
/// The form is fixed and documented (PROTOCOL.md, "Input digest") so that any system can
/// recompute a digest: a string is its UTF-8 byte count as a 4-byte little-endian integer and the
/// bytes; an optional is byte 0 (absent) or byte 1 and the value; a map is its entry count
/// (4 bytes) and its entries sorted by the UTF-8 bytes of their keys; a value is a tag byte
/// (`n` number as the IEEE-754 bits, `i` 64-bit integer, both 8 bytes little-endian; `b` one byte
/// 0 or 1; `t` a string). The whole is the version string `dudao-input/1`, then assessment,
/// edition (optional), subject kind, code and name, period as written (`2024-2025`), facts (map
/// of field values), units (count, then each unit's id, name, kind and fields), and parameter
/// overrides (map of values). A field value is its value and its provenance (optional: source,
/// year as an optional integer, note as an optional string).
public enum CanonicalInputEncoder {
    public static func encode(_ input: AssessmentInput) -> [UInt8] {
        var writer = Writer()
        writer.bytes.reserveCapacity(32 * 1024)
        writer.string("dudao-input/1")
        writer.string(input.assessment)
        writer.optional(input.edition) { $0.string($1) }
        writer.string(input.subject.kind.rawValue)
        writer.string(input.subject.code)
        writer.string(input.subject.name)
        writer.string(input.period.description)
        writer.fields(input.facts)
        writer.count(input.units.count)
        for unit in input.units {
            writer.string(unit.id)
            writer.string(unit.name)
            writer.string(unit.kind.rawValue)
            writer.fields(unit.fields)
        }
        writer.count(input.parameterOverrides.count)
        for (key, value) in Self.sorted(input.parameterOverrides) {
            writer.string(key)
            writer.value(value)
        }
        return writer.bytes
    }

    /// The entries in the byte order of their keys. The keys are sorted alone and the values
    /// looked up: sorting the pairs moved every school's facts, value and provenance, around.
    static func sorted<V>(_ map: [String: V]) -> [(key: String, value: V)] {
        map.keys.sorted(by: Self.precedes).map { key in (key, map[key]!) }
    }

    /// Byte order of the UTF-8 forms.
    static func precedes(_ left: String, _ right: String) -> Bool {
        left.compareUTF8Bytes(with: right) < 0
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func count(_ count: Int) { self.integer(UInt32(truncatingIfNeeded: count)) }

        mutating func integer<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { self.bytes.append(contentsOf: $0) }
        }

        mutating func string(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                self.count(utf8.count)
                self.bytes.append(contentsOf: utf8)
            }
        }

        mutating func optional<T>(_ value: T?, _ write: (inout Writer, T) -> Void) {
            guard let value else {
                self.bytes.append(0)
                return
            }
            self.bytes.append(1)
            write(&self, value)
        }

        mutating func value(_ value: Value) {
            switch value {
            case .number(let number):
                self.bytes.append(UInt8(ascii: "n"))
                // -0 and 0 are the same figure.
                self.integer(number == 0 ? UInt64(0) : number.bitPattern)
            case .integer(let integer):
                self.bytes.append(UInt8(ascii: "i"))
                self.integer(integer)
            case .boolean(let flag):
                self.bytes.append(UInt8(ascii: "b"))
                self.bytes.append(flag ? 1 : 0)
            case .text(let text):
                self.bytes.append(UInt8(ascii: "t"))
                self.string(text)
            }
        }

        /// The key orders of the last maps written with different keys, most recent first.
        /// Schools of a kind mostly share their keys, and finding them in the next map costs one
        /// look-up each where sorting it again costs n log n comparisons of strings.
        var orders: [[String]] = []
        /// Where each key of the order found sits in the map being written.
        var places: [Dictionary<String, FieldValue>.Index] = []
        static let ordersKept = 4

        mutating func fields(_ fields: [String: FieldValue]) {
            self.count(fields.count)
            if !self.findOrder(in: fields) {
                let order = fields.keys.sorted(by: CanonicalInputEncoder.precedes)
                self.places = order.map { fields.index(forKey: $0)! }
                self.orders.insert(order, at: 0)
                if self.orders.count > Self.ordersKept { self.orders.removeLast() }
            }
            for place in self.places {
                let (key, field) = fields[place]
                self.string(key)
                self.value(field.value)
                self.optional(field.provenance) { writer, provenance in
                    writer.string(provenance.source)
                    writer.optional(provenance.year) { $0.integer(Int64($1)) }
                    writer.optional(provenance.note) { $0.string($1) }
                }
            }
        }

        /// Whether `fields` has exactly the keys of a kept order, noting where each one is.
        private mutating func findOrder(in fields: [String: FieldValue]) -> Bool {
            search: for order in self.orders where order.count == fields.count {
                self.places.removeAll(keepingCapacity: true)
                for key in order {
                    guard let place = fields.index(forKey: key) else { continue search }
                    self.places.append(place)
                }
                return true
            }
            return false
        }
    }
}
