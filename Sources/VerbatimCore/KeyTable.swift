/// A hash table keyed by `TokenKey`, for the look-ups stages make on every word.
///
/// Token keys are already well-mixed 64-bit hashes, so the table uses their bits directly with
/// open addressing and linear probing instead of hashing them again (Swift's `Dictionary` runs
/// SipHash on every look-up, which dominated entity matching).
public struct KeyTable<Value>: Sendable where Value: Sendable {
    @usableFromInline var keys: [TokenKey]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    /// The number of keys stored.
    public var count: Int { storedCount }
    @usableFromInline var storedCount = 0

    @inlinable
    public init(minimumCapacity: Int = 8) {
        var capacity = 8
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    public init(_ dictionary: [TokenKey: Value]) {
        self.init(minimumCapacity: dictionary.count)
        for (key, value) in dictionary { self[key] = value }
    }

    /// 0 marks an empty slot; the one real key that hashes to 0 is stored as 1 (a collision that
    /// costs at most a false match between two words, never a crash).
    @inlinable @inline(__always)
    static func stored(_ key: TokenKey) -> TokenKey { key == 0 ? 1 : key }

    @inlinable @inline(__always)
    func slot(for key: TokenKey) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }

    /// - Complexity: O(1) on average.
    @inlinable
    public subscript(key: TokenKey) -> Value? {
        get { lookUp(key) }
        set {
            if let newValue { insert(newValue, for: key) } else { precondition(lookUp(key) == nil, "KeyTable does not remove") }
        }
    }

    @inlinable
    func lookUp(_ key: TokenKey) -> Value? {
        let key = Self.stored(key)
        // (Unchecked reads: `index` is masked to the tables' size. Bounds checks on both arrays were a
        // third of a look-up, and the rules make millions.)
        return keys.withUnsafeBufferPointer { keys in
            var index = slot(for: key)
            while true {
                let found = keys[index]
                if found == key { return values.withUnsafeBufferPointer { $0[index] } }
                if found == 0 { return nil }
                index = (index + 1) & mask
            }
        }
    }

    /// (Inlinable, so that a table of another module's values is specialized there rather than
    /// reached through generic metadata on every insert: that was a fifth of loading the entity lexicon.)
    @inlinable
    mutating func insert(_ value: Value, for key: TokenKey) {
        if (storedCount + 1) * 2 > keys.count { grow() }
        let key = Self.stored(key)
        var index = slot(for: key)
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == 0 { storedCount += 1 }
        keys[index] = key
        values[index] = value
    }

    @inlinable
    mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        storedCount = 0
        for (index, key) in oldKeys.enumerated() where key != 0 { insert(oldValues[index]!, for: key) }
    }

    /// (Probes the keys alone: the values, in their own array, would be one more cache miss.)
    @inlinable
    public func contains(_ key: TokenKey) -> Bool {
        let key = Self.stored(key)
        return keys.withUnsafeBufferPointer { keys in
            var index = slot(for: key)
            while true {
                let found = keys[index]
                if found == key { return true }
                if found == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }

    /// Every key, in no particular order.
    public var allKeys: [TokenKey] { keys.filter { $0 != 0 } }

    /// Every value, in no particular order.
    public var allValues: [Value] { values.compactMap { $0 } }

    /// Applies `transform` to every value in place.
    public mutating func updateValues(_ transform: (inout Value) -> Void) {
        for index in values.indices where values[index] != nil { transform(&values[index]!) }
    }
}

/// A set of token keys.
public struct KeySet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline var table = KeyTable<Bool>()

    public init() {}

    /// Sized for the keys at once: a table grown insert by insert rehashes every key a dozen times.
    public init(_ keys: some Sequence<TokenKey>) {
        table = KeyTable(minimumCapacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    public init(arrayLiteral keys: TokenKey...) {
        self.init(keys)
    }

    /// The set of the keys of these words.
    public init(words: [String]) {
        self.init(words.map(TokenKeys.of))
    }

    public mutating func insert(_ key: TokenKey) { table[key] = true }

    @inlinable
    public func contains(_ key: TokenKey) -> Bool { table.contains(key) }

    /// Whether the word written as `word` is in the set: its key is FNV-1a over a few bytes, where a
    /// `Set<String>` would run SipHash over it.
    @inlinable
    public func contains(word: String) -> Bool { table.contains(TokenKeys.of(word)) }

    public var isEmpty: Bool { table.count == 0 }

    /// Every key, in no particular order.
    public var allKeys: [TokenKey] { table.allKeys }
}
