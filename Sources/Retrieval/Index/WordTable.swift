/// An open-addressing hash table from byte strings to dense ids 0, 1, 2…, so the indexer can
/// look a word up without making a String of it. Keys live end to end in one byte arena.
struct WordTable {
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 12)
    private var hashes: [UInt64] = []
    private var bounds: [Int] = [0]
    private var arena: [UInt8] = []

    /// How many distinct keys the table holds.
    var count: Int { hashes.count }

    /// The id of `key`, adding it when new.
    mutating func id(of key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash, matches(found, key) { return (found, false) }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        slots[slot] = Int32(id)
        hashes.append(hash)
        arena.append(contentsOf: key)
        bounds.append(arena.count)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The key with `id`, as text.
    func key(_ id: Int) -> String {
        withKey(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the key with `id`.
    func withKey<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[bounds[id]..<bounds[id + 1]])) }
    }

    private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = bounds[id]
        guard bounds[id + 1] - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            for k in 0..<key.count where stored[start + k] != key[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a, 64-bit: short keys, one pass, good enough spread for linear probing.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return h ^ (h >> 29)
    }
}
