/// An editable line of text with a cursor (the `/` prompt).
package struct PromptText: Sendable, Hashable {
    package private(set) var characters: [Character]
    /// Index into `characters`: 0 is before the first, `characters.count` after the last.
    package private(set) var cursor: Int

    package init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    package var text: String { String(characters) }

    package mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor.
    package mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the character under the cursor.
    package mutating func delete() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    package mutating func moveLeft() { cursor = max(0, cursor - 1) }
    package mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    package mutating func moveHome() { cursor = 0 }
    package mutating func moveEnd() { cursor = characters.count }

    /// Deletes everything before the cursor (Ctrl-U).
    package mutating func clearToStart() {
        characters.removeFirst(cursor)
        cursor = 0
    }
}
