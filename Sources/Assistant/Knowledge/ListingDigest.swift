import Foundation
import Retrieval

/// An order-independent digest of a folder listing: the count and the wrapping sum of one
/// FNV-1a hash per file over its name, size and modification time. Order-independent, so the
/// folder need not be sorted (nor its names made Strings) just to learn that nothing changed.
struct ListingDigest {
    private var count = 0
    private var sum: UInt64 = 0

    mutating func add<Name: Collection>(name: Name, size: Int, modified: Double) where Name.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for byte in name { mix(byte) }
        mix(0)
        for value in [UInt64(bitPattern: Int64(size)), modified.bitPattern] {
            for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }
        count += 1
        sum &+= hash
    }

    mutating func merge(_ other: ListingDigest) {
        count += other.count
        sum &+= other.sum
    }

    var value: String { "\(count)-" + String(sum, radix: 16) }
}

extension KnowledgeBase {
    /// The digest of the `*.md` files of `directory` as `listFiles` would list them, computed
    /// with readdir and fstatat on both cores and no String per file; nil when it cannot be listed.
    public static func listingDigest(of directory: URL) -> String? {
        guard let folder = opendir(directory.path) else { return nil }
        defer { closedir(folder) }
        // Names end to end, each NUL-terminated, so workers can hand them to fstatat as they are.
        var names: [CChar] = []
        var starts: [Int] = []
        while let entry = readdir(folder) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let name = raw.prefix { $0 != 0 }
                guard name.count > 3, name.first != UInt8(ascii: "."), name.suffix(3).elementsEqual(".md".utf8) else { return }
                starts.append(names.count)
                names.append(contentsOf: name.map { CChar(bitPattern: $0) })
                names.append(0)
            }
        }
        let listed = ListedNames(names: names, starts: starts)
        let descriptor = dirfd(folder)
        let workers = 2
        let partial = ParallelResults<ListingDigest>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var digest = ListingDigest()
            listed.names.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var info = stat()
                for i in stride(from: worker, to: listed.starts.count, by: workers) {
                    let name = base + listed.starts[i]
                    guard fstatat(descriptor, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                    let end = i + 1 < listed.starts.count ? listed.starts[i + 1] - 1 : buffer.count - 1
                    let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(name), count: end - listed.starts[i])
                    let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
                    digest.add(name: bytes, size: Int(info.st_size), modified: modified)
                }
            }
            partial.set(worker, digest)
        }
        return partial.values.reduce(into: ListingDigest()) { $0.merge($1) }.value
    }
}

/// File names end to end, each NUL-terminated, shared read-only by the workers.
private final class ListedNames: Sendable {
    let names: [CChar]
    let starts: [Int]

    init(names: [CChar], starts: [Int]) {
        self.names = names
        self.starts = starts
    }
}
